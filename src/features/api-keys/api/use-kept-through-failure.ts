import { useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ListState } from './list-state'

/** Rows of the last view that loaded, kept on screen because the view asked for since failed to. */
export interface KeptRows {
  /** Their page, in their own view. */
  readonly page: number
  /** Only the page differs from the view asked for: a failed page turn, not a failed sort, filter or page size. */
  readonly pageTurn: boolean
}

/** The list as the screen shows it: `kept` while an earlier view's rows stand in for one that failed. */
export type ShownList = ListState & { readonly kept: KeptRows | null }

interface Loaded {
  readonly rows: readonly ApiKey[]
  readonly page: number
  readonly filterKey: string
}

/**
 * A page turn, sort or filter whose answer failed keeps the rows that were on screen, dimmed, beside
 * the error and its Retry, as a failed refresh keeps its own rows: the table does not give way to an
 * error alone, and the focus stays where it was (on Next, say) instead of falling with the table.
 * `filterKey`: the view but its page (filterKeyOf). Not for a first load, a page past the end or a
 * stopped read: those have nothing earlier to keep, or say so themselves.
 */
export function useKeptThroughFailure(list: ListState, page: number, filterKey: string): ShownList {
  // The last view whose own rows were on screen (set as they render: one more pass of the caller alone, not of the page).
  // Each list keeps its rows' array while they stand (useBrowserList memoizes its page), or this would set it every render.
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const own = list.error === null && !list.pending && !list.placeholder && list.rows.length > 0
  if (own && (loaded === null || loaded.rows !== list.rows || loaded.page !== page || loaded.filterKey !== filterKey)) setLoaded({ rows: list.rows, page, filterKey })
  const failedEmpty = list.error !== null && list.pending && list.rows.length === 0 && !list.beyondEnd && list.stopped === null
  if (!failedEmpty || loaded === null || (loaded.page === page && loaded.filterKey === filterKey)) return { ...list, kept: null }
  return {
    ...list,
    rows: loaded.rows,
    // Not this view's count, nor known to be theirs still.
    total: null,
    pending: false,
    placeholder: true,
    canNext: false,
    kept: { page: loaded.page, pageTurn: loaded.filterKey === filterKey },
  }
}
