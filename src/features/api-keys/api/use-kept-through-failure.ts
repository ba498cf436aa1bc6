import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useReducer, useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ListState } from './list-state'
import { apiKeyKeys } from './query-keys'

/** Rows of the last view that loaded, kept on screen because the view asked for since failed to. */
export interface KeptRows {
  /** Their page, in their own view. */
  readonly page: number
  /** Their page size (a failed page-size change asked for another). */
  readonly pageSize: number
  /** Only the page differs from the view asked for: a failed page turn, not a failed sort, filter or page size. */
  readonly pageTurn: boolean
  /** Rows shown on the pages before theirs, where known (ListState.shownBefore). */
  readonly shownBefore?: number
}

/**
 * The list as the screen shows it: `kept` while an earlier view's rows stand in for one that failed;
 * `loading` while they stand in for one still being read (dimmed past a moment; no range claimed);
 * `own` when the rows are this view's own answer (what is kept, should the next view fail).
 */
export type ShownList = ListState & { readonly kept: KeptRows | null; readonly loading: boolean; readonly own: boolean }

interface Loaded {
  readonly rows: readonly ApiKey[]
  readonly page: number
  readonly pageSize: number
  readonly filterKey: string
  readonly shownBefore?: number
}

/**
 * A page turn, sort or filter whose answer failed keeps the rows that were on screen beside the error
 * and its Retry, as a failed refresh keeps its own rows: the table does not give way to an error alone,
 * and the focus stays where it was (on Next, say) instead of falling with the table. The rows follow
 * what is done to them meanwhile (a key suspended or deleted from them). `filterKey`: the view but its
 * page (filterKeyOf). Not for a first load, a page past the end or a stopped read: those have nothing
 * earlier to keep, or say so themselves. `standIn`: the rows on screen may stand in, dimmed, while
 * this view's first rows are read (a view the browser reads: the server's last page, or the view
 * before it, whose rows a letter more typed in the search would otherwise give way to a skeleton).
 */
export function useKeptThroughFailure(list: ListState, page: number, pageSize: number, filterKey: string, standIn = false): ShownList {
  // The rows the table shows now (none while a skeleton, a panel or an error alone takes its place).
  const [onScreen, setOnScreen] = useState<readonly ApiKey[] | null>(null)
  const shown = useShownList(list, page, pageSize, filterKey, standIn ? onScreen : null)
  const rows = !shown.pending && shown.rows.length > 0 ? shown.rows : null
  if (!sameRows(rows, onScreen)) setOnScreen(rows)
  return shown
}

/** The same keys, as the same objects, in the same order (a kept page is read from the cache afresh each render). */
function sameRows(a: readonly ApiKey[] | null, b: readonly ApiKey[] | null): boolean {
  return a === b || (a !== null && b !== null && a.length === b.length && a.every((key, i) => key === b[i]))
}

function useShownList(list: ListState, page: number, pageSize: number, filterKey: string, standIn: readonly ApiKey[] | null): ShownList {
  const client = useQueryClient()
  // The last view whose own rows were on screen (set as they render: one more pass of the caller alone, not of the page).
  // Each list keeps its rows' array while they stand (useBrowserList memoizes its page), or this would set it every render.
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const own = list.error === null && !list.pending && !list.placeholder && list.rows.length > 0
  if (own && (loaded === null || loaded.rows !== list.rows || loaded.page !== page || loaded.filterKey !== filterKey)) setLoaded({ rows: list.rows, page, pageSize, filterKey, shownBefore: list.shownBefore })
  const failedEmpty = list.error !== null && list.pending && list.rows.length === 0 && !list.beyondEnd && list.stopped === null
  const keeping = failedEmpty && loaded !== null && (loaded.page !== page || loaded.filterKey !== filterKey)
  useRedrawOnListChange(client, keeping)
  // The rows on screen, standing in while this view's first are read (use-keys-list.ts).
  if (standIn !== null && list.pending && list.error === null) {
    return { ...list, rows: standIn, pending: false, placeholder: true, total: null, canNext: false, kept: null, loading: true, own: false }
  }
  if (!keeping) return { ...list, kept: null, loading: list.placeholder, own }
  const rows = asNowCached(client, loaded.rows)
  if (rows.length === 0) return { ...list, kept: null, loading: list.placeholder, own }
  return {
    ...list,
    rows,
    // Not this view's count, nor known to be theirs still.
    total: null,
    pending: false,
    placeholder: true,
    canNext: false,
    kept: { page: loaded.page, pageSize: loaded.pageSize, pageTurn: loaded.filterKey === filterKey, shownBefore: loaded.shownBefore },
    loading: false,
    own: false,
  }
}

/** While rows are kept, a change to any cached list (a key patched or taken out by a write) draws them again. */
function useRedrawOnListChange(client: QueryClient, active: boolean) {
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (!active) return
    const lists = apiKeyKeys.lists()
    return client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success' && lists.every((part, i) => event.query.queryKey[i] === part)) redraw()
    })
  }, [client, active])
}

/**
 * The kept rows as the cache now holds them: each key as the most recently written list page has it,
 * and none that no cached list holds any more (deleted). A write patches every cached page holding the
 * key, the kept view's own among them, so this follows it.
 */
function asNowCached(client: QueryClient, rows: readonly ApiKey[]): readonly ApiKey[] {
  const latest = new Map<string, { key: ApiKey; at: number }>()
  for (const query of client.getQueryCache().findAll({ queryKey: apiKeyKeys.lists() })) {
    const keys = (query.state.data as { api_keys?: unknown } | undefined)?.api_keys
    if (!Array.isArray(keys)) continue
    for (const key of keys as ApiKey[]) {
      const seen = latest.get(key.id)
      if (!seen || seen.at < query.state.dataUpdatedAt) latest.set(key.id, { key, at: query.state.dataUpdatedAt })
    }
  }
  return rows.flatMap((row) => latest.get(row.id)?.key ?? [])
}
