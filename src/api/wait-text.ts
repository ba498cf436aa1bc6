/** "42 s", "5 min", "2 h": a wait said in its largest sensible unit, rounded up. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  if (seconds < 120) return `${seconds} s`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 120) return `${minutes} min`
  return `${Math.ceil(minutes / 60)} h`
}

/** After a 429: when to try again, as the server asked (uncapped: a person decides). */
export function tryAgainAdvice(retryAfterMs: number | null): string {
  if (retryAfterMs === null) return 'Wait a moment, then try again.'
  if (retryAfterMs < 1000) return 'You can try again now.'
  return `Try again in ${formatWait(retryAfterMs)}.`
}
