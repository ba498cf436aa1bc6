import { isApiError } from './api-error'
import { tryAgainAdvice } from './wait-text'

/** A wait a refusal asked for: the advice as the message words it, and when the wait ends (ms since the epoch). */
export interface FailureWait {
  advice: string
  until: number
}

/** The wait a 429 asked for, worded as tryAgainAdvice words it; none without a Retry-After of a second or more. */
export function failureWait(error: unknown, now = Date.now()): FailureWait | undefined {
  if (!isApiError(error) || error.status !== 429 || error.retryAfterMs === null || error.retryAfterMs < 1000) return undefined
  return { advice: tryAgainAdvice(error.retryAfterMs), until: now + error.retryAfterMs }
}
