import { apiKeySchema } from './api-key-schema'
import { KEY_STATUSES, isKnown } from './enums'

const base = {
  id: '01JBCDEFGHJKMNPQRSTVWXYZ12',
  organization_id: 'org_1',
  api_key: '****-****-****-o5p6',
  key_type: 'SERVICE',
  environment: 'PRODUCTION',
  status: 'ACTIVE',
  name: 'CI',
  description: null,
  permissions: [],
  create_time: '2026-01-01T00:00:00Z',
  update_time: null,
  last_used_at: null,
}

describe('apiKeySchema', () => {
  it('accepts a key from the contract', () => {
    expect(apiKeySchema.parse(base)).toMatchObject({ id: base.id, status: 'ACTIVE' })
  })

  it('keeps unknown extra fields rather than failing', () => {
    expect(apiKeySchema.parse({ ...base, expires_at: '2027-01-01T00:00:00Z' })).toHaveProperty('expires_at')
  })

  it('keeps an unknown status, type or environment as a value to show, not a crash', () => {
    const parsed = apiKeySchema.parse({ ...base, status: 'ROTATING', key_type: 'BOT', environment: 'SANDBOX' })
    expect(parsed.status).toBe('ROTATING')
    expect(isKnown(KEY_STATUSES, parsed.status)).toBe(false)
    expect(parsed.key_type).toBe('BOT')
    expect(parsed.environment).toBe('SANDBOX')
  })

  it('reads environment as optional, as the published SDK model omits it', () => {
    const { environment: _omitted, ...withoutEnvironment } = base
    expect(apiKeySchema.parse(withoutEnvironment).environment).toBeUndefined()
  })

  it('accepts offsets and fractional seconds in timestamps, rejects garbage', () => {
    expect(apiKeySchema.safeParse({ ...base, last_used_at: '2026-01-01T10:00:00.123+02:00' }).success).toBe(true)
    expect(apiKeySchema.safeParse({ ...base, last_used_at: 'yesterday' }).success).toBe(false)
  })

  it('rejects a record without an id or with a non-string status', () => {
    expect(apiKeySchema.safeParse({ ...base, id: undefined }).success).toBe(false)
    expect(apiKeySchema.safeParse({ ...base, status: 3 }).success).toBe(false)
  })
})
