import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../../../api/http-client'
import { planList } from '../model/list-plan'
import { parseListView } from '../model/list-view'
import { capabilityStore } from './capability-store'
import { filterKeyOf, filterQuery, serverListContext } from './server-list-context'
import { serverPageOptions } from './server-page'

/**
 * Asks for the page of keys an address shows before the keys page renders, into the cache the page
 * reads: the first render can then show rows, not a skeleton that a second render and layout
 * replace. Only a view the server answers as planned, with nothing to probe and no expression to
 * parse; for any other, null, and the page asks as it renders. Resolves once the page is cached, or
 * has failed (the page then asks again as it mounts).
 */
export function primeKeysView(queryClient: QueryClient, api: ApiClient, search: string, now = Date.now()): Promise<void> | null {
  const view = parseListView(new URLSearchParams(search))
  if (view.expression.trim() !== '') return null
  const { baseUrl } = api.config()
  const store = capabilityStore(queryClient)
  const query = filterQuery(filterKeyOf(view), now)
  const context = serverListContext(api, store, baseUrl, query, planList(query, store.get(baseUrl)), view.pageSize)
  return context && queryClient.prefetchQuery(serverPageOptions(context, view.page))
}
