// The mock's settings (the server it plays, the seed size) and its cache of list selections.
import { KEY_STATUSES } from '../api/enums'
import { rawRequest, startMockApiServer } from '../test/mock-api-server'
import { createMockBackend } from './backend'

const NOW = new Date('2026-11-26T12:00:00Z')
const mock = startMockApiServer(() => NOW)

const control = (path: string, init: RequestInit = {}) => rawRequest(`/__mock/${path}`, init)
const post = (path: string, body: unknown) => control(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) })

async function firstPage(query: string): Promise<{ ids: string[]; total: number }> {
  const body = (await (await rawRequest(`/v1/api-keys?page_size=100&${query}`)).json()) as { api_keys: { id: string }[]; total_count: number }
  return { ids: body.api_keys.map((k) => k.id), total: body.total_count }
}

describe('the settings control', () => {
  afterEach(() => post('settings', { dialect: 'coval', seedCount: 320 }))

  it('reads and changes the dialect and the seed count', async () => {
    expect(await (await control('settings')).json()).toEqual({ dialect: 'coval', seedCount: 320 })
    const changed = await post('settings', { dialect: 'documented', seedCount: 5 })
    expect(await changed.json()).toEqual({ dialect: 'documented', seedCount: 5 })
    expect(mock.store.size).toBe(5)
    // The documented server ignores a filter the coval one would refuse.
    expect((await rawRequest('/v1/api-keys?filter=NOT')).status).toBe(200)
  })

  it('keeps both across a reset, and reseeds only when the count changes', async () => {
    await post('settings', { dialect: 'aip160', seedCount: 40 })
    const [first] = mock.store.all()
    await rawRequest(`/v1/api-keys/${first?.id}`, { method: 'DELETE' })
    await post('settings', { seedCount: 40 })
    expect(mock.store.size).toBe(39)
    expect(await (await post('reset', {})).json()).toEqual({ count: 40 })
    expect(mock.api.settings()).toEqual({ dialect: 'aip160', seedCount: 40 })
  })

  it.each([
    [{ dialect: 'sql' }, 'dialect'],
    [{ dialect: null }, 'dialect'],
    [{ seedCount: -1 }, 'seedCount'],
    [{ seedCount: 2.5 }, 'seedCount'],
    [{ seedCount: 50_001 }, 'seedCount'],
    [{ seedCount: '10' }, 'seedCount'],
    [{ colour: 'blue' }, 'colour'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await post('settings', body)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ARGUMENT', details: [{ field }] } })
    expect(mock.api.settings()).toEqual({ dialect: 'coval', seedCount: 320 })
  })

  it('refuses a body that is not a JSON object', async () => {
    for (const body of ['{nope', '[]', '"coval"']) expect((await post('settings', body)).status).toBe(400)
  })
})

describe('the list cache', () => {
  const active = 'status=ACTIVE&order_by=-create_time'

  it('sees a created key at once', async () => {
    const before = await firstPage(active)
    const created = await rawRequest('/v1/api-keys', { method: 'POST', body: JSON.stringify({ name: 'fresh', key_type: 'USER', environment: 'STAGING' }) })
    const { api_key: key } = (await created.json()) as { api_key: { id: string } }
    const after = await firstPage(active)
    expect(after.total).toBe(before.total + 1)
    expect(after.ids[0]).toBe(key.id)
  })

  it('sees a status change and a delete at once', async () => {
    const before = await firstPage(active)
    const [suspended, deleted] = before.ids
    await rawRequest(`/v1/api-keys/${suspended}`, { method: 'PATCH', body: JSON.stringify({ status: 'SUSPENDED' }) })
    await rawRequest(`/v1/api-keys/${deleted}`, { method: 'DELETE' })
    const after = await firstPage(active)
    expect(after.total).toBe(before.total - 2)
    expect(after.ids).not.toContain(suspended)
    expect(after.ids).not.toContain(deleted)
    expect((await firstPage('status=SUSPENDED&order_by=update_time desc')).ids[0]).toBe(suspended)
  })

  it('reads 10,000 keys page by page from a single filter-and-sort', async () => {
    const backend = createMockBackend({ adminKey: 'k', seedCount: 10_000, dialect: 'documented', now: () => NOW })
    const all = vi.spyOn(backend.store, 'all')
    const seen: string[] = []
    let token: string | null = null
    do {
      const query = new URLSearchParams({ status: KEY_STATUSES.join(','), page_size: '100', ...(token ? { page_token: token } : {}) })
      const response = await backend.api.handle(new Request(`https://mock.test/v1/api-keys?${query}`, { headers: { 'x-api-key': 'k' } }))
      if (!(response instanceof Response)) throw new Error('Expected a response')
      const page = (await response.json()) as { api_keys: { id: string }[]; next_page_token: string | null }
      seen.push(...page.api_keys.map((k) => k.id))
      token = page.next_page_token
    } while (token)
    expect(seen).toHaveLength(10_000)
    expect(new Set(seen).size).toBe(10_000)
    expect(all).toHaveBeenCalledTimes(1)
  })
})
