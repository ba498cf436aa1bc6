import type { FilterDialect } from './filter/dialect'
import { SORTABLE, type SortField, type SortTerm } from './sort'

/** An `order_by` the server cannot accept; `position` is the 0-based offset it points at (its message counts from 1, as people do). */
export class OrderBySyntaxError extends Error {
  readonly position: number

  constructor(problem: string, position: number, hint?: string) {
    super(`${problem} at position ${position + 1}${hint === undefined ? '' : `; ${hint}`}`)
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
