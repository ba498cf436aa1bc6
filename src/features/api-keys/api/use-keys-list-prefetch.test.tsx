// A filter option's view fetched ahead (a pointer resting on it) is the very page pressing it shows.
import { act, waitFor } from '@testing-library/react'
import { expected, mock, renderList, serve, settled } from '../../../test/keys-list-harness'
import { isRateLimited } from '../../../api/rate-limit'

afterEach(() => window.history.replaceState(null, '', '/'))

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

  it('told to wait, is not asked again when the filter is pressed: the view shows the wait, to be counted down', async () => {
    const seen = serve('coval')
    const { result, queryClient } = renderList('')
    await settled(result)
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 5, body: 'envelope' }, times: 1, method: 'GET' })
    act(() => result.current.prefetchFilters({ statuses: ['SUSPENDED'] }))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    const asked = seen.length
    act(() => result.current.setFilters({ statuses: ['SUSPENDED'] }))
    await waitFor(() => expect(isRateLimited(result.current.list.error)).toBe(true))
    expect(seen.length).toBe(asked)
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
