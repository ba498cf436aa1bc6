import type { ApiClient } from '../../../api/http-client'
import type { ListPlan } from '../model/list-plan'
import { parseListView, serializeListView, type ListView } from '../model/list-view'
import { toViewQuery, type ViewQuery } from '../model/view-query'
import type { CapabilityStore } from './capability-store'
import type { ServerListContext } from './server-page'

// How a view becomes what its server pages are read with; useKeysList and primeKeysView share it,
// so a page primed before the first render is the very query the page then asks for.

/** A view without its page, as a string: its query and plan depend on this alone, so a page turn re-plans nothing. */
export const filterKeyOf = (view: ListView): string => serializeListView({ ...view, page: 1 }).toString()

/** The query of a view's filters and order (`filterKeyOf`) at `now`. */
export const filterQuery = (filterKey: string, now: number, read?: Parameters<typeof toViewQuery>[2]): ViewQuery =>
  toViewQuery(parseListView(new URLSearchParams(filterKey)), now, read)

/** What reading the view from the server page by page needs, when its plan allows that now (else null: the browser reads it, or probes come first). */
export function serverListContext(api: ApiClient, store: CapabilityStore, baseUrl: string, query: ViewQuery, plan: ListPlan, pageSize: number): ServerListContext | null {
  return plan.mode === 'server' && plan.unproven.length === 0 ? { api, plan, query, pageSize, baseUrl, store } : null
}
