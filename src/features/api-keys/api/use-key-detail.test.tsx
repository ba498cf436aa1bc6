// One key found through the list, under each server the contract describes.
import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import type { MockDialect } from '../../../mocks/dialect'
import { TEST_API_BASE, startMockApiServer } from '../../../test/mock-api-server'
import { useKeyDetail } from './use-key-detail'
import { apiKeyKeys } from './query-keys'
import { NOTHING_LEFT_OUT } from '../../../api/api-keys/list-api-keys'
import { capabilityStore } from './capability-store'
import { servicesWrapper, testServices } from '../../../test/test-services'

const mock = startMockApiServer()

function serve(dialect: MockDialect) {
  mock.api.setDialect(dialect)
  const seen: URL[] = []
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
      seen.push(new URL(request.url))
      const result = await mock.api.handle(request)
      return result === NETWORK_ERROR ? Response.error() : result
    }),
  )
  return seen
}

function renderDetail(id: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } })
  const wrapper = servicesWrapper(testServices({ queryClient }))
  return { ...renderHook(() => useKeyDetail(id), { wrapper }), queryClient }
}

async function settled(result: { current: ReturnType<typeof useKeyDetail> }) {
  await waitFor(() => expect(result.current.confirmed).toBe(true))
  return result.current
}

describe.each(['documented', 'coval', 'aip160'] as const)('under a %s server', (dialect) => {
  it('finds a key of any status, whatever the server does with the id filter', async () => {
    serve(dialect)
    const revoked = mock.store.all().find((record) => record.status === 'REVOKED')
    if (!revoked) throw new Error('The seed has no revoked key')
    const { result } = renderDetail(revoked.id)
    const detail = await settled(result)
    expect(detail.key).toMatchObject({ id: revoked.id, name: revoked.name, status: 'REVOKED', api_key: expect.stringMatching(/^\*{4}-/) })
    expect(detail.notFound).toBe(false)
  })

  it('says plainly when no key has the id', async () => {
    serve(dialect)
    const { result } = renderDetail('01ZZZZZZZZZZZZZZZZZZZZZZZZ')
    const detail = await settled(result)
    expect(detail).toMatchObject({ key: null, notFound: true })
  })
})

it('asks a server that honours filters for the one key', async () => {
  const seen = serve('coval')
  const [record] = mock.store.all()
  if (!record) throw new Error('The seed is empty')
  const { result } = renderDetail(record.id)
  await settled(result)
  expect(seen.at(-1)?.searchParams.get('filter')).toBe(`id = "${record.id}"`)
  expect(seen.at(-1)?.searchParams.get('status')).toBe('ACTIVE,SUSPENDED,REVOKED,EXPIRED')
})

it('reads every key in the browser when the server ignores the filter, and learns so', async () => {
  const seen = serve('documented')
  const record = mock.store.all().at(-1)
  if (!record) throw new Error('The seed is empty')
  const { result, queryClient } = renderDetail(record.id)
  expect((await settled(result)).key?.id).toBe(record.id)
  expect(capabilityStore(queryClient).get(TEST_API_BASE).filter).toBe('ignored')
  expect(seen.filter((url) => !url.searchParams.has('filter')).length).toBeGreaterThan(1)
})

describe('when the server keeps failing', () => {
  function renderRetrying(id: string, prime?: (queryClient: QueryClient) => void) {
    // The app's retry count, without the waits between tries.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0, staleTime: Infinity, refetchOnWindowFocus: false } } })
    prime?.(queryClient)
    const wrapper = servicesWrapper(testServices({ queryClient }))
    return renderHook(() => useKeyDetail(id), { wrapper })
  }

  it('gives up after the probe’s own tries, not the probe’s tries for each try of the whole read', async () => {
    const seen = serve('coval')
    const [record] = mock.store.all()
    if (!record) throw new Error('The seed is empty')
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: null })
    const { result } = renderRetrying(record.id)
    await waitFor(() => expect(result.current.error).not.toBeNull())
    // The id filter is not yet proven on this server: its probe is tried 4 times, once.
    expect(seen).toHaveLength(4)
  })

  it('keeps the row the list showed when the check fails, unconfirmed', async () => {
    serve('coval')
    const [record] = mock.store.all()
    if (!record) throw new Error('The seed is empty')
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: null })
    const row = { id: record.id, name: record.name }
    const { result } = renderRetrying(record.id, (queryClient) =>
      queryClient.setQueryData([...apiKeyKeys.lists(), 'a page'], { api_keys: [row], ...NOTHING_LEFT_OUT, next_page_token: null, total_count: 1 }),
    )
    await waitFor(() => expect(result.current.error).not.toBeNull())
    expect(result.current).toMatchObject({ key: row, confirmed: false, notFound: false, pending: false })
  })
})
