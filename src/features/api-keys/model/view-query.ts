import type { FilterNode, TimestampComparison } from '../../../api/filter/ast'
import { toPredicate, type RecordPredicate } from '../../../api/filter/evaluate'
import type { FilterableKey } from '../../../api/filter/fields'
import { comparatorFor, type SortTerm } from '../../../api/sort'
import { KEY_STATUSES, type KeyStatus } from '../../../api/enums'
import { viewStatuses, type LastUsedPreset, type ListView } from './list-view'
import { readExpression } from './expression-reading'
import { searchedKeyEnd } from './masked-key'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** The parts of a view that narrow the list, each planned on its own (server or browser). */
export type ClauseId = 'status' | 'environment' | 'type' | 'lastUsed' | 'created' | 'expression' | 'search' | 'id'

export interface Clause {
  readonly id: ClauseId
  readonly node: FilterNode
}

/** What a view asks for, as one predicate (its clauses, all of which must hold) and one sort. */
export interface ViewQuery {
  /** Always named: without `status` the API answers ACTIVE keys only. */
  readonly statuses: readonly KeyStatus[]
  readonly clauses: readonly Clause[]
  readonly sort: SortTerm
}

export const DEFAULT_SORT: SortTerm = { field: 'create_time', descending: true }

export function sameSort(a: SortTerm, b: SortTerm): boolean {
  return a.field === b.field && a.descending === b.descending
}

export function isDefaultSort(sort: SortTerm): boolean {
  return sameSort(sort, DEFAULT_SORT)
}

function before(now: number, ms: number, operator: TimestampComparison['operator'], field: TimestampComparison['field'] = 'last_used_at'): TimestampComparison {
  const at = now - ms
  return { kind: 'timestamp', field, operator, value: new Date(at).toISOString(), epochNanos: BigInt(at) * 1_000_000n }
}

const NEVER_USED: FilterNode = { kind: 'null', field: 'last_used_at', operator: '=' }

const between = (now: number, from: number, to: number): FilterNode => ({ kind: 'and', operands: [before(now, to, '>='), before(now, from, '<')] })

// "Not used in N days" includes keys never used at all: both are dead weight. The spans used_*
// split the used keys into disjoint ages of last use (a key in the future counts as recent).
function lastUsedNode(preset: LastUsedPreset, now: number): FilterNode {
  switch (preset) {
    case 'never':
      return NEVER_USED
    case 'unused_30d':
      return { kind: 'or', operands: [before(now, 30 * DAY, '<'), NEVER_USED] }
    case 'unused_90d':
      return { kind: 'or', operands: [before(now, 90 * DAY, '<'), NEVER_USED] }
    case 'used_24h':
      return before(now, DAY, '>=')
    case 'used_1_30d':
      return between(now, DAY, 30 * DAY)
    case 'used_30_90d':
      return between(now, 30 * DAY, 90 * DAY)
    case 'used_over_90d':
      return before(now, 90 * DAY, '<')
  }
}

/** The name holds the text, or the key's masked form ends with the characters searched (`…o5p6`). */
function searchNode(search: string): FilterNode {
  const byName: FilterNode = { kind: 'text', field: 'name', operator: ':', value: search }
  const end = searchedKeyEnd(search)
  return end === null ? byName : { kind: 'or', operands: [byName, { kind: 'text', field: 'api_key', operator: '=', value: `*${end}` }] }
}

/**
 * The status clause: one of `statuses`, or with null (every status asked) any key at all, so a
 * status this client does not know (or one not sent) shows as such instead of hiding its key.
 */
function statusClause(statuses: readonly KeyStatus[] | null): Clause {
  const known: FilterNode = { kind: 'or', operands: (statuses ?? KEY_STATUSES).map((value) => ({ kind: 'enum', field: 'status', operator: '=', value })) }
  // Every status: the known ones, or any other (shaped as the clause always was, so planning and checks read it alike).
  return { id: 'status', node: statuses === null ? { kind: 'or', operands: [known, { kind: 'not', operand: known }] } : known }
}

/**
 * The query a view asks. `now` is rounded down to the hour so the query, its cache entries and
 * the server's page tokens stay the same while someone pages through.
 */
export function toViewQuery(view: ListView, now: number, read = readExpression): ViewQuery {
  const hour = Math.floor(now / HOUR) * HOUR
  const statuses = viewStatuses(view)
  const clauses: Clause[] = [statusClause(statuses.length === KEY_STATUSES.length ? null : statuses)]
  if (view.environment) clauses.push({ id: 'environment', node: { kind: 'enum', field: 'environment', operator: '=', value: view.environment } })
  if (view.type) clauses.push({ id: 'type', node: { kind: 'enum', field: 'key_type', operator: '=', value: view.type } })
  if (view.lastUsed) clauses.push({ id: 'lastUsed', node: lastUsedNode(view.lastUsed, hour) })
  if (view.createdOver) clauses.push({ id: 'created', node: before(hour, view.createdOver * DAY, '<', 'create_time') })
  // An invalid expression is not applied (the field says so); one still loading is held back by useKeysList.
  const expression = read(view.expression)
  if (expression.kind === 'valid') clauses.push({ id: 'expression', node: expression.node })
  const search = view.search.trim()
  if (search) clauses.push({ id: 'search', node: searchNode(search) })
  const sort = view.sort ? { field: view.sort.field, descending: view.sort.desc } : DEFAULT_SORT
  return { statuses, clauses, sort }
}

/** Whether a key belongs in the view: the filter code the mock serves the list with. */
export function viewPredicate(query: ViewQuery): RecordPredicate {
  return toPredicate({ kind: 'and', operands: query.clauses.map((clause) => clause.node) })
}

/** The view's order: its sort field (nulls last either way), then the id, as the mock orders. */
export function viewComparator(query: ViewQuery): (a: FilterableKey, b: FilterableKey) => number {
  return comparatorFor([query.sort])
}

/** One key, of any status, found through the list: an `id` filter where the server honours it. */
export function keyByIdQuery(id: string): ViewQuery {
  const status = statusClause(null)
  return { statuses: KEY_STATUSES, clauses: [status, { id: 'id', node: { kind: 'text', field: 'id', operator: '=', value: id } }], sort: DEFAULT_SORT }
}
