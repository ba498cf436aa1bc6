import { ApiError } from '../api/api-error'
import { createApiKey } from '../api/api-keys/create-api-key'
import { deleteApiKey } from '../api/api-keys/delete-api-key'
import { listApiKeys } from '../api/api-keys/list-api-keys'
import { updateApiKeyStatus } from '../api/api-keys/update-api-key-status'
import { KEY_STATUSES } from '../api/enums'
import { configureApi } from '../api/http-client'
import { TEST_API_BASE, TEST_API_KEY, setupMockServer } from './node'

const NOW = new Date('2026-11-26T12:00:00Z')
const mock = setupMockServer(() => NOW)
const ALL = KEY_STATUSES

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.api.reset()
  mock.api.faults.clear()
  configureApi({ baseUrl: TEST_API_BASE, apiKey: TEST_API_KEY })
})
afterAll(() => mock.server.close())

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

function raw(path: string, init: RequestInit = {}) {
  return fetch(`${TEST_API_BASE}${path}`, { ...init, headers: { 'x-api-key': TEST_API_KEY, ...init.headers } })
}

describe('authentication', () => {
  it('answers 401 with the envelope when the key is missing or wrong', async () => {
    const missing = await fetch(`${TEST_API_BASE}/v1/api-keys`)
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    configureApi({ apiKey: 'wrong' })
    expect(await failure(listApiKeys({ statuses: ALL }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('answers 403 when the key lacks the scope', async () => {
    configureApi({ apiKey: `${TEST_API_KEY}-readonly` })
    await expect(listApiKeys({ statuses: ALL })).resolves.toBeDefined()
    const error = await failure(createApiKey({ name: 'x', key_type: 'SERVICE', environment: 'STAGING' }))
    expect(error).toMatchObject({ status: 403, code: 'PERMISSION_DENIED' })
    expect(error.message).toContain('api-keys:write')
  })

  it('sends a request id with every answer', async () => {
    const response = await raw('/v1/api-keys')
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9A-Z]{26}$/)
  })
})

describe('list', () => {
  it('returns only ACTIVE keys when status is absent', async () => {
    const body = await (await raw('/v1/api-keys?page_size=100')).json()
    expect(body.api_keys.length).toBeGreaterThan(0)
    expect(body.api_keys.every((k: { status: string }) => k.status === 'ACTIVE')).toBe(true)
    expect(body.total_count).toBe(mock.store.all().filter((k) => k.status === 'ACTIVE').length)
  })

  it('takes comma-separated statuses and one environment', async () => {
    const page = await listApiKeys({ statuses: ['SUSPENDED', 'REVOKED'], environment: 'STAGING', pageSize: 100 })
    const expected = mock.store.all().filter((k) => (k.status === 'SUSPENDED' || k.status === 'REVOKED') && k.environment === 'STAGING')
    expect(page.total_count).toBe(expected.length)
    expect(new Set(page.api_keys.map((k) => k.status))).toEqual(new Set(['SUSPENDED', 'REVOKED']))
  })

  it('rejects an unknown status or environment', async () => {
    expect(await failure(listApiKeys({ statuses: ['ACTIVE', 'BROKEN' as 'ACTIVE'] }))).toMatchObject({ code: 'INVALID_ARGUMENT', details: [{ field: 'status' }] })
    expect((await raw('/v1/api-keys?environment=MARS')).status).toBe(400)
  })

  it('pages with opaque tokens through every key exactly once, with total_count', async () => {
    const seen: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const page = await listApiKeys({ statuses: ALL, pageSize: 37, pageToken: token })
      expect(page.total_count).toBe(mock.store.size)
      seen.push(...page.api_keys.map((k) => k.id))
      token = page.next_page_token ?? undefined
      pages++
    } while (token)
    expect(seen.length).toBe(mock.store.size)
    expect(new Set(seen).size).toBe(seen.length)
    expect(pages).toBe(Math.ceil(mock.store.size / 37))
  })

  it('defaults page_size to 20 and accepts 1..100 only', async () => {
    expect((await listApiKeys({ statuses: ALL })).api_keys).toHaveLength(20)
    for (const bad of ['0', '101', '-1', '2.5', 'ten']) {
      const response = await raw(`/v1/api-keys?page_size=${bad}`)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ARGUMENT', details: [{ field: 'page_size' }] } })
    }
  })

  it('rejects a page token reused with other filters, and a forged one', async () => {
    const first = await listApiKeys({ statuses: ALL, pageSize: 10 })
    const token = first.next_page_token ?? ''
    const reused = await failure(listApiKeys({ statuses: ['ACTIVE'], pageSize: 10, pageToken: token }))
    expect(reused).toMatchObject({ code: 'INVALID_ARGUMENT', details: [{ field: 'page_token' }] })
    expect(await failure(listApiKeys({ statuses: ALL, pageToken: 'garbage!' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
    // A different page size with the same query is allowed (AIP-158).
    await expect(listApiKeys({ statuses: ALL, pageSize: 25, pageToken: token })).resolves.toBeDefined()
  })

  it('orders by several fields with desc, nulls last', async () => {
    const page = await listApiKeys({ statuses: ALL, orderBy: 'last_used_at desc, name', pageSize: 100 })
    const all = [...page.api_keys]
    let token = page.next_page_token
    while (token) {
      const next = await listApiKeys({ statuses: ALL, orderBy: 'last_used_at desc, name', pageSize: 100, pageToken: token })
      all.push(...next.api_keys)
      token = next.next_page_token
    }
    const used = all.filter((k) => k.last_used_at)
    const firstNever = all.findIndex((k) => !k.last_used_at)
    expect(firstNever).toBe(used.length)
    for (let i = 1; i < used.length; i++) expect((used[i - 1]?.last_used_at ?? '') >= (used[i]?.last_used_at ?? '')).toBe(true)
    const asc = await listApiKeys({ statuses: ALL, orderBy: 'create_time', pageSize: 5 })
    const times = asc.api_keys.map((k) => k.create_time)
    expect(times).toEqual([...times].sort())
  })

  it('rejects an unknown order_by field or direction', async () => {
    expect(await failure(listApiKeys({ statuses: ALL, orderBy: 'colour' }))).toMatchObject({ details: [{ field: 'order_by' }] })
    expect(await failure(listApiKeys({ statuses: ALL, orderBy: 'name sideways' }))).toMatchObject({ details: [{ field: 'order_by' }] })
  })

  it('filters with AIP-160 expressions', async () => {
    const never = await listApiKeys({ statuses: ALL, filter: 'last_used_at = null AND environment = "PRODUCTION"', pageSize: 100 })
    expect(never.total_count).toBeGreaterThan(0)
    expect(never.api_keys.every((k) => k.last_used_at === null && k.environment === 'PRODUCTION')).toBe(true)
    const cutoff = '2026-08-01T00:00:00Z'
    const stale = await listApiKeys({ statuses: ALL, filter: `last_used_at < "${cutoff}"`, pageSize: 100 })
    expect(stale.api_keys.every((k) => k.last_used_at !== null && (k.last_used_at ?? '') < cutoff)).toBe(true)
    const ci = await listApiKeys({ statuses: ALL, filter: 'name:"ci"', pageSize: 100 })
    expect(ci.api_keys.every((k) => (k.name ?? '').toLowerCase().includes('ci'))).toBe(true)
    const services = await listApiKeys({ statuses: ALL, filter: 'key_type = "SERVICE" AND NOT status = "REVOKED"', pageSize: 100 })
    expect(services.api_keys.every((k) => k.key_type === 'SERVICE' && k.status !== 'REVOKED')).toBe(true)
  })

  it('answers a malformed filter with a 400 that says where the problem is', async () => {
    const response = await raw(`/v1/api-keys?filter=${encodeURIComponent('name = "ci" AND (status = ACTIVE')}`)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error.code).toBe('INVALID_ARGUMENT')
    expect(body.error.details[0].field).toBe('filter')
    expect(body.error.details[0].description).toMatch(/position \d+/)
  })
})

describe('create', () => {
  it('returns the full secret once and stores only the masked form', async () => {
    const created = await createApiKey({ name: '  Deploy bot  ', key_type: 'SERVICE', environment: 'PRODUCTION', permissions: ['runs:read', 'agents:*'] })
    expect(created.api_key).toMatch(/^coval_sk_prod_[A-Za-z0-9]{32}$/)
    expect(created).toMatchObject({ name: 'Deploy bot', status: 'ACTIVE', last_used_at: null, permissions: ['runs:read', 'agents:*'] })
    expect(created.id).toMatch(/^[0-9A-Z]{26}$/)
    const stored = mock.store.get(created.id)
    expect(stored?.api_key).toBe(`****-****-****-${created.api_key.slice(-4)}`)
    expect(JSON.stringify(mock.store.all())).not.toContain(created.api_key)
    const listed = await listApiKeys({ statuses: ALL, filter: 'name = "Deploy bot"' })
    expect(listed.api_keys[0]?.api_key).toBe(stored?.api_key)
  })

  it('uses the environment in the secret prefix', async () => {
    expect((await createApiKey({ name: 'a', key_type: 'USER', environment: 'STAGING' })).api_key).toMatch(/^coval_sk_staging_/)
    expect((await createApiKey({ name: 'b', key_type: 'USER', environment: 'DEVELOPMENT' })).api_key).toMatch(/^coval_sk_dev_/)
  })

  it('validates every field like the server, naming each', async () => {
    const response = await raw('/v1/api-keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '   ', description: 'x'.repeat(2001), key_type: 'ROBOT', environment: 'MARS', permissions: ['runs:fly', 'conversations:delete'] }),
    })
    expect(response.status).toBe(400)
    const fields = (await response.json()).error.details.map((d: { field: string }) => d.field)
    expect(fields).toEqual(['name', 'description', 'key_type', 'environment', 'permissions'])
  })

  it('accepts 200 visible characters and refuses 201', async () => {
    await expect(createApiKey({ name: '🔑'.repeat(200), key_type: 'USER', environment: 'STAGING' })).resolves.toBeDefined()
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
    expect(await updateApiKeyStatus(id, { status: 'SUSPENDED', reason: 'Investigating a leak' })).toMatchObject({ status: 'SUSPENDED', update_time: NOW.toISOString() })
    expect(mock.store.audit.at(-1)).toMatchObject({ keyId: id, status: 'SUSPENDED', reason: 'Investigating a leak' })
    expect(await updateApiKeyStatus(id, { status: 'ACTIVE' })).toMatchObject({ status: 'ACTIVE' })
    expect(await updateApiKeyStatus(byStatus('EXPIRED'), { status: 'ACTIVE' })).toMatchObject({ status: 'ACTIVE' })
  })

  it('never lets a key leave REVOKED, nor be set to EXPIRED by a client', async () => {
    const revoked = byStatus('REVOKED')
    const error = await failure(updateApiKeyStatus(revoked, { status: 'ACTIVE' }))
    expect(error).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', details: [{ field: 'status' }] })
    expect(await failure(updateApiKeyStatus(byStatus('ACTIVE'), { status: 'EXPIRED' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(await failure(updateApiKeyStatus(byStatus('ACTIVE'), { status: 'ACTIVE' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('refuses a reason over 2000 characters', async () => {
    const response = await raw(`/v1/api-keys/${byStatus('ACTIVE')}`, { method: 'PATCH', body: JSON.stringify({ status: 'SUSPENDED', reason: 'r'.repeat(2001) }) })
    expect(response.status).toBe(400)
    expect((await response.json()).error.details[0].field).toBe('reason')
  })

  it('answers 404 for an unknown id', async () => {
    expect(await failure(updateApiKeyStatus('01ZZZZZZZZZZZZZZZZZZZZZZZZ', { status: 'SUSPENDED' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
    expect(await failure(deleteApiKey('01ZZZZZZZZZZZZZZZZZZZZZZZZ'))).toMatchObject({ status: 404 })
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
    expect(await failure(listApiKeys({ statuses: ALL }))).toMatchObject({ status: 500, code: 'SERVER_ERROR' })
    await expect(listApiKeys({ statuses: ALL })).resolves.toBeDefined()
  })

  it('sends 429 with Retry-After, and 403', async () => {
    await setFaults({ fault: { kind: 'status', status: 429, retryAfterSeconds: 2 }, times: 2 })
    expect(await failure(listApiKeys({ statuses: ALL }))).toMatchObject({ status: 429, retryAfterMs: 2000 })
    expect(await failure(listApiKeys({ statuses: ALL }))).toMatchObject({ status: 429 })
    await setFaults({ fault: { kind: 'status', status: 403 } })
    expect(await failure(listApiKeys({ statuses: ALL }))).toMatchObject({ code: 'PERMISSION_DENIED' })
  })

  it('drops the connection, for one method and path only, or for all until cleared', async () => {
    const id = mock.store.all()[0]?.id ?? ''
    await setFaults({ fault: { kind: 'network' }, method: 'DELETE', pathIncludes: id, times: null })
    await expect(listApiKeys({ statuses: ALL })).resolves.toBeDefined()
    expect(await failure(deleteApiKey(id))).toMatchObject({ kind: 'network' })
    expect(await failure(deleteApiKey(id))).toMatchObject({ kind: 'network' })
    await fetch(`${TEST_API_BASE}/__mock/faults`, { method: 'DELETE' })
    await expect(deleteApiKey(id)).resolves.toBeUndefined()
  })

  it('adds latency', async () => {
    await setFaults({ latencyMs: 80 })
    const started = performance.now()
    await listApiKeys({ statuses: ALL })
    expect(performance.now() - started).toBeGreaterThanOrEqual(75)
  })
})
