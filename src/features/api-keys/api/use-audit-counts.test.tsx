// The audit's figures under each server behaviour: each count must be what this test computes
// itself from the mock's records, by server counts (coval, aip160) or one read (documented).
import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import type { ApiKeyRecord } from '../../../api/api-key-schema'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import { TEST_API_BASE, startMockApiServer } from '../../../test/mock-api-server'
import { allFigures, auditFigures } from '../model/audit-figures'
import type { AuditView } from '../model/audit-view'
import { useAuditCounts } from './use-audit-counts'
import { servicesWrapper, testServices } from '../../../test/test-services'

const NOW = new Date()
const mock = startMockApiServer(() => NOW)
const HOUR = 3600_000
const DAY = 24 * HOUR
const hour = Math.floor(Date.now() / HOUR) * HOUR

/** The test's own figures: a plain filter over every record. */
function expected(records: readonly ApiKeyRecord[], audit: AuditView): Map<string, number> {
  const inStatus = (r: ApiKeyRecord) => audit.status === 'all' || r.status === audit.status
  const usedAgo = (r: ApiKeyRecord) => (r.last_used_at === null ? null : hour - Date.parse(r.last_used_at))
  const created = (r: ApiKeyRecord, days: number) => Date.parse(r.create_time) < hour - days * DAY
  const spans: Record<string, (r: ApiKeyRecord) => boolean> = {
    used_24h: (r) => (usedAgo(r) ?? Infinity) <= DAY,
    used_1_30d: (r) => { const a = usedAgo(r); return a !== null && a > DAY && a <= 30 * DAY },
    used_30_90d: (r) => { const a = usedAgo(r); return a !== null && a > 30 * DAY && a <= 90 * DAY },
    used_over_90d: (r) => { const a = usedAgo(r); return a !== null && a > 90 * DAY },
    never: (r) => r.last_used_at === null,
  }
  const count = (where: (r: ApiKeyRecord) => boolean) => records.filter(where).length
  const result = new Map<string, number>()
  for (const environment of ['PRODUCTION', 'STAGING', 'DEVELOPMENT']) {
    for (const [span, test] of Object.entries(spans)) result.set(`last-use:${environment}:${span}`, count((r) => inStatus(r) && r.environment === environment && test(r)))
  }
  result.set('never-used', count((r) => inStatus(r) && r.last_used_at === null && created(r, 7)))
  result.set('rotation-due', count((r) => inStatus(r) && created(r, audit.policy)))
  for (const status of ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED']) result.set(`status:${status}`, count((r) => r.status === status))
  for (const type of ['SERVICE', 'USER']) result.set(`type:${type}`, count((r) => inStatus(r) && r.key_type === type))
  return result
}

function render(audit: AuditView) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } })
  const wrapper = servicesWrapper(testServices({ queryClient }))
  const figures = allFigures(auditFigures(audit, Date.now()))
  return renderHook(() => useAuditCounts(figures), { wrapper }).result
}

/** Records every list request's page size: a count is one key, a read is 100. */
function watch() {
  const sizes: number[] = []
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
      sizes.push(Number(new URL(request.url).searchParams.get('page_size')))
      const result = await mock.api.handle(request)
      return result === NETWORK_ERROR ? Response.error() : result
    }),
  )
  return sizes
}

describe.each([
  ['coval', 'server'],
  ['aip160', 'server'],
  ['documented', 'browser'],
] as const)('the audit from a %s server', (dialect, mode) => {
  it.each([{ status: 'ACTIVE', policy: 90 } as const, { status: 'all', policy: 30 } as const])('figures for %o', async (audit) => {
    mock.api.setDialect(dialect)
    const sizes = watch()
    const result = render(audit)
    const want = expected(mock.store.all(), audit)
    await waitFor(() => expect(result.current.counts.size).toBe(want.size))
    expect(Object.fromEntries(result.current.counts)).toEqual(Object.fromEntries(want))
    expect(result.current.mode).toBe(mode)
    // Counts are requests of one key (probes ask for two at most); a read asks for 100 at a time, once.
    const reads = sizes.filter((size) => size === 100).length
    expect({ largest: Math.max(...sizes) <= 2 ? 'one key' : 'pages', reads }).toEqual(
      mode === 'server' ? { largest: 'one key', reads: 0 } : { largest: 'pages', reads: Math.ceil(mock.store.size / 100) },
    )
  })
})
