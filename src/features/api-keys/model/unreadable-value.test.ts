import { readApiKey, type ApiKey } from '../../../api/api-key-schema'
import { ENVIRONMENT_LABELS } from './labels'
import { checkedLabel, sentUnreadable, unreadableHint } from './unreadable-value'

/** A row as the list reads it from the server. */
function row(fields: Record<string, unknown>): ApiKey {
  const key = readApiKey({ id: 'K', ...fields })
  if (!key) throw new Error('unreadable test row')
  return key
}

describe('sentUnreadable', () => {
  it('returns what the schema dropped, for a field the key has no value for', () => {
    expect(sentUnreadable({ last_used_at: undefined, unreadable: { last_used_at: 'yesterday' } }, 'last_used_at')).toBe('yesterday')
  })

  it('returns an enum value this client does not know, and nothing for a known one', () => {
    expect(sentUnreadable(row({ status: 'ROTATING' }), 'status')).toBe('ROTATING')
    expect(sentUnreadable({ environment: 'STAGING' }, 'environment')).toBeUndefined()
    expect(sentUnreadable(row({ key_type: 'constructor' }), 'key_type')).toBe('constructor')
  })

  it('returns what a row read from the server could not read', () => {
    expect(sentUnreadable(row({ last_used_at: '2026-03-01T10:00:00' }), 'last_used_at')).toBe('2026-03-01T10:00:00')
    expect(sentUnreadable(row({ environment: 3 }), 'environment')).toBe('3')
  })

  it('returns a timestamp that is not RFC 3339 with an offset, and nothing for null, missing or a real time', () => {
    expect(sentUnreadable({ create_time: '2026-02-30T10:00:00Z' }, 'create_time')).toBe('2026-02-30T10:00:00Z')
    expect(sentUnreadable({ create_time: '2026-02-28T10:00:00-03:30' }, 'create_time')).toBeUndefined()
    expect(sentUnreadable({ last_used_at: null }, 'last_used_at')).toBeUndefined()
    expect(sentUnreadable({}, 'update_time')).toBeUndefined()
  })
})

describe('unreadableHint', () => {
  it('says the value could not be read and quotes it', () => {
    expect(unreadableHint('yesterday')).toBe('The server sent a value that could not be read: “yesterday”')
  })

  it('cuts a very long value, by code points', () => {
    const hint = unreadableHint('😀'.repeat(500))
    expect(hint).toContain(`“${'😀'.repeat(120)}…”`)
  })
})

describe('checkedLabel', () => {
  it('is the label of a known value, "unknown" for one that cannot be read, and — for none', () => {
    expect(checkedLabel(row({ environment: 'STAGING' }), 'environment', ENVIRONMENT_LABELS)).toBe('Staging')
    expect(checkedLabel(row({ environment: 'SANDBOX' }), 'environment', ENVIRONMENT_LABELS)).toBe('unknown')
    expect(checkedLabel(row({ environment: 9 }), 'environment', ENVIRONMENT_LABELS)).toBe('unknown')
    expect(checkedLabel(row({}), 'environment', ENVIRONMENT_LABELS)).toBe('—')
  })
})
