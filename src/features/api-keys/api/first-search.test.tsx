// A first search, which the browser answers on every server (no filter dialect they share says
// "the name holds"), from every key of the view's statuses: the rows on screen stay, dimmed, until
// that read brings the search's own; and the read can start before the search is typed, once the
// search box has the focus or the pointer.
import { act, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { NETWORK_ERROR } from '../../../mocks/mock-api'
import type { MockDialect } from '../../../mocks/dialect'
import { TEST_API_BASE } from '../../../test/mock-api-server'
import { apiKeyKeys } from './query-keys'
import { isRateLimited } from '../../../api/rate-limit'
import { expected, mock, renderList, serve, settled } from '../../../test/keys-list-harness'

afterEach(() => window.history.replaceState(null, '', '/'))

/** The mock in `dialect`, every page of a browser's read (100 keys) held until `release`. */
function serveWithReadHeld(dialect: MockDialect) {
  mock.api.setDialect(dialect)
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const reads: URL[] = []
  mock.server.use(
    http.get(`${TEST_API_BASE}/v1/api-keys`, async ({ request }) => {
      const url = new URL(request.url)
      if (url.searchParams.get('page_size') === '100') {
        reads.push(url)
        await held
      }
      const result = await mock.api.handle(new Request(url, { headers: request.headers }))
      return result === NETWORK_ERROR ? Response.error() : result
    }),
  )
  return { reads, release }
}

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id)

describe('a first search the browser answers', () => {
  it('keeps the server’s page on screen, dimmed and uncounted, until the read brings the search’s own rows', async () => {
    const { reads, release } = serveWithReadHeld('documented')
    const { result } = renderList('')
    const before = await settled(result)
    act(() => result.current.setSearch('e'))
    await waitFor(() => expect(reads.length).toBeGreaterThan(0))
    const { list } = result.current
    expect({ pending: list.pending, placeholder: list.placeholder, total: list.total, canNext: list.canNext }).toEqual({ pending: false, placeholder: true, total: null, canNext: false })
    expect(ids(list.rows)).toEqual(ids(before.list.rows))
    release()
    const after = await settled(result)
    expect({ ids: ids(after.list.rows), total: after.list.total }).toEqual(expected('?q=e', mock.store.all()))
  })

  it('once a set of keys has been read, a read of other statuses keeps the rows on screen (the search’s), not the server’s page, which was not', async () => {
    const seen = serve('documented')
    const { result } = renderList('')
    const server = await settled(result)
    act(() => result.current.setSearch('e'))
    const searched = await settled(result)
    expect(seen.some((url) => url.searchParams.get('page_size') === '100')).toBe(true)
    expect(ids(searched.list.rows)).not.toEqual(ids(server.list.rows))
    const { release } = serveWithReadHeld('documented')
    act(() => result.current.setFilters({ statuses: ['ACTIVE'] }))
    expect({ pending: result.current.list.pending, placeholder: result.current.list.placeholder, total: result.current.list.total }).toEqual({ pending: false, placeholder: true, total: null })
    expect(ids(result.current.list.rows)).toEqual(ids(searched.list.rows))
    release()
    const after = await settled(result)
    expect({ ids: ids(after.list.rows), total: after.list.total }).toEqual(expected('?status=ACTIVE&q=e', mock.store.all()))
  })
})

/**
 * The view `search` settled on a `documented` server; `intend()` calls prefetchSearch and returns what
 * it asked for. `asked()` counts what was asked for but the list's own next page, read ahead once its page is painted: on a
 * busy machine that lands at any time, inside or outside what a test counts.
 */
async function settledView(search: string) {
  const all = serve('documented')
  const view = renderList(search)
  const { list } = await settled(view.result)
  const pageSize = new URLSearchParams(search).get('size') ?? '20'
  const readAhead = (url: URL) => url.searchParams.has('page_token') && url.searchParams.get('page_size') === pageSize
  const asked = () => all.filter((url) => !readAhead(url)).length
  const intend = async () => {
    const before = all.length
    act(() => view.result.current.prefetchSearch())
    await waitFor(() => expect(view.queryClient.isFetching()).toBe(0))
    return all.slice(before).filter((url) => !readAhead(url))
  }
  return { ...view, asked, list, intend }
}

describe('the search box’s focus or pointer (prefetchSearch)', () => {
  it('a read ahead the server told to wait is not asked again when the search shows: the view shows the wait, to be counted down', async () => {
    const { result, asked, intend } = await settledView('')
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 5, body: 'envelope' }, times: 1, method: 'GET' })
    const ahead = await intend()
    expect(ahead).toHaveLength(1)
    const before = asked()
    act(() => result.current.setSearch('e'))
    // It asked again at once, 41 ms after the 429, and the wait was never shown.
    await waitFor(() => expect(isRateLimited(result.current.list.error)).toBe(true))
    expect(asked()).toBe(before)
  })

  it('starts the read a search needs, so the first keystroke’s rows show at once and are not asked for again', async () => {
    const { result, queryClient, asked, intend } = await settledView('')
    const ahead = await intend()
    expect(ahead.length).toBeGreaterThan(0)
    expect(ahead.every((url) => url.searchParams.get('page_size') === '100' && url.searchParams.get('status') === 'ACTIVE,SUSPENDED,REVOKED,EXPIRED')).toBe(true)
    const before = asked()
    act(() => result.current.setSearch('e'))
    const { list } = result.current
    expect(list.pending || list.placeholder).toBe(false)
    expect({ ids: ids(list.rows), total: list.total }).toEqual(expected('?q=e', mock.store.all()))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(asked()).toBe(before)
  })

  it('does not read a set again that was read already, even once it is stale: a pointer passing by is no reason to', async () => {
    const { queryClient, intend } = await settledView('')
    expect((await intend()).length).toBeGreaterThan(0)
    await act(() => queryClient.invalidateQueries({ queryKey: apiKeyKeys.keySets(), refetchType: 'none' }))
    expect(await intend()).toEqual([])
  })

  it('reads only the statuses the view shows', async () => {
    const { intend } = await settledView('?status=SUSPENDED')
    expect(new Set((await intend()).map((url) => url.searchParams.get('status')))).toEqual(new Set(['SUSPENDED']))
  })

  it.each([
    ['the view is narrowed by more than its statuses (its count is not the read’s size)', '?type=USER'],
    ['a search is already applied', '?q=e'],
  ] as const)('asks nothing when %s', async (_, search) => {
    const { intend } = await settledView(search)
    expect(await intend()).toEqual([])
  })

  it('asks nothing when the read would be more than ten pages', async () => {
    // The seeded keys over again, each under an id of its own, to 1,001.
    const records = mock.store.all()
    const many = [records, records, records, records].flat().slice(0, 1_001)
    expect(many).toHaveLength(1_001)
    mock.store.replaceAll(many.map((record, i) => ({ ...record, id: `01KEY${String(i).padStart(21, '0')}` })))
    const { list, intend } = await settledView('')
    expect(list.total).toBe(1_001)
    expect(await intend()).toEqual([])
  })
})
