import { queryOptions, skipToken, type QueryFunctionContext } from '@tanstack/react-query'
import { ApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { listApiKeys, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import type { KeyStatus } from '../../../api/enums'
import { comparatorFor } from '../../../api/sort'
import { DEFAULT_SORT } from '../model/view-query'
import { apiKeyKeys } from './query-keys'

export const READ_PAGE_SIZE = 100
// A guard against a server whose tokens never end: a million keys is far past any organisation.
const MAX_PAGES = 10_000
// How often a first read shows how far it got (each showing re-renders the list), and how long it
// may run before letting the browser paint: an answer that comes without waiting (the demo's
// in-page server) would otherwise make the whole read one long task.
const SHOW_EVERY_MS = 250
const RUN_AT_MOST_MS = 40

/**
 * Ends the current task, so React's render (queued as a task before this one) and a paint come
 * first. Not a timer: once nested it waits 4 ms more each time. Not scheduler.yield(): its
 * continuation jumps ahead of React's render.
 */
function letTheBrowserPaint(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.addEventListener('message', () => resolve(), { once: true })
    channel.port1.start()
    channel.port2.postMessage(null)
  })
}

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
  /** The same key sent twice (a server paging a list that changes under it) is kept once. */
  repeated: number
  /** Rows sent without an id, left out. */
  rows_without_id: number
}

const EMPTY: KeySet = { api_keys: [], total_count: 0, next_page_token: null, complete: false, newestFirst: true, repeated: 0, rows_without_id: 0 }
const newestFirst = comparatorFor([DEFAULT_SORT])

function addPage(set: KeySet, page: ListApiKeysResponse, seen: Set<string>): KeySet {
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
    repeated: set.repeated + page.api_keys.length - fresh.length,
    rows_without_id: set.rows_without_id + page.rows_without_id,
  }
}

function loopError(): ApiError {
  return new ApiError({
    kind: 'invalid-response',
    status: null,
    code: 'PAGE_LOOP',
    message: 'The server’s page tokens lead back to pages already read, so the list cannot be read to the end.',
  })
}

/**
 * Reads every key of the statuses, 100 at a time. The first read shows its rows as they arrive
 * (the query's data grows); a refresh keeps the old set on screen until the new one is whole.
 */
async function readAll(statuses: readonly KeyStatus[], { client, queryKey, signal }: QueryFunctionContext): Promise<KeySet> {
  const streaming = client.getQueryData<KeySet>(queryKey)?.complete !== true
  const seen = new Set<string>()
  const tokens = new Set<string>()
  let set = EMPTY
  let pageToken: string | undefined
  let shown = -Infinity
  let ranSince = performance.now()
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await listApiKeys({ statuses, pageSize: READ_PAGE_SIZE, pageToken }, signal)
    set = addPage(set, page, seen)
    if (!page.next_page_token) return { ...set, complete: true }
    if (tokens.has(page.next_page_token)) throw loopError()
    tokens.add(page.next_page_token)
    pageToken = page.next_page_token
    if (streaming && performance.now() - shown >= SHOW_EVERY_MS) {
      client.setQueryData<KeySet>(queryKey, set)
      shown = performance.now()
    }
    if (performance.now() - ranSince >= RUN_AT_MOST_MS) {
      await letTheBrowserPaint()
      signal.throwIfAborted()
      ranSince = performance.now()
    }
  }
  throw loopError()
}

export function keySetOptions(statuses: readonly KeyStatus[] | null) {
  return queryOptions({
    queryKey: apiKeyKeys.keySet(statuses ?? []),
    queryFn: statuses ? (context: QueryFunctionContext) => readAll(statuses, context) : skipToken,
  })
}
