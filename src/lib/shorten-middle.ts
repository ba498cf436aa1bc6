/** The text with its middle replaced by "…" so it keeps `max` characters (code points) and its last `end`; null when it fits already. */
export function shortenMiddle(text: string, max: number, end: number): string | null {
  const chars = Array.from(text)
  if (chars.length <= max) return null
  return `${chars.slice(0, max - end - 1).join('').trimEnd()}…${chars.slice(-end).join('').trimStart()}`
}
