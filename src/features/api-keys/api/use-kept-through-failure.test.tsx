import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { keyFrom } from '../../../test/api-key'
import { NO_FAULTS, type ListState } from './list-state'
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

function render(list: ListState, page: number, filterKey: string) {
  return renderHook((props) => useKeptThroughFailure(props.list, props.page, props.filterKey), { initialProps: { list, page, filterKey } })
}

describe('useKeptThroughFailure', () => {
  it('passes a view’s own rows through, kept nothing', () => {
    const { result } = render(loaded, 1, 'size=20')
    expect(result.current.rows).toBe(PAGE_ONE)
    expect(result.current.kept).toBeNull()
    expect(result.current.total).toBe(40)
  })

  it('keeps the page shown when the next one fails, named as that page, with no count and no Next', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    expect(result.current.rows).toBe(PAGE_ONE)
    expect(result.current.kept).toEqual({ page: 1, pageTurn: true })
    expect(result.current).toMatchObject({ pending: false, placeholder: true, total: null, canNext: false, error: failure })
  })

  it('keeps the rows through a failed sort or filter, said not to be a page turn', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: failed, page: 1, filterKey: 'env=STAGING&size=20' })
    expect(result.current.rows).toBe(PAGE_ONE)
    expect(result.current.kept).toEqual({ page: 1, pageTurn: false })
  })

  it('keeps the last rows loaded, not a placeholder, through a second failure', () => {
    const { result, rerender } = render(loaded, 1, 'size=20')
    rerender({ list: state({ rows: PAGE_ONE, placeholder: true }), page: 2, filterKey: 'size=20' })
    rerender({ list: failed, page: 2, filterKey: 'size=20' })
    rerender({ list: failed, page: 1, filterKey: 'env=STAGING&size=20' })
    expect(result.current.kept).toEqual({ page: 1, pageTurn: false })
    expect(result.current.rows).toBe(PAGE_ONE)
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
