import { keepPreviousData, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import { listApiKeys, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import type { ApiClient } from '../../../api/http-client'
import { findViolations } from '../model/check-answer'
import type { ServerPlan } from '../model/list-plan'
import type { Capability } from '../model/server-capabilities'
import { countMoved, loopsBack, type TrailPage } from '../model/page-trail'
import { shortOfCount, type KeysMissing } from '../model/answer-faults'
import type { ViewQuery } from '../model/view-query'
import type { CapabilityStore } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { refusedCapabilities, sentParameters } from './refused-parameter'

/** Everything a page of a server-answered view needs: the plan, the view to check it against, and where to report. */
export interface ServerListContext {
  readonly api: ApiClient
  readonly plan: ServerPlan
  readonly query: ViewQuery
  readonly pageSize: number
  readonly baseUrl: string
  readonly store: CapabilityStore
}

/** The answer broke the plan (a wrong row, a wrong order, a refused parameter); the view is planned again. */
export class PlanRefuted extends Error {
  readonly capabilities: readonly Capability[]
  constructor(capabilities: readonly Capability[]) {
    super(`The server does not honour: ${capabilities.join(', ')}`)
    this.capabilities = capabilities
  }
}

/** The page asked for lies past the end of the list (keys were deleted since its link was made). */
export class PageBeyondEnd extends Error {
  constructor() {
    super('That page is past the end of the list.')
  }
}


/** The page asked for repeats pages already read: the server's tokens lead back, not onward. */
export class PageLoop extends Error {
  constructor() {
    super('The server’s next page leads back to pages already read.')
  }
}

/** A page of a server-answered view, with what the checks across pages found. */
export type ServerPage = ListApiKeysResponse & {
  /** The count moved between pages, or runs short of the rows: the list changed while it was read. */
  readonly changed: boolean
  /** Its token onward leads back to a page already read: there is no honest next page. */
  readonly loops: boolean
  /** Rows left out as repeats on this page and every page before it (`repeated_ids` is this page's alone). */
  readonly repeatedSoFar?: number
  /** Rows the pages before this one show: their pages' size less the rows they left out (repeats, rows without an id). */
  readonly shownBefore?: number
  /** The last page, every page before it read: fewer different keys came than the server counted. */
  readonly missing?: KeysMissing | null
}

const trailPage = (page: ListApiKeysResponse): TrailPage => ({ ids: page.api_keys.map((key) => key.id), nextToken: page.next_page_token, total: page.total_count })

/**
 * The pages before `page` that the cache holds (reading a page first reads every page before it), and
 * whether every one is there as read, none out of date after a write of ours.
 */
function dataBefore(client: QueryClient, context: ServerListContext, page: number): { pages: ServerPage[]; current: boolean; asRead: ServerPage[] } {
  const pages: ServerPage[] = []
  // The pages not out of date after a write of ours: the only ones a repeat or a loop is measured against.
  const asRead: ServerPage[] = []
  let current = true
  for (let number = 1; number < page; number++) {
    const { queryKey } = serverPageOptions(context, number)
    const data = client.getQueryData<ServerPage>(queryKey)
    const outOfDate = client.getQueryState(queryKey)?.isInvalidated === true
    if (data) pages.push(data)
    if (data && !outOfDate) asRead.push(data)
    if (!data || outOfDate) current = false
  }
  return { pages, current, asRead }
}

/**
 * Page `page` (from 1). Tokens only go forward, so a later page asks for the one before it first
 * (from the cache when it is there): a link to page 7, or Previous from it, reads forward from the
 * nearest page already read. Every answer is checked against the whole view.
 */
async function readPage(client: QueryClient, context: ServerListContext, page: number, signal: AbortSignal, afresh = false): Promise<ServerPage> {
  const { api, plan, query, pageSize, baseUrl, store } = context
  let pageToken: string | undefined
  let previous: ListApiKeysResponse['api_keys'][number] | undefined
  let before: ServerPage | null = null
  if (page > 1) {
    // The page before starts its own read (and so on down), each after a microtask: without it a
    // link to page 5,000 would start every read down to page 1 on one call stack, and overflow it.
    await Promise.resolve()
    const options = serverPageOptions(context, page - 1)
    const data = afresh ? await client.fetchQuery({ ...options, staleTime: 0 }) : await client.ensureQueryData(options)
    if (data.loops) throw new PageLoop()
    if (!data.next_page_token) throw new PageBeyondEnd()
    pageToken = data.next_page_token
    previous = data.api_keys.at(-1)
    // After a write of ours the page before is out of date: its count says nothing of other clients.
    before = client.getQueryState(options.queryKey)?.isInvalidated ? null : data
  }
  let answer: ListApiKeysResponse
  try {
    answer = await listApiKeys(api, { ...plan.request, pageSize, pageToken }, signal)
  } catch (error) {
    const refused = refusedCapabilities(error, sentParameters(plan))
    if (refused.length > 0) {
      for (const capability of refused) store.learn(baseUrl, capability, 'refused')
      throw new PlanRefuted(refused)
    }
    // A token the server no longer takes (it expired, or the list moved): read the pages before afresh, once.
    const staleToken = isApiError(error) && error.status === 400 && error.details.some((detail) => detail.field === 'page_token')
    if (staleToken && page > 1 && !afresh) return readPage(client, context, page, signal, true)
    throw error
  }
  if (page > 1 && answer.api_keys.length === 0) throw new PageBeyondEnd()
  // A page of rows already read says nothing of the view's order: it is the server going round.
  const { pages: earlierData, current: earlierCurrent, asRead } = dataBefore(client, context, page)
  // A key created (or gone) before this page moves the rows along: one the page before showed, read
  // before the write, may be on this page now. That is our write, not the server repeating itself.
  const earlier = asRead.map(trailPage)
  const trail = trailPage(answer)
  const loop = loopsBack(earlier, trail)
  if (loop === 'rows') throw new PageLoop()
  // Some rows already shown on an earlier page: each key is shown once and the repeats counted,
  // as the browser's read does. Kept, they would also fail the order check (a key from page 1 again
  // on page 2 sorts before page 1's last row) and blame a sort the server did honour.
  answer = withoutRowsSeen(answer, new Set(earlier.flatMap((read) => read.ids)))
  const blamed = findViolations(answer.api_keys, query, plan, previous)
  if (blamed.length > 0) {
    for (const capability of blamed) store.learn(baseUrl, capability, 'ignored')
    throw new PlanRefuted(blamed)
  }
  const changed = before?.changed === true || countMoved(before && trailPage(before), { ...trail, number: page, pageSize })
  const read = [...earlierData, answer]
  const repeatedSoFar = read.reduce((sum, data) => sum + data.repeated_ids, 0)
  // At the end of a view read whole, page by page: as many different keys as the server counted? A page that
  // repeats earlier keys in place of others (or a count that says more than there is) leaves keys unshown.
  const whole = earlierCurrent && answer.next_page_token === null && !changed
  const received = new Set(read.flatMap((data) => data.api_keys.map((key) => key.id))).size
  const missing = whole ? shortOfCount(answer.total_count, received, read.reduce((sum, data) => sum + data.rows_without_id, 0)) : null
  // Numbered on from the rows shown before (41–57, then 58–…), not from the pages' size (61–…). Not from their rows
  // as now cached: a write of ours patches those, and the server's pages after it may or may not move along.
  const leftOut = earlierData.reduce((sum, data) => sum + data.repeated_ids + data.rows_without_id, 0)
  const shownBefore = earlierData.length === page - 1 ? (page - 1) * pageSize - leftOut : undefined
  return { ...answer, changed, loops: loop === 'token', repeatedSoFar, shownBefore, missing }
}

/** The answer without rows whose key an earlier page held, counted with the page's own repeats. */
function withoutRowsSeen(answer: ListApiKeysResponse, seen: ReadonlySet<string>): ListApiKeysResponse {
  const fresh = answer.api_keys.filter((key) => !seen.has(key.id))
  if (fresh.length === answer.api_keys.length) return answer
  return { ...answer, api_keys: fresh, repeated_ids: answer.repeated_ids + answer.api_keys.length - fresh.length }
}

/** A page of a view the server answers; `null` context: no such view now (the query idles). */
export function serverPageOptions(context: ServerListContext | null, page: number) {
  return queryOptions({
    queryKey: context ? apiKeyKeys.serverPage(context.plan.request, context.pageSize, page) : [...apiKeyKeys.lists(), 'server', 'idle'],
    queryFn: context ? ({ client, signal }) => readPage(client, context, page, signal) : skipToken,
    // The page before stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
}
