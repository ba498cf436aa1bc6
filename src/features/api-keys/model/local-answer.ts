import type { FilterableKey } from '../../../api/filter/fields'
import { comparatorFor } from '../../../api/sort'
import { DEFAULT_SORT, isDefaultSort, viewComparator, viewPredicate, type ViewQuery } from './view-query'

/** What the browser reads in full before it filters, sorts and counts. */
export interface ReadSoFar<K extends FilterableKey> {
  readonly keys: readonly K[]
  readonly complete: boolean
  /** Every key so far came newest first. */
  readonly newestFirst: boolean
}

/** A view answered in the browser: the matching keys in the view's order, and how many of them are final. */
export interface LocalAnswer<K extends FilterableKey> {
  readonly rows: readonly K[]
  /** Rows from the start that no key still to be read can come before. */
  readonly final: number
  readonly complete: boolean
}

const newestFirst = comparatorFor([DEFAULT_SORT])

/**
 * Filters and sorts what has been read. While the read goes on, a newest-first view of keys that
 * arrive newest first is already right down to the last key read: those rows are final (the first
 * page of such a view shows before the count is known).
 */
export function answerLocally<K extends FilterableKey>(read: ReadSoFar<K>, query: ViewQuery): LocalAnswer<K> {
  const last = read.keys.at(-1)
  // Nothing can be final before the end unless keys arrive in the view's own order: skip the work.
  if (!read.complete && (!last || !read.newestFirst || !isDefaultSort(query.sort))) return { rows: [], final: 0, complete: false }
  const rows = read.keys.filter(viewPredicate(query)).sort(viewComparator(query))
  if (read.complete || !last) return { rows, final: rows.length, complete: true }
  // A key still to come is no newer than the last one read; one exactly as new may sort before it (by id).
  const final = rows.findIndex((row) => newestFirst({ ...row, id: '' }, { ...last, id: '' }) >= 0)
  return { rows, final: final === -1 ? rows.length : final, complete: false }
}

/** One page of a local answer, or null while its rows are not final yet. */
export function localPage<K extends FilterableKey>(answer: LocalAnswer<K>, page: number, pageSize: number): readonly K[] | null {
  const start = (page - 1) * pageSize
  const end = start + pageSize
  if (answer.complete || end <= answer.final) return answer.rows.slice(start, end)
  return null
}
