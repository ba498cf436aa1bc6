import { apiKeyRecordSchema, apiKeySchema } from './api-key-schema'
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
    expect(isKnown(KEY_STATUSES, parsed.status ?? '')).toBe(false)
    expect(parsed.key_type).toBe('BOT')
    expect(parsed.environment).toBe('SANDBOX')
  })

  it('reads environment as optional, as the published SDK model omits it', () => {
    const { environment: _omitted, ...withoutEnvironment } = base
    expect(apiKeySchema.parse(withoutEnvironment).environment).toBeUndefined()
  })

  it('accepts offsets and fractional seconds in timestamps', () => {
    expect(apiKeySchema.parse({ ...base, last_used_at: '2026-01-01T10:00:00.123+02:00' }).last_used_at).toBe('2026-01-01T10:00:00.123+02:00')
  })

  it('needs nothing but an id: every other field may be missing', () => {
    expect(apiKeySchema.parse({ id: base.id })).toEqual({ id: base.id })
  })

  it('reads a malformed field as missing rather than dropping the row', () => {
    const parsed = apiKeySchema.parse({
      ...base,
      name: 42,
      description: ['no'],
      permissions: ['runs:read', 7],
      api_key: null,
      organization_id: {},
      key_type: 1,
      status: 3,
      environment: false,
      create_time: 'yesterday',
      update_time: 12,
      last_used_at: 'soon',
    })
    const fields = ['name', 'description', 'permissions', 'api_key', 'organization_id', 'key_type', 'status', 'environment', 'create_time', 'update_time', 'last_used_at']
    expect(Object.fromEntries(fields.map((field) => [field, parsed[field]]))).toEqual(Object.fromEntries(fields.map((field) => [field, undefined])))
    expect(parsed.id).toBe(base.id)
  })

  it('keeps null apart from missing: a key without a name, a key never used', () => {
    const parsed = apiKeySchema.parse({ ...base, name: null, last_used_at: null })
    expect(parsed.name).toBeNull()
    expect(parsed.last_used_at).toBeNull()
    expect(parsed.permissions).toEqual([])
  })

  it('rejects a record without a usable id, and anything that is not a record', () => {
    expect(apiKeySchema.safeParse({ ...base, id: undefined }).success).toBe(false)
    expect(apiKeySchema.safeParse({ ...base, id: '' }).success).toBe(false)
    expect(apiKeySchema.safeParse({ ...base, id: 12 }).success).toBe(false)
    expect(apiKeySchema.safeParse(null).success).toBe(false)
    expect(apiKeySchema.safeParse('01JBCDEFGHJKMNPQRSTVWXYZ12').success).toBe(false)
  })
})

describe('apiKeyRecordSchema', () => {
  it('stores a key made without an environment', () => {
    const record = { ...base, environment: null }
    expect(apiKeyRecordSchema.parse(record)).toEqual(record)
  })
})
