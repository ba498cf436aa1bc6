import { isInUse, lastUseOf } from './last-use'

const NOW = Date.parse('2026-11-26T12:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const at = (ms: number) => ({ last_used_at: new Date(ms).toISOString() })

describe('a key’s last use', () => {
  it('tells a key never used (null) from one the server said nothing of (missing)', () => {
    expect(lastUseOf({ last_used_at: null }, NOW)).toEqual({ kind: 'never' })
    expect(lastUseOf({}, NOW)).toEqual({ kind: 'unknown' })
    expect(isInUse({ last_used_at: null }, NOW)).toBe(false)
    expect(isInUse({}, NOW)).toBe(false)
  })

  it('is in use when used in the last 24 hours, the bound included, as the list’s "last 24 h" counts it', () => {
    expect(isInUse(at(NOW - 60_000), NOW)).toBe(true)
    expect(isInUse(at(NOW - DAY), NOW)).toBe(true)
    expect(isInUse(at(NOW - DAY - 1), NOW)).toBe(false)
  })

  it('is not in use, however recent, once the key refuses requests (suspended, revoked, expired); an unknown status still counts', () => {
    for (const status of ['SUSPENDED', 'REVOKED', 'EXPIRED'] as const) expect(isInUse({ ...at(NOW - 60_000), status }, NOW)).toBe(false)
    expect(isInUse({ ...at(NOW - 60_000), status: 'ACTIVE' }, NOW)).toBe(true)
    expect(isInUse({ ...at(NOW - 60_000), status: undefined }, NOW)).toBe(true)
  })

  it('counts a last use dated after now (clock skew) as in use, and says it is ahead', () => {
    expect(lastUseOf(at(NOW + 5 * 60_000), NOW)).toEqual({ kind: 'used', iso: '2026-11-26T12:05:00.000Z', inUse: true, ahead: true })
    expect(lastUseOf(at(NOW - 1), NOW)).toMatchObject({ inUse: true, ahead: false })
  })
})
