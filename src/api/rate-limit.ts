import { isApiError } from './api-error'

/** The longest the app waits on its own before reading again, whatever Retry-After says. */
export const MAX_AUTO_WAIT_MS = 60_000
/** A 429 without Retry-After waits this long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 5_000
// A Retry-After of 0 must not turn into a tight loop of reads.
const MIN_AUTO_WAIT_MS = 1_000

/** True for a 429: the server asked us to slow down. */
export function isRateLimited(error: unknown): boolean {
  return isApiError(error) && error.status === 429
}

/**
 * Whether the server said how long to wait: a 429, or a 5xx with Retry-After (503 during
 * maintenance). Such a wait is counted down on the page, never slept through unseen.
 */
export function asksToWait(error: unknown): boolean {
  if (!isApiError(error) || error.status === null) return false
  return error.status === 429 || (error.status >= 500 && error.retryAfterMs !== null)
}

/** How long to wait before reading again (Retry-After, between 1 s and 60 s); null when the server did not ask to wait. */
export function autoRetryWaitMs(error: unknown): number | null {
  if (!isApiError(error) || !asksToWait(error)) return null
  const asked = error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS
  return Math.min(Math.max(asked, MIN_AUTO_WAIT_MS), MAX_AUTO_WAIT_MS)
}
