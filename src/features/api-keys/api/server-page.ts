import { keepPreviousData, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import { listApiKeys, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import { findViolations } from '../model/check-answer'
import type { ServerPlan } from '../model/list-plan'
import type { Capability } from '../model/server-capabilities'
import type { ViewQuery } from '../model/view-query'
import type { CapabilityStore } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { refusedCapabilities, sentParameters } from './refused-parameter'

/** Everything a page of a server-answered view needs: the plan, the view to check it against, and where to report. */
export interface ServerListContext {
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


/**
 * Page `page` (from 1). Tokens only go forward, so a later page asks for the one before it first
 * (from the cache when it is there): a link to page 7, or Previous from it, reads forward from the
 * nearest page already read. Every answer is checked against the whole view.
 */
async function readPage(client: QueryClient, context: ServerListContext, page: number, signal: AbortSignal, afresh = false): Promise<ListApiKeysResponse> {
  const { plan, query, pageSize, baseUrl, store } = context
  let pageToken: string | undefined
  let previous: ListApiKeysResponse['api_keys'][number] | undefined
  if (page > 1) {
    const before = serverPageOptions(context, page - 1)
    const data = afresh ? await client.fetchQuery({ ...before, staleTime: 0 }) : await client.ensureQueryData(before)
    if (!data.next_page_token) throw new PageBeyondEnd()
    pageToken = data.next_page_token
    previous = data.api_keys.at(-1)
  }
  let answer: ListApiKeysResponse
  try {
    answer = await listApiKeys({ ...plan.request, pageSize, pageToken }, signal)
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
  const blamed = findViolations(answer.api_keys, query, plan, previous)
  if (blamed.length > 0) {
    for (const capability of blamed) store.learn(baseUrl, capability, 'ignored')
    throw new PlanRefuted(blamed)
  }
  return answer
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
