import { describe, expect, it } from 'vitest'
import type { ApiKey } from '../../../api/api-key-schema'
import { LOOKBACK_MS, mayBeFromAttempt, NewestFirstWalk, type UncertainAttempt } from './uncertain-create'

const SENT = Date.parse('2026-12-02T02:00:00Z')
const attempt: UncertainAttempt = { body: { name: 'CI deploys', key_type: 'SERVICE', environment: 'PRODUCTION' }, sentAt: SENT }
const key = (over: Partial<ApiKey>): ApiKey => ({ id: '01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'CI deploys', key_type: 'SERVICE', environment: 'PRODUCTION', create_time: '2026-12-02T02:00:01Z', ...over })
const at = (ms: number) => new Date(ms).toISOString()

describe('mayBeFromAttempt', () => {
  it('takes a key of the same name, type and environment created within the window, server clock a little behind included', () => {
    expect(mayBeFromAttempt(key({}), attempt)).toBe(true)
    expect(mayBeFromAttempt(key({ create_time: at(SENT - LOOKBACK_MS + 1000) }), attempt)).toBe(true)
    expect(mayBeFromAttempt(key({ name: '  CI deploys ' }), attempt)).toBe(true)
    // The contract lets a row leave the environment out.
    expect(mayBeFromAttempt(key({ environment: undefined }), attempt)).toBe(true)
  })

  it('leaves out older keys, other names, types and environments, and keys without a creation time', () => {
    expect(mayBeFromAttempt(key({ create_time: at(SENT - LOOKBACK_MS - 1000) }), attempt)).toBe(false)
    expect(mayBeFromAttempt(key({ name: 'CI deploys 2' }), attempt)).toBe(false)
    expect(mayBeFromAttempt(key({ name: null }), attempt)).toBe(false)
    expect(mayBeFromAttempt(key({ key_type: 'USER' }), attempt)).toBe(false)
    expect(mayBeFromAttempt(key({ environment: 'STAGING' }), attempt)).toBe(false)
    expect(mayBeFromAttempt(key({ create_time: undefined }), attempt)).toBe(false)
  })
})

describe('NewestFirstWalk', () => {
  it('stops once a newest-first read is past the window', () => {
    const walk = new NewestFirstWalk(SENT - LOOKBACK_MS)
    expect(walk.passedWindow([key({ create_time: at(SENT) }), key({ create_time: at(SENT - 60_000) })])).toBe(false)
    expect(walk.passedWindow([key({ create_time: undefined }), key({ create_time: at(SENT - LOOKBACK_MS - 1) })])).toBe(true)
  })

  it('reads to the end when the server does not keep newest first', () => {
    const walk = new NewestFirstWalk(SENT - LOOKBACK_MS)
    expect(walk.passedWindow([key({ create_time: at(SENT - 3_600_000) }), key({ create_time: at(SENT) })])).toBe(false)
    expect(walk.passedWindow([key({ create_time: at(SENT - 7_200_000) })])).toBe(false)
  })
})
