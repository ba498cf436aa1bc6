import { toPredicate } from '../../../api/filter/evaluate'
import type { FilterableKey } from '../../../api/filter/fields'
import { comparatorFor } from '../../../api/sort'
import type { Capability } from './server-capabilities'
import type { ServerPlan } from './list-plan'
import type { ViewQuery } from './view-query'

/**
 * Checks one server answer against the whole view: every row must match every clause, and the
 * rows must come in the asked order (after `previous`, the last row of the page before, when
 * known). Returns the capabilities to blame: those that carried a clause some row fails, or the
 * order. Ties in the sort field may come in any order.
 */
export function findViolations(rows: readonly FilterableKey[], query: ViewQuery, plan: ServerPlan, previous?: FilterableKey): Capability[] {
  const blamed = new Set<Capability>()
  for (const { id, node } of query.clauses) {
    const matches = toPredicate(node)
    const carrier = plan.carriedBy[id]
    if (carrier !== undefined && !rows.every(matches)) blamed.add(carrier)
  }
  const ordered = previous === undefined ? rows : [previous, ...rows]
  const compare = comparatorFor([query.sort])
  // The id settles ties in the mock's order; a server may settle them otherwise.
  const bySortField = (a: FilterableKey, b: FilterableKey) => compare({ ...a, id: '' }, { ...b, id: '' })
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1], ordered[i]]
    if (a !== undefined && b !== undefined && bySortField(a, b) > 0) {
      blamed.add(plan.orderedBy)
      break
    }
  }
  return [...blamed]
}
