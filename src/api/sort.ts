import type { FilterableKey } from './filter/fields'
import { parseInstant } from './filter/instant'
import { nameCollator } from '../lib/intl'

// Apart from the order_by parser (order-by.ts): the browser sorts but never parses, so ships no parser.
export const SORTABLE = ['name', 'create_time', 'last_used_at', 'update_time'] as const
export type SortField = (typeof SORTABLE)[number]

export interface SortTerm {
  field: SortField
  descending: boolean
}

/** Two timestamps in time order; same-shaped UTC texts (the usual case) compare as text, fast. */
function compareInstants(x: string, y: string): number {
  if (x.length !== y.length || !x.endsWith('Z') || !y.endsWith('Z')) {
    const a = parseInstant(x)
    const b = parseInstant(y)
    // An unreadable timestamp sorts after every readable one.
    if (a !== null && b !== null) return a < b ? -1 : a > b ? 1 : 0
    if (a !== b) return a === null ? 1 : -1
  }
  return x < y ? -1 : x > y ? 1 : 0
}

function compareField(a: FilterableKey, b: FilterableKey, field: SortField): number {
  const x = a[field] ?? ''
  const y = b[field] ?? ''
  return field === 'name' ? nameCollator().compare(x, y) : compareInstants(x, y)
}

/** A comparator for the terms; nulls sort last in either direction, ties fall back to the id. */
export function comparatorFor(terms: readonly SortTerm[]): (a: FilterableKey, b: FilterableKey) => number {
  return (a, b) => {
    for (const { field, descending } of terms) {
      const aNull = (a[field] ?? null) === null
      const bNull = (b[field] ?? null) === null
      if (aNull !== bNull) return aNull ? 1 : -1
      const result = compareField(a, b, field)
      if (result !== 0) return descending ? -result : result
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}
