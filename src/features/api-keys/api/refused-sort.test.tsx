// A sort the server refuses (a 400 naming order_by) is done in the browser from then on: the rows
// on screen stay, dimmed, until the browser's read brings the sorted ones; never an empty table between.
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { servicesWrapper, testServices } from '../../../test/test-services'
import { expected, mock, serve, settled } from '../../../test/keys-list-harness'
import { useKeysList } from './use-keys-list'

afterEach(() => window.history.replaceState(null, '', '/'))

interface Seen {
  ids: string[]
  pending: boolean
  error: unknown
}

function renderWatched() {
  window.history.replaceState(null, '', '/')
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } })
  const seen: Seen[] = []
  const hook = renderHook(
    () => {
      const keys = useKeysList()
      seen.push({ ids: keys.list.rows.map((row) => row.id), pending: keys.list.pending, error: keys.list.error })
      return keys
    },
    { wrapper: servicesWrapper(testServices({ queryClient })) },
  )
  return { ...hook, seen }
}

describe('a sort the server refuses', () => {
  it.each(['coval', 'documented'] as const)('keeps the rows on screen until the browser has sorted them (%s server)', async (dialect) => {
    serve(dialect, { refuse: ['order_by'] })
    const { result, seen } = renderWatched()
    const before = await settled(result)
    const shown = before.list.rows.map((row) => row.id)
    const from = seen.length
    act(() => result.current.setFilters({ sort: { field: 'last_used_at', desc: false } }))
    await waitFor(() => expect(result.current.browserReasons).not.toBeNull())
    const after = await settled(result)
    expect({ ids: after.list.rows.map((row) => row.id), total: after.list.total }).toEqual(expected('?sort=last_used_at.asc', mock.store.all()))
    // Every render between showed the earlier rows or the sorted ones, and no error.
    const sorted = after.list.rows.map((row) => row.id)
    for (const state of seen.slice(from)) {
      expect(state.error).toBeNull()
      expect([shown, sorted]).toContainEqual(state.ids)
    }
  })
})
