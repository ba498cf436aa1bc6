import type { FilterableKey } from '../../../api/filter/fields'
import { parseListView } from './list-view'
import { toViewQuery, viewPredicate } from './view-query'

/**
 * Whether the keys list's view, read from its address's query string, leaves the key out: a key
 * just created that the list's filters or search hide (a production key made while it shows staging).
 */
export function viewLeavesOut(key: FilterableKey, search: string, now: number): boolean {
  return !viewPredicate(toViewQuery(parseListView(new URLSearchParams(search)), now))(key)
}
