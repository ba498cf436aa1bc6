import { compileFilter } from './filter/compile'
import { readApiKey } from './api-key-schema'

const base = { id: '01JBCDEFGHJKMNPQRSTVWXYZ12', name: 'CI', status: 'ACTIVE', create_time: '2026-01-01T00:00:00Z', last_used_at: null }

describe('readApiKey', () => {
  it.each([
    ['a timestamp without offset', '2026-03-01T10:00:00'],
    ['a space for the T', '2026-03-01 10:00:00Z'],
    ['an impossible date', '2026-02-30T10:00:00Z'],
    ['a 25th hour', '2026-03-01T25:00:00Z'],
    ['plain text', 'yesterday'],
    ['no seconds', '2026-03-01T10:00Z'],
    ['an offset without its colon', '2026-03-01T10:00:00+0100'],
    ['a date alone', '2026-03-01'],
  ])('never reads %s as a time: the field is missing and what was sent is kept', (_case, sent) => {
    for (const field of ['create_time', 'update_time', 'last_used_at'] as const) {
      const key = readApiKey({ ...base, [field]: sent })
      expect(key?.[field]).toBeUndefined()
      expect(key?.unreadable).toEqual({ [field]: sent })
      expect(key).toMatchObject({ id: base.id, name: 'CI', status: 'ACTIVE' })
    }
  })

  it('keeps readable times with any offset, and null as never, with nothing unreadable', () => {
    const key = readApiKey({ ...base, update_time: '2026-03-01T10:00:00.123+01:00' })
    expect(key).toMatchObject({ create_time: base.create_time, update_time: '2026-03-01T10:00:00.123+01:00', last_used_at: null })
    expect(key?.unreadable).toBeUndefined()
  })

  it('keeps an unknown enum string as the value and records a non-string one as its JSON', () => {
    const key = readApiKey({ ...base, status: 'ROTATING', environment: 7, key_type: { kind: 'BOT' } })
    expect(key?.status).toBe('ROTATING')
    expect(key?.environment).toBeUndefined()
    expect(key?.unreadable).toEqual({ environment: '7', key_type: '{"kind":"BOT"}' })
  })

  it('does not take an `unreadable` field from the server', () => {
    expect(readApiKey({ ...base, unreadable: { create_time: 'made up' } })?.unreadable).toBeUndefined()
  })

  it('refuses only a row without an id', () => {
    expect(readApiKey({ name: 'x' })).toBeUndefined()
    expect(readApiKey('row')).toBeUndefined()
  })
})

describe('a row with an unreadable value, filtered in the browser', () => {
  it('is neither "never used" nor matched by any time comparison', () => {
    const key = readApiKey({ ...base, last_used_at: 'yesterday' })
    if (!key) throw new Error('no row')
    expect(compileFilter('last_used_at = null', 'aip160')(key)).toBe(false)
    expect(compileFilter('last_used_at != null', 'aip160')(key)).toBe(true)
    expect(compileFilter('last_used_at < "2100-01-01T00:00:00Z"', 'aip160')(key)).toBe(false)
    const never = readApiKey({ ...base, last_used_at: null })
    if (!never) throw new Error('no row')
    expect(compileFilter('last_used_at = null', 'aip160')(never)).toBe(true)
  })
})
