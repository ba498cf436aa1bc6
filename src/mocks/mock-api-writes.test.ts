import type { ApiClient } from '../api/http-client'
// The mock API's writes (create, status, delete) and its fault injection.
import { createApiKey } from '../api/api-keys/create-api-key'
import { deleteApiKey } from '../api/api-keys/delete-api-key'
import { listApiKeys } from '../api/api-keys/list-api-keys'
import { updateApiKeyStatus } from '../api/api-keys/update-api-key-status'
import { KEY_STATUSES } from '../api/enums'
import { TEST_API_BASE, expectApiError, rawRequest, startMockApiServer, testApiClient } from '../test/mock-api-server'

const NOW = new Date('2026-11-26T12:00:00Z')
const mock = startMockApiServer(() => NOW)
let api: ApiClient
beforeEach(() => {
  api = testApiClient()
})
const ALL = KEY_STATUSES
const failure = expectApiError
const raw = rawRequest

describe('create', () => {
  it('returns the full secret once and stores only the masked form', async () => {
    const created = await createApiKey(api, { name: '  Deploy bot  ', key_type: 'SERVICE', environment: 'PRODUCTION', permissions: ['runs:read', 'agents:*'] })
    expect(created.api_key).toMatch(/^coval_sk_prod_[A-Za-z0-9]{32}$/)
    expect(created).toMatchObject({ name: 'Deploy bot', status: 'ACTIVE', last_used_at: null, permissions: ['runs:read', 'agents:*'] })
    expect(created.id).toMatch(/^[0-9A-Z]{26}$/)
    const stored = mock.store.get(created.id)
    expect(stored?.api_key).toBe(`****-****-****-${created.api_key.slice(-4)}`)
    expect(JSON.stringify(mock.store.all())).not.toContain(created.api_key)
    const listed = await listApiKeys(api, { statuses: ALL, filter: 'name = "Deploy bot"' })
    expect(listed.api_keys[0]?.api_key).toBe(stored?.api_key)
  })

  it('uses the environment in the secret prefix', async () => {
    expect((await createApiKey(api, { name: 'a', key_type: 'USER', environment: 'STAGING' })).api_key).toMatch(/^coval_sk_staging_/)
    expect((await createApiKey(api, { name: 'b', key_type: 'USER', environment: 'DEVELOPMENT' })).api_key).toMatch(/^coval_sk_dev_/)
  })

  it('validates every field that is sent, naming each', async () => {
    const response = await raw('/v1/api-keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 42, description: 'x'.repeat(2001), key_type: 'ROBOT', environment: 'MARS', permissions: ['runs:fly', 'conversations:delete'] }),
    })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.details.map((d: { field: string }) => d.field)).toEqual(['name', 'description', 'key_type', 'environment', 'permissions'])
  })

  it('treats every field as optional: SERVICE, no name, no environment, full access; 201', async () => {
    const response = await raw('/v1/api-keys', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(response.status).toBe(201)
    const { api_key: created } = await response.json()
    expect(created).toMatchObject({ key_type: 'SERVICE', name: null, description: null, environment: null, permissions: [], status: 'ACTIVE' })
    expect(created.api_key).toMatch(/^coval_sk_[A-Za-z0-9]{32}$/)
    expect(mock.store.get(created.id)).toMatchObject({ name: null, environment: null, api_key: `****-****-****-${created.api_key.slice(-4)}` })
  })

  it('takes null for the name and the other optional fields, and stores a blank name as none', async () => {
    const response = await raw('/v1/api-keys', {
      method: 'POST',
      body: JSON.stringify({ name: null, description: null, key_type: null, environment: null, permissions: null }),
    })
    expect(response.status).toBe(201)
    expect((await response.json()).api_key).toMatchObject({ name: null, key_type: 'SERVICE', environment: null, permissions: [] })
    const blank = await raw('/v1/api-keys', { method: 'POST', body: JSON.stringify({ name: '   ', key_type: 'USER' }) })
    expect(blank.status).toBe(201)
    expect((await blank.json()).api_key).toMatchObject({ name: null, key_type: 'USER' })
  })

  it('is read by the client, a key without name or environment included', async () => {
    const response = await raw('/v1/api-keys', { method: 'POST', body: JSON.stringify({ key_type: 'USER' }) })
    expect(response.status).toBe(201)
    const listed = await listApiKeys(api, { statuses: ALL, orderBy: 'create_time desc', pageSize: 100 })
    const { id } = (await response.json()).api_key
    expect(listed.api_keys.find((k) => k.id === id)).toMatchObject({ name: null, environment: null, key_type: 'USER' })
    expect(listed.rows_without_id).toBe(0)
  })

  it('counts name and description in code points, not graphemes nor UTF-16 units', async () => {
    const create = (body: object) => raw('/v1/api-keys', { method: 'POST', body: JSON.stringify(body) })
    const family = '👨‍👩‍👧' // 1 grapheme, 5 code points, 8 UTF-16 units
    expect((await create({ name: family.repeat(40) })).status).toBe(201)
    const tooLong = await create({ name: family.repeat(41) })
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).error.details).toEqual([{ field: 'name', description: 'The name must be at most 200 characters.' }])
    const accented = 'e\u0301' // 1 grapheme, 2 code points
    expect((await create({ name: accented.repeat(100) })).status).toBe(201)
    expect((await create({ name: accented.repeat(101) })).status).toBe(400)
    expect((await create({ name: '🔑'.repeat(200), description: '🔑'.repeat(2000) })).status).toBe(201)
    expect((await create({ description: `${'🔑'.repeat(2000)}!` })).status).toBe(400)
  })

  it('accepts 200 characters and refuses 201', async () => {
    await expect(createApiKey(api, { name: '🔑'.repeat(200), key_type: 'USER', environment: 'STAGING' })).resolves.toBeDefined()
    const tooLong = await raw('/v1/api-keys', { method: 'POST', body: JSON.stringify({ name: 'n'.repeat(201), key_type: 'USER', environment: 'STAGING' }) })
    expect(tooLong.status).toBe(400)
  })

  it('refuses a body that is not JSON', async () => {
    expect((await raw('/v1/api-keys', { method: 'POST', body: '{nope' })).status).toBe(400)
  })
})

describe('status changes and delete', () => {
  const byStatus = (status: string) => mock.store.all().find((k) => k.status === status)?.id ?? ''

  it('follows the lifecycle and keeps the reason', async () => {
    const id = byStatus('ACTIVE')
    expect(await updateApiKeyStatus(api, id, { status: 'SUSPENDED', reason: 'Investigating a leak' })).toMatchObject({ status: 'SUSPENDED', update_time: NOW.toISOString() })
    expect(mock.store.audit.at(-1)).toMatchObject({ keyId: id, status: 'SUSPENDED', reason: 'Investigating a leak' })
    expect(await updateApiKeyStatus(api, id, { status: 'ACTIVE' })).toMatchObject({ status: 'ACTIVE' })
    expect(await updateApiKeyStatus(api, byStatus('EXPIRED'), { status: 'ACTIVE' })).toMatchObject({ status: 'ACTIVE' })
  })

  it('shows its audit trail, reasons included, at GET /__mock/audit (all, or one key), and a reset empties it', async () => {
    const [first, second] = mock.store.all().filter((k) => k.status === 'ACTIVE')
    await updateApiKeyStatus(api, first?.id ?? '', { status: 'SUSPENDED', reason: 'Rotated: replaced by 01NEW' })
    await updateApiKeyStatus(api, second?.id ?? '', { status: 'REVOKED' })
    const audit = async (query = '') => (await (await raw(`/__mock/audit${query}`)).json()) as { entries: unknown[] }
    expect((await audit()).entries).toEqual([
      { keyId: first?.id, action: 'status', status: 'SUSPENDED', reason: 'Rotated: replaced by 01NEW', at: NOW.toISOString() },
      { keyId: second?.id, action: 'status', status: 'REVOKED', at: NOW.toISOString() },
    ])
    expect((await audit(`?key_id=${second?.id}`)).entries).toEqual([expect.objectContaining({ keyId: second?.id, status: 'REVOKED' })])
    expect((await raw('/__mock/audit', { method: 'POST' })).status).toBe(404)
    await raw('/__mock/reset', { method: 'POST' })
    expect((await audit()).entries).toEqual([])
  })

  it('never lets a key leave REVOKED, nor be set to EXPIRED by a client', async () => {
    const revoked = byStatus('REVOKED')
    const error = await failure(updateApiKeyStatus(api, revoked, { status: 'ACTIVE' }))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', details: [{ field: 'status' }] })
    expect(await failure(updateApiKeyStatus(api, byStatus('ACTIVE'), { status: 'EXPIRED' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(await failure(updateApiKeyStatus(api, byStatus('ACTIVE'), { status: 'ACTIVE' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('refuses a reason over 2000 code points', async () => {
    const response = await raw(`/v1/api-keys/${byStatus('ACTIVE')}`, { method: 'PATCH', body: JSON.stringify({ status: 'SUSPENDED', reason: 'r'.repeat(2001) }) })
    expect(response.status).toBe(400)
    expect((await response.json()).error.details[0].field).toBe('reason')
    const accented = await raw(`/v1/api-keys/${byStatus('ACTIVE')}`, { method: 'PATCH', body: JSON.stringify({ status: 'SUSPENDED', reason: 'e\u0301'.repeat(1001) }) })
    expect(accented.status).toBe(400)
  })

  it('takes a reason of 2000 code points even when it is longer in UTF-16 units', async () => {
    const id = byStatus('ACTIVE')
    const reason = '👨‍👩‍👧'.repeat(400) // 2000 code points, 3200 UTF-16 units
    const response = await raw(`/v1/api-keys/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'SUSPENDED', reason }) })
    expect(response.status).toBe(200)
    expect(mock.store.audit.at(-1)).toMatchObject({ keyId: id, reason })
  })

  it('answers 404 for an unknown id', async () => {
    expect(await failure(updateApiKeyStatus(api, '01ZZZZZZZZZZZZZZZZZZZZZZZZ', { status: 'SUSPENDED' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
    expect(await failure(deleteApiKey(api, '01ZZZZZZZZZZZZZZZZZZZZZZZZ'))).toMatchObject({ status: 404 })
  })

  it('deletes with 204, then 404', async () => {
    const id = byStatus('REVOKED')
    const response = await raw(`/v1/api-keys/${id}`, { method: 'DELETE' })
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect((await raw(`/v1/api-keys/${id}`, { method: 'DELETE' })).status).toBe(404)
  })
})

describe('faults', () => {
  async function setFaults(config: object) {
    const response = await fetch(`${TEST_API_BASE}/__mock/faults`, { method: 'POST', body: JSON.stringify(config) })
    expect(response.ok).toBe(true)
  }

  it('fails the next request with a chosen status, then recovers', async () => {
    await setFaults({ fault: { kind: 'status', status: 500 } })
    expect(await failure(listApiKeys(api, { statuses: ALL }))).toMatchObject({ status: 500, code: 'INTERNAL', message: 'Internal error (injected).' })
    await expect(listApiKeys(api, { statuses: ALL })).resolves.toBeDefined()
  })

  it('sends 429 with Retry-After, and 403', async () => {
    await setFaults({ fault: { kind: 'status', status: 429, retryAfterSeconds: 2 }, times: 2 })
    expect(await failure(listApiKeys(api, { statuses: ALL }))).toMatchObject({ status: 429, retryAfterMs: 2000 })
    expect(await failure(listApiKeys(api, { statuses: ALL }))).toMatchObject({ status: 429 })
    await setFaults({ fault: { kind: 'status', status: 403 } })
    expect(await failure(listApiKeys(api, { statuses: ALL }))).toMatchObject({ code: 'PERMISSION_DENIED' })
  })

  it('drops the connection, for one method and path only, or for all until cleared', async () => {
    const id = mock.store.all()[0]?.id ?? ''
    await setFaults({ fault: { kind: 'network' }, method: 'DELETE', pathIncludes: id, times: null })
    await expect(listApiKeys(api, { statuses: ALL })).resolves.toBeDefined()
    expect(await failure(deleteApiKey(api, id))).toMatchObject({ kind: 'network' })
    expect(await failure(deleteApiKey(api, id))).toMatchObject({ kind: 'network' })
    await fetch(`${TEST_API_BASE}/__mock/faults`, { method: 'DELETE' })
    await expect(deleteApiKey(api, id)).resolves.toBeUndefined()
  })

  it('adds latency', async () => {
    await setFaults({ latencyMs: 80 })
    const started = performance.now()
    await listApiKeys(api, { statuses: ALL })
    expect(performance.now() - started).toBeGreaterThanOrEqual(75)
  })
})
