import type { FilterDialect } from './filter/dialect'
import type { FilterableKey } from './filter/fields'
import { parseInstant } from './filter/instant'

const SORTABLE = ['name', 'create_time', 'last_used_at', 'update_time'] as const
type SortField = (typeof SORTABLE)[number]

export interface SortTerm {
  field: SortField
  descending: boolean
}

/** An `order_by` the server cannot accept; `position` is the 0-based offset it points at. */
export class OrderBySyntaxError extends Error {
  readonly position: number

  constructor(problem: string, position: number, hint?: string) {
    super(`${problem} at position ${position}${hint === undefined ? '' : `; ${hint}`}`)
    this.name = 'OrderBySyntaxError'
    this.position = position
  }
}

const DEFAULT_ORDER: readonly SortTerm[] = [{ field: 'create_time', descending: true }]

/**
 * Parses an `order_by`; empty means the default order, newest first. `aip160`: AIP-132, several
 * comma-separated `field [asc|desc]`. `coval`: exactly one field, `-field`, `field` or `field asc|desc`.
 */
export function parseOrderBy(expression: string | null, dialect: FilterDialect): SortTerm[] {
  if (expression === null || expression.trim() === '') return [...DEFAULT_ORDER]
  if (dialect === 'aip160') {
    let offset = 0
    return expression.split(',').map((part) => {
      const term = parseTerm(wordsOf(part, offset), offset, false)
      offset += part.length + 1
      return term
    })
  }
  const comma = expression.indexOf(',')
  if (comma >= 0) throw new OrderBySyntaxError('order_by takes one field here', comma, 'remove the "," and the fields after it')
  return [parseTerm(wordsOf(expression, 0), 0, true)]
}

interface Word {
  text: string
  position: number
}

function wordsOf(part: string, offset: number): Word[] {
  return [...part.matchAll(/\S+/g)].map((match) => ({ text: match[0], position: offset + match.index }))
}

function parseTerm(words: readonly Word[], offset: number, allowMinus: boolean): SortTerm {
  const [first, direction, extra] = words
  if (first === undefined) throw new OrderBySyntaxError('An order_by term is empty', offset, 'two commas in a row?')
  const minus = allowMinus && first.text.startsWith('-')
  const field = sortField(minus ? { text: first.text.slice(1), position: first.position + 1 } : first)
  if (minus && direction !== undefined) {
    throw new OrderBySyntaxError(`Unexpected "${direction.text}" after "${first.text}"`, direction.position, 'write -field or field desc, not both')
  }
  if (direction !== undefined && !/^(asc|desc)$/i.test(direction.text)) {
    throw new OrderBySyntaxError(`Expected "asc" or "desc" after "${first.text}", got "${direction.text}"`, direction.position)
  }
  if (extra !== undefined) {
    const hint = allowMinus ? 'order_by takes one field and an optional direction' : 'separate fields with ","'
    throw new OrderBySyntaxError(`Unexpected "${extra.text}"`, extra.position, hint)
  }
  return { field, descending: minus || direction?.text.toLowerCase() === 'desc' }
}

function sortField(word: Word): SortField {
  const field = SORTABLE.find((candidate) => candidate === word.text)
  if (field !== undefined) return field
  const problem = word.text === '' ? 'Expected a field name after "-"' : `Cannot order by "${word.text}"`
  throw new OrderBySyntaxError(problem, word.position, `use ${SORTABLE.join(', ')}`)
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

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
  return field === 'name' ? collator.compare(x, y) : compareInstants(x, y)
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
