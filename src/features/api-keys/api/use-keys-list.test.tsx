import { browserNote } from '../model/browser-note'
// The list layer over servers that honour different subsets of the list parameters: every row,
// the order and the count must be those this test computes itself from the mock's records.
import { QueryClient } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import type { ApiKeyRecord } from '../../../api/api-key-schema'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import type { MockDialect } from '../../../mocks/dialect'
import { TEST_API_BASE, startMockApiServer } from '../../../test/mock-api-server'
import { capabilityStore } from './capability-store'
import { useKeysList } from './use-keys-list'
import { servicesWrapper, testServices } from '../../../test/test-services'

const NOW = new Date()
const mock = startMockApiServer(() => NOW)
const HOUR = 3600_000
const DAY = 24 * HOUR

// --- The test's own answer ----------------------------------------------------------------------

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function expected(search: string, records: readonly ApiKeyRecord[]): { ids: string[]; total: number } {
  const params = new URLSearchParams(search)
  const hour = Math.floor(Date.now() / HOUR) * HOUR
  const statuses = params.get('status')?.split(',') ?? ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED']
  const used = (r: ApiKeyRecord) => (r.last_used_at === null ? null : Date.parse(r.last_used_at))
  const lastUsed: Record<string, (r: ApiKeyRecord) => boolean> = {
    never: (r) => used(r) === null,
    unused_30d: (r) => (used(r) ?? 0) < hour - 30 * DAY,
    unused_90d: (r) => (used(r) ?? 0) < hour - 90 * DAY,
    used_24h: (r) => (used(r) ?? 0) >= hour - DAY,
  }
  const q = params.get('q')?.toLowerCase()
  const rows = records.filter(
    (r) =>
      statuses.includes(r.status) &&
      (!params.get('env') || r.environment === params.get('env')) &&
      (!params.get('type') || r.key_type === params.get('type')) &&
      (!params.get('used') || (lastUsed[params.get('used') ?? '']?.(r) ?? false)) &&
      (!q || (r.name ?? '').toLowerCase().includes(q)),
  )
  const [field, direction] = (params.get('sort') ?? 'create_time.desc').split('.') as [keyof ApiKeyRecord & string, string]
  rows.sort((a, b) => {
    const [x, y] = [a[field] as string | null, b[field] as string | null]
    if ((x === null) !== (y === null)) return x === null ? 1 : -1
    const order = x === null || y === null ? 0 : field === 'name' ? collator.compare(x, y) : Date.parse(x) - Date.parse(y)
    if (order !== 0) return direction === 'desc' ? -order : order
    return a.id < b.id ? -1 : 1
  })
  const size = Number(params.get('size') ?? 20)
  const page = Number(params.get('page') ?? 1)
  return { ids: rows.slice((page - 1) * size, page * size).map((r) => r.id), total: rows.length }
}

// --- Servers ------------------------------------------------------------------------------------

type Parameter = 'environment' | 'filter' | 'order_by'

/** The mock in some dialect, with some parameters stripped (ignored) or answered with a 400 naming them (refused). */
function serve(dialect: MockDialect, { ignore = [], refuse = [] }: { ignore?: Parameter[]; refuse?: Parameter[] } = {}) {
  mock.api.setDialect(dialect)
  const seen: URL[] = []
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
      const url = new URL(request.url)
      seen.push(url)
      const refused = refuse.find((name) => url.searchParams.has(name))
      if (refused) {
        return Response.json({ error: { code: 'INVALID_ARGUMENT', message: `Bad ${refused}.`, details: [{ field: refused, description: `Bad ${refused}.` }] } }, { status: 400 })
      }
      for (const name of ignore) url.searchParams.delete(name)
      const result = await mock.api.handle(new Request(url, { headers: request.headers }))
      return result === NETWORK_ERROR ? Response.error() : result
    }),
  )
  return seen
}

function renderList(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } })
  const wrapper = servicesWrapper(testServices({ queryClient }))
  const hook = renderHook(() => useKeysList(), { wrapper })
  return { ...hook, queryClient, capabilities: () => capabilityStore(queryClient).get(TEST_API_BASE) }
}

async function settled(result: { current: ReturnType<typeof useKeysList> }) {
  await waitFor(() => {
    const { list } = result.current
    expect(list.error).toBeNull()
    expect(list.pending || list.placeholder || list.reading !== null || list.total === null).toBe(false)
  })
  return result.current
}

/** The settled list of a view, what it shows, and the test's own answer for it. */
async function answer(search: string) {
  const view = renderList(search)
  const shown = await settled(view.result)
  return { ...view, shown, got: { ids: shown.list.rows.map((r) => r.id), total: shown.list.total }, want: expected(search, mock.store.all()) }
}

afterEach(() => window.history.replaceState(null, '', '/'))

const VIEWS = [
  '',
  '?env=PRODUCTION',
  '?status=SUSPENDED,REVOKED&type=USER',
  '?used=used_24h&sort=name.asc',
  '?env=STAGING&used=unused_90d&sort=last_used_at.asc',
  '?q=bridge',
  '?type=SERVICE&sort=last_used_at.desc&size=10&page=3',
  '?env=DEVELOPMENT&sort=create_time.asc&page=2',
]

describe.each(['documented', 'coval', 'aip160'] as const)('right answers from a %s server', (dialect) => {
  it.each(VIEWS)('view %j', async (search) => {
    serve(dialect)
    const { got, want } = await answer(search)
    expect(got).toEqual(want)
  })
})

describe('capability detection', () => {
  it('an ignored environment is found by its probe; the environment then goes in the filter', async () => {
    const seen = serve('coval', { ignore: ['environment'] })
    const { capabilities, got, want } = await answer('?env=PRODUCTION')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ environment: 'ignored', filter: 'honoured' })
    expect(seen.at(-1)?.searchParams.get('filter')).toBe('environment = "PRODUCTION"')
  })

  it('an ignored environment is caught even when the first page happens to match, so the count is right', async () => {
    // The newest 45 keys are all production: pages 1 and 2 (fetched ahead) of an ignoring server look right, its count does not.
    const records = mock.store.all().sort((a, b) => b.create_time.localeCompare(a.create_time))
    mock.store.replaceAll(records.map((r, i) => (i < 45 ? { ...r, environment: 'PRODUCTION' } : r)))
    serve('documented')
    const { capabilities, shown, got, want } = await answer('?env=PRODUCTION')
    expect(got).toEqual(want)
    expect(shown.list.total).toBeLessThan(records.length)
    expect(capabilities().environment).toBe('ignored')
  })

  it('an ignored filter is found by its probe, and the browser filters', async () => {
    const seen = serve('coval', { ignore: ['filter'] })
    const { capabilities, shown, got, want } = await answer('?type=USER')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ filter: 'ignored' })
    expect(browserNote(shown.browserReasons ?? [])).toBe('This server ignores filters; filtering here in your browser.')
    expect(seen.at(-1)?.searchParams.get('page_size')).toBe('100')
  })

  it('an ignored order is found by its probe, and the browser sorts', async () => {
    serve('coval', { ignore: ['order_by'] })
    const { capabilities, shown, got, want } = await answer('?sort=name.desc')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ orderBy: 'ignored' })
    expect(browserNote(shown.browserReasons ?? [])).toBe('This server ignores the sort order; sorting here in your browser.')
  })

  it.each(['environment', 'filter', 'order_by'] as const)('a 400 naming %s marks it refused', async (parameter) => {
    serve('coval', { refuse: [parameter] })
    const search = { environment: '?env=STAGING', filter: '?type=SERVICE', order_by: '?sort=last_used_at.asc' }[parameter]
    const { capabilities, got, want } = await answer(search)
    expect(got).toEqual(want)
    const capability = parameter === 'order_by' ? 'orderBy' : parameter
    expect(capabilities()[capability]).toBe('refused')
  })

  it('a bare 400 without details, its message naming the parameter, counts as refusing it', async () => {
    mock.api.setDialect('coval')
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.has('environment')) return Response.json({ error: { code: 'INVALID_ARGUMENT', message: 'Unknown query parameter: environment' } }, { status: 400 })
        const result = await mock.api.handle(new Request(url, { headers: request.headers }))
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    const { capabilities, got, want } = await answer('?env=PRODUCTION&type=USER')
    expect(got).toEqual(want)
    expect(capabilities()).toMatchObject({ environment: 'refused', filter: 'honoured' })
  })

  it('a server that ignores a parameter only after the probe is caught by the rows it sends', async () => {
    // Honest while probed (page_size 1 and 2), ignoring afterwards: the check of each row catches it.
    mock.api.setDialect('coval')
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
        const url = new URL(request.url)
        if (Number(url.searchParams.get('page_size')) > 2) url.searchParams.delete('environment')
        const result = await mock.api.handle(new Request(url, { headers: request.headers }))
        return result === NETWORK_ERROR ? Response.error() : result
      }),
    )
    const { capabilities, got, want } = await answer('?env=DEVELOPMENT')
    expect(got).toEqual(want)
    expect(capabilities().environment).toBe('ignored')
  })

  it('under coval, the plain view and an environment need no browser read', async () => {
    const seen = serve('coval')
    const { got, want } = await answer('?env=PRODUCTION&type=SERVICE&sort=name.asc')
    expect(got).toEqual(want)
    expect(seen.every((url) => Number(url.searchParams.get('page_size')) <= 20)).toBe(true)
    expect(seen.at(-1)?.searchParams.get('filter')).toBe('key_type = "SERVICE"')
  })

  it('a probe that fails shows its error, and Retry probes again and shows the view', async () => {
    const seen = serve('coval')
    let failing = true
    mock.server.use(
      http.get(`${TEST_API_BASE}/v1/api-keys`, ({ request }) => {
        const url = new URL(request.url)
        if (!failing || !url.searchParams.has('environment')) return undefined
        seen.push(url)
        return Response.json({ error: { code: 'INTERNAL', message: 'Down for a moment.' } }, { status: 500 })
      }),
    )
    const { result } = renderList('?env=PRODUCTION')
    await waitFor(() => expect(result.current.list.error).not.toBeNull())
    expect(result.current.list.rows).toEqual([])
    failing = false
    result.current.list.retry()
    const shown = await settled(result)
    expect({ ids: shown.list.rows.map((r) => r.id), total: shown.list.total }).toEqual(expected('?env=PRODUCTION', mock.store.all()))
  })
})

describe('a filter fetched ahead (a pointer resting on it)', () => {
  it('is the very page pressing the filter shows: rows at once, and not asked for again', async () => {
    const seen = serve('coval')
    const { result, queryClient } = renderList('')
    await settled(result)
    const before = seen.length
    act(() => result.current.prefetchFilters({ statuses: ['SUSPENDED'] }))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    const ahead = seen.slice(before)
    expect(ahead.map((url) => url.searchParams.get('status'))).toEqual(['SUSPENDED'])
    act(() => result.current.setFilters({ statuses: ['SUSPENDED'] }))
    const { list } = result.current
    expect(list.pending || list.placeholder).toBe(false)
    const want = expected('?status=SUSPENDED', mock.store.all())
    expect({ ids: list.rows.map((r) => r.id), total: list.total }).toEqual(want)
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    // Only the page after it was asked for since (ahead of Next): never the first page again.
    expect(seen.slice(before + 1).every((url) => url.searchParams.has('page_token'))).toBe(true)
  })

  it('asks nothing for a view the browser must read (the server ignores part of it)', async () => {
    const seen = serve('documented')
    const { result, queryClient } = renderList('')
    await settled(result)
    const before = seen.length
    act(() => result.current.prefetchFilters({ environment: 'PRODUCTION' }))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(seen.length).toBe(before)
  })
})
