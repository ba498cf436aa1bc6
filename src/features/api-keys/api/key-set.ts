import { FRESH_FOR_MS } from '../../../api/fresh-for'
import type { ApiClient } from '../../../api/http-client'
import { queryOptions, skipToken, type Query, type QueryClient, type QueryFunctionContext, type QueryKey } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import type { KeyStatus } from '../../../api/enums'
import { comparatorFor } from '../../../api/sort'
import { shortOfCount, type KeysMissing } from '../model/answer-faults'
import { DEFAULT_SORT } from '../model/view-query'
import { everyPage, type PageRetry } from './every-page'
import { apiKeyKeys } from './query-keys'

// How often a first read shows how far it got: each showing re-renders the list.
const SHOW_EVERY_MS = 250

/** Every key of some statuses, read page by page in the browser. It has the shape of a list page so writes patch it like one. */
export interface KeySet {
  api_keys: ApiKey[]
  /** What the server says the whole read will come to: progress, not the view's count. */
  total_count: number
  next_page_token: null
  /** Every page has been read; until then the rows are the first ones, in the server's order. */
  complete: boolean
  /** Every row so far came newest first, so a newest-first view of them is final up to the last row read. */
  newestFirst: boolean
  /** The same key sent twice (on one page, or a server paging a list that changes under it) is kept once. */
  repeated: number
  /** Rows sent without an id, left out. */
  rows_without_id: number
  /** Rows sent past the page size asked for, left out unread. */
  rows_past_page_size: number
  /** The server's count moved between pages: its keys changed while they were read. */
  countMoved: boolean
  /** The last page's own count (null before the first page). */
  pageCount: number | null
}

/**
 * A whole read that came short: fewer different keys (with an id) than the server's count, as when
 * it repeats keys across pages in place of others, or its list changed under the read. Null when
 * it did not, or the read is not over.
 */
export function keysMissing(set: KeySet): KeysMissing | null {
  return set.complete ? shortOfCount(set.total_count, set.api_keys.length, set.rows_without_id) : null
}

export const EMPTY_SET: KeySet = {
  api_keys: [],
  total_count: 0,
  next_page_token: null,
  complete: false,
  newestFirst: true,
  repeated: 0,
  rows_without_id: 0,
  rows_past_page_size: 0,
  countMoved: false,
  pageCount: null,
}
const newestFirst = comparatorFor([DEFAULT_SORT])

/** The set with one more page: keys already seen (a server paging a changing list) are kept once. */
export function addPage(set: KeySet, page: ListApiKeysResponse, seen: Set<string>): KeySet {
  const fresh = page.api_keys.filter((key) => !seen.has(key.id) && seen.add(key.id))
  let inOrder = set.newestFirst
  let last = set.api_keys.at(-1)
  for (const key of fresh) {
    // Ties in create_time may come in any order: only a strictly newer key after an older one breaks it.
    if (last && newestFirst({ ...last, id: '' }, { ...key, id: '' }) > 0) inOrder = false
    last = key
  }
  return {
    ...set,
    api_keys: set.api_keys.concat(fresh),
    total_count: Math.max(page.total_count, set.api_keys.length + fresh.length),
    newestFirst: inOrder,
    repeated: set.repeated + page.repeated_ids + page.api_keys.length - fresh.length,
    rows_without_id: set.rows_without_id + page.rows_without_id,
    rows_past_page_size: set.rows_past_page_size + page.rows_past_page_size,
    countMoved: set.countMoved || (set.pageCount !== null && page.total_count !== set.pageCount),
    pageCount: page.total_count,
  }
}

/**
 * The client's retry rule for queries (app/query-client.ts), applied to each page of a read rather
 * than to the whole read: a page that failed once is asked for again, and the keys read before it
 * stay read. Retried whole, a brief failure at the 8th page started the read again from the 1st.
 */
function pageRetry(client: QueryClient): PageRetry {
  const { retry = 3, retryDelay } = client.getDefaultOptions().queries ?? {}
  return (failures, thrown) => {
    // What React Query's own retry would pass: it types every failure as an Error.
    const error = thrown instanceof Error ? thrown : new Error(String(thrown))
    const again = typeof retry === 'function' ? retry(failures, error) : typeof retry === 'number' ? failures < retry : retry
    if (!again) return null
    return typeof retryDelay === 'function' ? retryDelay(failures, error) : (retryDelay ?? Math.min(1000 * 2 ** failures, 30_000))
  }
}

/**
 * Reads every key of the statuses, 100 at a time. The first read shows its rows as they arrive
 * (the query's data grows); a refresh keeps the old set on screen until the new one is whole.
 */
async function readAll(api: ApiClient, statuses: readonly KeyStatus[], { client, queryKey, signal }: QueryFunctionContext): Promise<KeySet> {
  const streaming = client.getQueryData<KeySet>(queryKey)?.complete !== true
  const seen = new Set<string>()
  let set = EMPTY_SET
  let shown = -Infinity
  try {
    for await (const { page, last } of everyPage(api, { statuses }, signal, pageRetry(client))) {
      set = addPage(set, page, seen)
      if (last) break
      if (streaming && performance.now() - shown >= SHOW_EVERY_MS) {
        client.setQueryData<KeySet>(queryKey, set)
        shown = performance.now()
      }
    }
  } catch (error) {
    // A failed first read shows every key it got, and "Stopped after 200 of 320" counts them all: the
    // pages read since the last showing were dropped, and it said 100.
    if (streaming && !signal.aborted && set.api_keys.length > 0) client.setQueryData<KeySet>(queryKey, set)
    throw error
  }
  return { ...set, complete: true }
}

/**
 * A read cut short is no answer: when its last view goes mid-read (a filter turned off), React
 * Query stops it and keeps the keys shown so far, idle. Fresh, they were left as they were when the
 * view came back (a filter turned on again), "Counting…" for good; stale, the read starts again.
 */
function freshWhenWhole(query: Query<KeySet, Error, KeySet, QueryKey>): number {
  return query.state.data?.complete === true ? FRESH_FOR_MS : 0
}

export function keySetOptions(api: ApiClient, statuses: readonly KeyStatus[] | null) {
  return queryOptions({
    queryKey: apiKeyKeys.keySet(statuses ?? []),
    queryFn: statuses ? (context: QueryFunctionContext) => readAll(api, statuses, context) : skipToken,
    // Each page is retried on its own (pageRetry); a read that still fails is not started again whole.
    retry: false,
    staleTime: freshWhenWhole,
  })
}
