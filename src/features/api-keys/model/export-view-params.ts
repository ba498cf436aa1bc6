import { KEY_STATUSES } from '../../../api/enums'
import { serializeListView, type ListView } from './list-view'
import { DEFAULT_SORT } from './view-query'

// Where a view's URL parameters go in a name or a title; a parameter not listed (a filter added
// later) comes after the known filters, before the search and the sort.
const FIRST = ['env', 'status', 'type', 'used', 'created', 'filter']
const LAST = ['q', 'sort']
// How the keys are paged is no part of what they are.
const PAGING = new Set(['size', 'page'])

export type ViewParam = [name: string, value: string]

const rank = (name: string) => {
  const first = FIRST.indexOf(name)
  if (first >= 0) return first
  const last = LAST.indexOf(name)
  return last >= 0 ? FIRST.length + 1 + last : FIRST.length
}

/**
 * What a view selects, as its URL says it, in the order an export names them: filters, search,
 * sort. Read from the URL so a filter added to the view is named without a change here.
 * Every status (the same as none) and the default sort are left out.
 */
export function exportViewParams(view: ListView): ViewParam[] {
  return orderedParams(serializeListView(view))
}

/** A view's URL parameters that say what it holds, in naming order (see exportViewParams). */
export function orderedParams(params: URLSearchParams): ViewParam[] {
  const entries = [...params.entries()].filter(([name, value]) => {
    if (PAGING.has(name)) return false
    if (name === 'status') return !KEY_STATUSES.every((status) => value.split(',').includes(status))
    if (name === 'sort') return value !== `${DEFAULT_SORT.field}.${DEFAULT_SORT.descending ? 'desc' : 'asc'}`
    return true
  })
  // A stable sort: parameters of equal rank keep the URL's order.
  return entries.sort(([a], [b]) => rank(a) - rank(b))
}
