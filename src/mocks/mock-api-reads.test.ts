import type { ApiClient } from '../api/http-client'
// The mock API's reads: authentication and the list endpoint's rules.
import { createApiKey } from '../api/api-keys/create-api-key'
import { listApiKeys } from '../api/api-keys/list-api-keys'
import { KEY_STATUSES } from '../api/enums'
import { TEST_API_BASE, TEST_API_KEY, expectApiError, rawRequest, startMockApiServer, testApiClient } from '../test/mock-api-server'
import { fold } from '../api/filter/evaluate'

const NOW = new Date('2026-11-26T12:00:00Z')
const mock = startMockApiServer(() => NOW)
let api: ApiClient
beforeEach(() => {
  api = testApiClient()
})
const ALL = KEY_STATUSES
const failure = expectApiError
const raw = rawRequest

describe('authentication', () => {
  it('answers 401 with the envelope when the key is missing or wrong', async () => {
    const missing = await fetch(`${TEST_API_BASE}/v1/api-keys`)
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    api.configure({ apiKey: 'wrong' })
    expect(await failure(listApiKeys(api, { statuses: ALL }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('answers 403 when the key lacks the scope', async () => {
    api.configure({ apiKey: `${TEST_API_KEY}-readonly` })
    await expect(listApiKeys(api, { statuses: ALL })).resolves.toBeDefined()
    const error = await failure(createApiKey(api, { name: 'x', key_type: 'SERVICE', environment: 'STAGING' }))
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
    const page = await listApiKeys(api, { statuses: ['SUSPENDED', 'REVOKED'], environment: 'STAGING', pageSize: 100 })
    const expected = mock.store.all().filter((k) => (k.status === 'SUSPENDED' || k.status === 'REVOKED') && k.environment === 'STAGING')
    expect(page.total_count).toBe(expected.length)
    expect(new Set(page.api_keys.map((k) => k.status))).toEqual(new Set(['SUSPENDED', 'REVOKED']))
  })

  it('rejects an unknown status or environment', async () => {
    expect(await failure(listApiKeys(api, { statuses: ['ACTIVE', 'BROKEN' as 'ACTIVE'] }))).toMatchObject({ code: 'INVALID_ARGUMENT', details: [{ field: 'status' }] })
    expect((await raw('/v1/api-keys?environment=MARS')).status).toBe(400)
  })

  it('pages with opaque tokens through every key exactly once, with total_count', async () => {
    const seen: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const page = await listApiKeys(api, { statuses: ALL, pageSize: 37, pageToken: token })
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
    expect((await listApiKeys(api, { statuses: ALL })).api_keys).toHaveLength(20)
    for (const bad of ['0', '101', '-1', '2.5', 'ten']) {
      const response = await raw(`/v1/api-keys?page_size=${bad}`)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ARGUMENT', details: [{ field: 'page_size' }] } })
    }
  })

  it('rejects a page token reused with other filters, and a forged one', async () => {
    const first = await listApiKeys(api, { statuses: ALL, pageSize: 10 })
    const token = first.next_page_token ?? ''
    const reused = await failure(listApiKeys(api, { statuses: ['ACTIVE'], pageSize: 10, pageToken: token }))
    expect(reused).toMatchObject({ code: 'INVALID_ARGUMENT', details: [{ field: 'page_token' }] })
    expect(await failure(listApiKeys(api, { statuses: ALL, pageToken: 'garbage!' }))).toMatchObject({ code: 'INVALID_ARGUMENT' })
    // A different page size with the same query is allowed (AIP-158).
    await expect(listApiKeys(api, { statuses: ALL, pageSize: 25, pageToken: token })).resolves.toBeDefined()
  })

  it('rejects an unknown order_by field or direction', async () => {
    expect(await failure(listApiKeys(api, { statuses: ALL, orderBy: 'colour' }))).toMatchObject({ details: [{ field: 'order_by' }] })
    expect(await failure(listApiKeys(api, { statuses: ALL, orderBy: 'name sideways' }))).toMatchObject({ details: [{ field: 'order_by' }] })
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

// The default mock plays Coval's likely server; these read the same endpoint as a full AIP-160 server.
describe('list, as an AIP-160 server', () => {
  beforeEach(() => mock.api.setDialect('aip160'))
  afterEach(() => mock.api.setDialect('coval'))

  it('orders by several fields with desc, nulls last', async () => {
    const page = await listApiKeys(api, { statuses: ALL, orderBy: 'last_used_at desc, name', pageSize: 100 })
    const all = [...page.api_keys]
    let token = page.next_page_token
    while (token) {
      const next = await listApiKeys(api, { statuses: ALL, orderBy: 'last_used_at desc, name', pageSize: 100, pageToken: token })
      all.push(...next.api_keys)
      token = next.next_page_token
    }
    const used = all.filter((k) => k.last_used_at)
    const firstNever = all.findIndex((k) => !k.last_used_at)
    expect(firstNever).toBe(used.length)
    for (let i = 1; i < used.length; i++) expect((used[i - 1]?.last_used_at ?? '') >= (used[i]?.last_used_at ?? '')).toBe(true)
    const asc = await listApiKeys(api, { statuses: ALL, orderBy: 'create_time', pageSize: 5 })
    const times = asc.api_keys.map((k) => k.create_time)
    expect(times).toEqual([...times].sort())
  })

  it('filters with AIP-160 expressions', async () => {
    const never = await listApiKeys(api, { statuses: ALL, filter: 'last_used_at = null AND environment = "PRODUCTION"', pageSize: 100 })
    expect(never.total_count).toBeGreaterThan(0)
    expect(never.api_keys.every((k) => k.last_used_at === null && k.environment === 'PRODUCTION')).toBe(true)
    const cutoff = '2026-08-01T00:00:00Z'
    const stale = await listApiKeys(api, { statuses: ALL, filter: `last_used_at < "${cutoff}"`, pageSize: 100 })
    expect(stale.api_keys.every((k) => k.last_used_at !== null && (k.last_used_at ?? '') < cutoff)).toBe(true)
    const ci = await listApiKeys(api, { statuses: ALL, filter: 'name:"ci"', pageSize: 100 })
    // ":" finds the text in any case and without its accents (Lucía holds "ci").
    expect(ci.api_keys.every((k) => fold(k.name ?? '').includes('ci'))).toBe(true)
    const services = await listApiKeys(api, { statuses: ALL, filter: 'key_type = "SERVICE" AND NOT status = "REVOKED"', pageSize: 100 })
    expect(services.api_keys.every((k) => k.key_type === 'SERVICE' && k.status !== 'REVOKED')).toBe(true)
  })
})
