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

/** How long to wait before reading again after a 429 (Retry-After, between 1 s and 60 s); null for any other failure. */
export function autoRetryWaitMs(error: unknown): number | null {
  if (!isApiError(error) || error.status !== 429) return null
  const asked = error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS
  return Math.min(Math.max(asked, MIN_AUTO_WAIT_MS), MAX_AUTO_WAIT_MS)
}
