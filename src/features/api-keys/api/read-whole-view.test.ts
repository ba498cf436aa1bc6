// Every key of a view, all pages, under each server behaviour and a server that lies about a parameter.
import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import type { ApiKeyRecord } from '../../../api/api-key-schema'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import { DEFAULT_VIEW, type ListView } from '../model/list-view'
import { toViewQuery } from '../model/view-query'
import { TEST_API_BASE, startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import { capabilityStore } from './capability-store'
import { readWholeView, type ReadProgress } from './read-whole-view'
import { FRESH_FOR_MS } from '../../../api/fresh-for'
import { keySetOptions } from './key-set'

const NOW = new Date()
const mock = startMockApiServer(() => NOW)

function read(view: Partial<ListView>, signal = new AbortController().signal) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const store = capabilityStore(queryClient)
  const progress: ReadProgress[] = []
  const query = toViewQuery({ ...DEFAULT_VIEW, ...view }, Date.now())
  const done = readWholeView(queryClient, { api: testApiClient(), query, baseUrl: TEST_API_BASE, store }, signal, (p) => progress.push(p))
  return { done, progress, store }
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)
const production = (r: ApiKeyRecord) => r.environment === 'PRODUCTION'
const byNameDesc = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

describe('readWholeView', () => {
  it.each(['documented', 'coval', 'aip160'] as const)('reads every production key, by name, from a %s server', async (dialect) => {
    mock.api.setDialect(dialect)
    const { done, progress } = read({ environment: 'PRODUCTION', sort: { field: 'name', desc: true } })
    const rows = await done
    const want = mock.store
      .all()
      .filter(production)
      .sort((a, b) => -byNameDesc.compare(a.name ?? '', b.name ?? '') || (a.id < b.id ? -1 : 1))
    expect(ids(rows)).toEqual(ids(want))
    // It ends having read all it expected: the view's keys from the server, or every key in the browser.
    const last = progress.at(-1)
    expect(last?.read).toBe(last?.expected)
    expect(last?.read).toBe(dialect === 'documented' ? mock.store.size : want.length)
  })

  it('starts over in the browser when a page breaks the plan (a server that ignores environment past the probe)', async () => {
    mock.api.setDialect('coval')
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('page_size') === '100') url.searchParams.delete('environment')
        const result = await mock.api.handle(new Request(url, { headers: request.headers }))
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    const { done, store } = read({ environment: 'PRODUCTION' })
    const rows = await done
    expect(rows.every((r) => r.environment === 'PRODUCTION')).toBe(true)
    expect(rows).toHaveLength(mock.store.all().filter(production).length)
    expect(store.get(TEST_API_BASE).environment).toBe('ignored')
  })

  it('in the browser, reuses a whole read only while it is fresh: an older one is read again, without keys deleted since', async () => {
    mock.api.setDialect('documented')
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const context = { api: testApiClient(), query: toViewQuery({ ...DEFAULT_VIEW, environment: 'PRODUCTION' }, Date.now()), baseUrl: TEST_API_BASE, store: capabilityStore(queryClient) }
    let requests = 0
    const count = () => void requests++
    mock.server.events.on('request:start', count)
    onTestFinished(() => mock.server.events.removeListener('request:start', count))
    const first = await readWholeView(queryClient, context, new AbortController().signal, () => {})
    const gone = first[0]
    if (!gone) throw new Error('no production key in the seed')
    mock.store.remove(gone.id, new Date().toISOString())
    // Fresh: the copy is used as it is, with no request.
    const before = requests
    expect(ids(await readWholeView(queryClient, context, new AbortController().signal, () => {}))).toEqual(ids(first))
    expect(requests).toBe(before)
    // Past FRESH_FOR_MS: read again, and the key deleted since is gone.
    const { queryKey } = keySetOptions(context.api, context.query.statuses)
    queryClient.setQueryData(queryKey, queryClient.getQueryData(queryKey), { updatedAt: Date.now() - FRESH_FOR_MS })
    const again = await readWholeView(queryClient, context, new AbortController().signal, () => {})
    expect(requests).toBeGreaterThan(before)
    expect(ids(again)).toEqual(ids(first.slice(1)))
  })

  it('stops when told to', async () => {
    mock.api.setDialect('documented')
    mock.api.faults.set({ latencyMs: 50, fault: null, times: null })
    const controller = new AbortController()
    const { done, progress } = read({ search: 'a' }, controller.signal)
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0))
    controller.abort()
    await expect(done).rejects.toThrow(/abort/i)
  })

  it('ends instead of going round when fresh tokens lead to pages already read, and counts each key once', async () => {
    mock.api.setDialect('documented')
    const [a, b] = mock.store.all()
    let answered = 0
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, () => {
        answered++
        // The same two keys (one sent twice) on every page, each time with a token never seen before.
        return HttpResponse.json({ api_keys: [a, b, a], next_page_token: `fresh-${answered}`, total_count: 500 })
      }),
    )
    const { done } = read({ search: 'a' })
    await expect(done).rejects.toThrow(/lead back to pages already read/)
    expect(answered).toBe(2)
  })

  it('reads a key sent twice on a page once', async () => {
    mock.api.setDialect('documented')
    const [a, b] = mock.store.all()
    if (!a || !b) throw new Error('the seed holds fewer than two keys')
    mock.server.use(http.get(`${TEST_API_BASE}/v1/api-keys`, () => HttpResponse.json({ api_keys: [a, b, a, b, a], next_page_token: null, total_count: 2 })))
    const rows = await read({ statuses: [a.status, b.status] }).done
    expect(ids(rows).sort()).toEqual([a.id, b.id].sort())
  })

  describe('a read that comes short of the server’s count fails with the numbers, rather than leave keys out unseen', () => {
    const newestFirst = () => [...mock.store.all()].sort((a, b) => b.create_time.localeCompare(a.create_time) || a.id.localeCompare(b.id))
    function servePages(pages: Record<string, { rows: number[]; next: string | null; total: number }>) {
      const keys = newestFirst()
      mock.server.use(
        http.get(`${TEST_API_BASE}/v1/api-keys`, ({ request }) => {
          const answer = pages[new URL(request.url).searchParams.get('page_token') ?? '']
          return answer ? HttpResponse.json({ api_keys: answer.rows.map((i) => keys[i]), next_page_token: answer.next, total_count: answer.total }) : HttpResponse.json({}, { status: 404 })
        }),
      )
    }

    it('in the browser’s read: keys repeated across pages in place of others', async () => {
      mock.api.setDialect('documented')
      servePages({ '': { rows: [0, 1, 2], next: 't2', total: 6 }, t2: { rows: [0, 1, 3], next: null, total: 6 } })
      await expect(read({ environment: 'PRODUCTION' }).done).rejects.toThrow('The server counted 6 keys but sent 4 different ones: 2 may be missing, and this needs every one.')
    })

    it('in a read of the server’s own pages: fewer keys than its count', async () => {
      mock.api.setDialect('coval')
      servePages({ '': { rows: [0, 1], next: 't2', total: 4 }, t2: { rows: [2], next: null, total: 4 } })
      await expect(read({}).done).rejects.toThrow('The server counted 4 keys but sent 3 different ones: 1 may be missing')
    })

    it('a key of an earlier page sent again is read once, without blaming the order the server keeps', async () => {
      mock.api.setDialect('coval')
      // Key 0, the newest, again at the top of page 2: out of order only because it repeats.
      servePages({ '': { rows: [0, 1], next: 't2', total: 4 }, t2: { rows: [0, 2, 3], next: null, total: 4 } })
      const { done, store } = read({})
      expect(ids(await done)).toEqual(ids(newestFirst().slice(0, 4)))
      expect(store.get(TEST_API_BASE)).toMatchObject({ orderBy: 'unknown', defaultOrder: 'honoured' })
    })

    it('but not when it sent every key it counted', async () => {
      mock.api.setDialect('coval')
      servePages({ '': { rows: [0, 1], next: 't2', total: 3 }, t2: { rows: [2], next: null, total: 3 } })
      expect(await read({}).done).toHaveLength(3)
    })
  })
})
