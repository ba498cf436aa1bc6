import type { ApiClient } from '../../../api/http-client'
import { ApiError } from '../../../api/api-error'
import { allSeen } from '../model/page-trail'
import { abortableWait } from '../../../lib/abortable-wait'
import { nextTask } from '../../../lib/next-task'
import { listApiKeys, type ListApiKeysParams, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'

const READ_PAGE_SIZE = 100
// A guard against a server whose tokens never end: a million keys is far past any organisation.
const MAX_PAGES = 10_000
// An answer that comes without waiting (the demo's in-page server) would otherwise make a whole
// read one long task: nothing painted, no progress shown, until the end.
const RUN_AT_MOST_MS = 40

function loopError(): ApiError {
  return new ApiError({
    kind: 'invalid-response',
    status: null,
    code: 'PAGE_LOOP',
    message: 'The server’s page tokens lead back to pages already read, so the list cannot be read to the end.',
  })
}

/**
 * For a page that failed (after `failures` failures of it): how long to wait before asking for it
 * again, or null to give up.
 */
export type PageRetry = (failures: number, error: unknown) => number | null

/** One page, asked again as `retry` says: the pages read before it stay read. */
async function pageOf(api: ApiClient, params: ListApiKeysParams, signal: AbortSignal, retry: PageRetry | undefined): Promise<ListApiKeysResponse> {
  for (let failures = 0; ; failures++) {
    try {
      return await listApiKeys(api, params, signal)
    } catch (error) {
      const wait = signal.aborted || retry === undefined ? null : retry(failures, error)
      if (wait === null) throw error
      await abortableWait(wait, signal)
      signal.throwIfAborted()
    }
  }
}

/**
 * Every page of a list request, 100 keys at a time, in order; `last` tells the final one. A token
 * that leads back to a page already read, or a page of keys all read before, ends the walk with
 * an error instead of going round. With `retry`, a page that fails is asked for again, and the walk
 * goes on from it.
 */
export async function* everyPage(
  api: ApiClient,
  params: Omit<ListApiKeysParams, 'pageSize' | 'pageToken'>,
  signal: AbortSignal,
  retry?: PageRetry,
): AsyncGenerator<{ page: ListApiKeysResponse; last: boolean }> {
  const tokens = new Set<string>()
  const ids = new Set<string>()
  let pageToken: string | undefined
  let ranSince = performance.now()
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await pageOf(api, { ...params, pageSize: READ_PAGE_SIZE, pageToken }, signal, retry)
    const next = page.next_page_token
    const pageIds = page.api_keys.map((key) => key.id)
    // A fresh token to a page of keys already read goes round just the same.
    if ((next !== null && tokens.has(next)) || (pages > 0 && allSeen(pageIds, ids))) throw loopError()
    for (const id of pageIds) ids.add(id)
    yield { page, last: next === null }
    if (next === null) return
    tokens.add(next)
    pageToken = next
    if (performance.now() - ranSince >= RUN_AT_MOST_MS) {
      // A task of its own: React's render (queued before it) and a paint come first.
      await nextTask()
      signal.throwIfAborted()
      ranSince = performance.now()
    }
  }
  throw loopError()
}
