import { describe, expect, it } from 'vitest'
import { ApiError, describeApiError } from './api-error'
import { autoRetryWaitMs, isRateLimited } from './rate-limit'
import { formatWait, tryAgainAdvice } from './wait-text'

const tooMany = (retryAfterMs: number | null) => new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Rate limit exceeded.', retryAfterMs })

describe('autoRetryWaitMs', () => {
  it('waits what Retry-After asks, at most a minute and at least a second', () => {
    expect(autoRetryWaitMs(tooMany(3_600_000))).toBe(60_000)
    expect(autoRetryWaitMs(tooMany(7_000))).toBe(7_000)
    expect(autoRetryWaitMs(tooMany(0))).toBe(1_000)
    expect(autoRetryWaitMs(tooMany(null))).toBe(5_000)
  })

  it('counts a 5xx that says when to come back, and nothing else', () => {
    expect(autoRetryWaitMs(new ApiError({ kind: 'http', status: 503, code: 'SERVER_ERROR', message: 'Down', retryAfterMs: 7_200_000 }))).toBe(60_000)
    expect(autoRetryWaitMs(new ApiError({ kind: 'http', status: 503, code: 'SERVER_ERROR', message: 'Down' }))).toBeNull()
    expect(autoRetryWaitMs(new ApiError({ kind: 'http', status: 400, code: 'INVALID_ARGUMENT', message: 'No', retryAfterMs: 2000 }))).toBeNull()
    expect(autoRetryWaitMs(new Error('boom'))).toBeNull()
    expect(isRateLimited(tooMany(null))).toBe(true)
    expect(isRateLimited(new ApiError({ kind: 'network', status: null, code: 'NETWORK_ERROR', message: 'x' }))).toBe(false)
  })
})

describe('wait text', () => {
  it('says a wait in its largest sensible unit, rounded up', () => {
    expect(formatWait(58_200)).toBe('59 s')
    expect(formatWait(119_000)).toBe('119 s')
    expect(formatWait(3_600_000)).toBe('60 min')
    expect(formatWait(3 * 3_600_000 + 1)).toBe('4 h')
  })

  it('tells a refused write when to try again, uncapped', () => {
    expect(tryAgainAdvice(3_600_000)).toBe('Try again in 60 min.')
    expect(tryAgainAdvice(30_000)).toBe('Try again in 30 s.')
    expect(tryAgainAdvice(null)).toBe('Wait a moment, then try again.')
    expect(describeApiError(new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Rate limit exceeded.', retryAfterMs: 45_000, requestId: 'req_9' }))).toBe('Rate limit exceeded. Try again in 45 s. (Request ID: req_9)')
  })
})
