import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { keyFrom } from '../../../test/api-key'
import { patchKeyInLists, removeKeyFromLists } from './list-cache'
import { NO_FAULTS, type ListState } from './list-state'
import { apiKeyKeys } from './query-keys'
import { useKeptThroughFailure } from './use-kept-through-failure'

const PAGE_ONE = [keyFrom({ id: 'A', name: 'CI deploys' }), keyFrom({ id: 'B', name: 'Billing job' })]
const failure = new Error('Injected failure.')

function state(change: Partial<ListState>): ListState {
  return {
    rows: [],
    total: null,
    pending: false,
    placeholder: false,
    refreshing: false,
    paused: false,
    error: null,
    retry: () => {},
    canNext: false,
    reading: null,
    failedAfter: null,
    stopped: null,
    rowsWithoutId: 0,
    beyondEnd: false,
    faults: NO_FAULTS,
    startAgain: () => {},
    ...change,
  }
}

const loaded = state({ rows: PAGE_ONE, total: 40, canNext: true })
// A view with nothing of its own to show: its only answer failed (a placeholder, if any, is gone with it).
const failed = state({ pending: true, error: failure })

/** The hook over a cache that holds page 1 as it was read (a kept row is shown as the cache now has it). */
interface HookProps {
  list: ListState
  page: number
  filterKey: string
  standIn?: boolean
}

function render(list: ListState, page: number, filterKey: string, standIn = false) {
  const client = new QueryClient()
  client.setQueryData([...apiKeyKeys.lists(), 'server', 'page 1'], { api_keys: PAGE_ONE, next_page_token: 't2', total_count: 40 })
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  const initialProps: HookProps = { list, page, filterKey, standIn }
  const hook = renderHook((props: HookProps) => useKeptThroughFailure(props.list, props.page, 20, props.filterKey, props.standIn), { initialProps, wrapper })
  return { ...hook, client }
}

describe('useKeptThroughFailure', () => {
  it('while a view the browser reads has no rows yet, the rows on screen stand in, dimmed, whichever view they are', () => {
    const waiting = state({ pending: true })
    const { result, rerender } = render(loaded, 1, 'q=e')
    // A letter more typed while the read goes on: the rows of "e" stay, not a skeleton.
    rerender({ list: waiting, page: 1, filterKey: 'q=ev', standIn: true })
    expect(result.current).toMatchObject({ rows: PAGE_ONE, pending: false, placeholder: true, loading: true, total: null, canNext: false, kept: null })
    rerender({ list: waiting, page: 1, filterKey: 'q=eva', standIn: true })
    expect(result.current.rows).toBe(PAGE_ONE)
    const eva = [keyFrom({ id: 'C', name: 'Evaluation bot' })]
    rerender({ list: state({ rows: eva, total: 1 }), page: 1, filterKey: 'q=eva', standIn: false })
    expect(result.current).toMatchObject({ rows: eva, placeholder: false, loading: false })
  })

  it('stands in nothing where nothing was on screen, nor where it may not', () => {
    const waiting = state({ pending: true })
    const first = render(waiting, 1, 'q=e', true)
    expect(first.result.current).toMatchObject({ pending: true, rows: [] })
    const refused = render(loaded, 1, 'q=e')
    refused.rerender({ list: waiting, page: 1, filterKey: 'q=ev', standIn: false })
    expect(refused.result.current).toMatchObject({ pending: true, rows: [] })
  })

  it('passes a view’s own rows through, kept nothing', () => {
    const { result } = render(loaded, 1, 'size=20')
    expect(result.current.rows).toBe(PAGE_ONE)
    expect(result.current.kept).toBeNull()
    expect(result.current.total).toBe(40)
  })

  it('keeps the page shown when the next one fails, named as that page, with no count and no Next', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    expect(result.current.rows).toEqual(PAGE_ONE)
    expect(result.current.kept).toEqual({ page: 1, pageSize: 20, pageTurn: true })
    expect(result.current).toMatchObject({ pending: false, placeholder: true, total: null, canNext: false, error: failure })
  })

  it('keeps the rows through a failed sort or filter, said not to be a page turn', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 1, filterKey: 'env=STAGING&size=20' })
    expect(result.current.rows).toEqual(PAGE_ONE)
    expect(result.current.kept).toEqual({ page: 1, pageSize: 20, pageTurn: false })
  })

  it('keeps the last rows loaded, not a placeholder, through a second failure', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: state({ rows: PAGE_ONE, placeholder: true }), page: 2, filterKey: 'size=20' })
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    rerender({ list: failed, page: 1, filterKey: 'env=STAGING&size=20' })
    expect(result.current.kept).toEqual({ page: 1, pageSize: 20, pageTurn: false })
    expect(result.current.rows).toEqual(PAGE_ONE)
  })

  it('follows what is done to the kept rows: a key suspended shows suspended, a key deleted goes, and with the last one the rows go', () => {
    const { result, rerender, client } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    act(() => void patchKeyInLists(client, 'A', (key) => ({ ...key, status: 'SUSPENDED' })))
    expect(result.current.rows.map((key) => [key.id, key.status])).toEqual([['A', 'SUSPENDED'], ['B', PAGE_ONE[1]?.status]])
    act(() => void removeKeyFromLists(client, 'B'))
    expect(result.current.rows.map((key) => key.id)).toEqual(['A'])
    act(() => void removeKeyFromLists(client, 'A'))
    expect(result.current.kept).toBeNull()
    expect(result.current.rows).toEqual([])
  })

  it('keeps nothing on a first load that fails', () => {
    const { result } = render(failed, 1, 'size=20')
    expect(result.current.rows).toEqual([])
    expect(result.current.kept).toBeNull()
    expect(result.current.pending).toBe(true)
  })

  it('keeps nothing when the same view fails again after its rows were let go (read afresh)', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 1, filterKey: 'size=20' })
    expect(result.current.kept).toBeNull()
    expect(result.current.rows).toEqual([])
  })

  it('keeps nothing for a page past the end or a stopped read: they say so themselves', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: state({ pending: true, error: failure, beyondEnd: true }), page: 9, filterKey: 'size=20' })
    expect(result.current.kept).toBeNull()
    rerender({ list: state({ pending: true, error: failure, stopped: { read: 100, expected: 300, resume: () => {} } }), page: 1, filterKey: 'q=a&size=20' })
    expect(result.current.kept).toBeNull()
  })

  it('lets the kept rows go once the view asked for loads', () => {
    const pageTwo = [keyFrom({ id: 'C', name: 'Nightly export' })]
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    rerender({ list: state({ rows: pageTwo, total: 40 }), page: 2, filterKey: 'size=20' })
    expect(result.current.rows).toBe(pageTwo)
    expect(result.current.kept).toBeNull()
  })
})
