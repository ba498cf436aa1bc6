// The list layer's test harness: the mock in some dialect, the test's own answer for a view
// (computed from the mock's records, never from the app), and the hook rendered over it.
import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import type { ApiKeyRecord } from '../api/api-key-schema'
import { NETWORK_ERROR } from '../mocks/mock-api'
import type { MockDialect } from '../mocks/dialect'
import { TEST_API_BASE, startMockApiServer } from './mock-api-server'
import { capabilityStore } from '../features/api-keys/api/capability-store'
import { servicesWrapper, testServices } from './test-services'
import { useKeysList } from '../features/api-keys/api/use-keys-list'

export const NOW = new Date()
export const mock = startMockApiServer(() => NOW)
const HOUR = 3600_000
const DAY = 24 * HOUR

// --- The test's own answer ----------------------------------------------------------------------

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export function expected(search: string, records: readonly ApiKeyRecord[]): { ids: string[]; total: number } {
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
export function serve(dialect: MockDialect, { ignore = [], refuse = [] }: { ignore?: Parameter[]; refuse?: Parameter[] } = {}) {
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

export function renderList(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } })
  const wrapper = servicesWrapper(testServices({ queryClient }))
  const hook = renderHook(() => useKeysList(), { wrapper })
  return { ...hook, queryClient, capabilities: () => capabilityStore(queryClient).get(TEST_API_BASE) }
}

export async function settled(result: { current: ReturnType<typeof useKeysList> }) {
  await waitFor(() => {
    const { list } = result.current
    expect(list.error).toBeNull()
    expect(list.pending || list.placeholder || list.reading !== null || list.total === null).toBe(false)
  })
  return result.current
}

/** The settled list of a view, what it shows, and the test's own answer for it. */
export async function answer(search: string) {
  const view = renderList(search)
  const shown = await settled(view.result)
  return { ...view, shown, got: { ids: shown.list.rows.map((r) => r.id), total: shown.list.total }, want: expected(search, mock.store.all()) }
}
