import { readApiKey, readApiKeyRecord, type ApiKey } from './api-key-schema'
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

/** The row read from `raw`; fails the test when it has no usable id. */
function read(raw: unknown): ApiKey {
  const key = readApiKey(raw)
  if (!key) throw new Error('no usable id')
  return key
}

describe('readApiKey', () => {
  it('accepts a key from the contract', () => {
    expect(read(base)).toMatchObject({ id: base.id, status: 'ACTIVE' })
  })

  it('keeps unknown extra fields rather than failing', () => {
    expect(read({ ...base, expires_at: '2027-01-01T00:00:00Z' })).toHaveProperty('expires_at')
  })

  it('keeps an unknown status, type or environment as a value to show, not a crash', () => {
    const parsed = read({ ...base, status: 'ROTATING', key_type: 'BOT', environment: 'SANDBOX' })
    expect(parsed.status).toBe('ROTATING')
    expect(isKnown(KEY_STATUSES, parsed.status ?? '')).toBe(false)
    expect(parsed.key_type).toBe('BOT')
    expect(parsed.environment).toBe('SANDBOX')
  })

  it('reads environment as optional, as the published SDK model omits it', () => {
    const { environment: _omitted, ...withoutEnvironment } = base
    expect(read(withoutEnvironment).environment).toBeUndefined()
  })

  it('accepts offsets and fractional seconds in timestamps', () => {
    expect(read({ ...base, last_used_at: '2026-01-01T10:00:00.123+02:00' }).last_used_at).toBe('2026-01-01T10:00:00.123+02:00')
  })

  it('needs nothing but an id: every other field may be missing', () => {
    expect(read({ id: base.id })).toEqual({ id: base.id })
  })

  it('reads a malformed field as missing rather than dropping the row', () => {
    const parsed = read({
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
    const parsed = read({ ...base, name: null, last_used_at: null })
    expect(parsed.name).toBeNull()
    expect(parsed.last_used_at).toBeNull()
    expect(parsed.permissions).toEqual([])
  })

  it('rejects a record without a usable id, and anything that is not a record', () => {
    expect(readApiKey({ ...base, id: undefined })).toBeUndefined()
    expect(readApiKey({ ...base, id: '' })).toBeUndefined()
    expect(readApiKey({ ...base, id: 12 })).toBeUndefined()
    expect(readApiKey(null)).toBeUndefined()
    expect(readApiKey('01JBCDEFGHJKMNPQRSTVWXYZ12')).toBeUndefined()
  })
})

describe('readApiKeyRecord', () => {
  it('stores a key made without an environment', () => {
    const record = { ...base, environment: null }
    expect(readApiKeyRecord(record)).toEqual(record)
  })

  it('keeps only its own fields', () => {
    expect(readApiKeyRecord({ ...base, region: 'eu' })).toEqual(base)
  })

  it('refuses a record any field of which is not as the mock writes it', () => {
    const odd = { id: 'short', organization_id: 1, api_key: null, key_type: 'BOT', environment: 'SANDBOX', status: 'ROTATING', name: 3, description: [], permissions: [7], create_time: 'soon', update_time: 'later', last_used_at: {} }
    const results = Object.entries(odd).map(([field, value]) => [field, readApiKeyRecord({ ...base, [field]: value })])
    expect(results).toEqual(Object.keys(odd).map((field) => [field, undefined]))
    const { create_time: _missing, ...withoutCreateTime } = base
    expect(readApiKeyRecord(withoutCreateTime)).toBeUndefined()
    expect(readApiKeyRecord([base])).toBeUndefined()
  })
})

describe('readApiKey, what was unreadable', () => {
  it('says which checked fields were sent unreadable, with what was sent, and drops a server’s own `unreadable`', () => {
    const key = read({ ...base, status: 5, create_time: 'yesterday', last_used_at: null, unreadable: { name: 'forged' } })
    expect(key.unreadable).toEqual({ status: '5', create_time: 'yesterday' })
    expect(read(base)).not.toHaveProperty('unreadable')
  })

  it('leaves out what the server left out, and keeps a field sent unreadable as undefined', () => {
    const key = read({ id: base.id, name: 42 })
    expect(Object.keys(key).sort()).toEqual(['id', 'name'])
    expect(key.name).toBeUndefined()
  })
})
