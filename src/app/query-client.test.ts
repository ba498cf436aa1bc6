import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error'
import { retryDelay, shouldRetryQuery } from './query-client'

const failure = (status: number, retryAfterMs: number | null = null) => new ApiError({ kind: 'http', status, code: 'X', message: 'No.', retryAfterMs })

describe('query retries', () => {
  it('leave a 429 to the page, which counts the wait down where it can be seen', () => {
    expect(shouldRetryQuery(0, failure(429, 1000))).toBe(false)
    expect(shouldRetryQuery(0, failure(503, 3_600_000))).toBe(false)
    expect(shouldRetryQuery(0, failure(503))).toBe(true)
    expect(shouldRetryQuery(0, failure(400))).toBe(false)
    expect(shouldRetryQuery(3, failure(503))).toBe(false)
  })

  it('never wait more than a minute, whatever Retry-After says', () => {
    expect(retryDelay(0, failure(503, 3_600_000))).toBe(60_000)
    expect(retryDelay(0, failure(503, 2_000))).toBe(2_000)
  })
})
