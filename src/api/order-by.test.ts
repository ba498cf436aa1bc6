import { describe, expect, it } from 'vitest'
import { OrderBySyntaxError, parseOrderBy } from './order-by'
import type { SortTerm } from './sort'

const desc = (field: SortTerm['field']): SortTerm => ({ field, descending: true })
const asc = (field: SortTerm['field']): SortTerm => ({ field, descending: false })

function errorOf(expression: string, dialect: 'coval' | 'aip160'): OrderBySyntaxError {
  try {
    parseOrderBy(expression, dialect)
  } catch (error) {
    if (error instanceof OrderBySyntaxError) return error
    throw error
  }
  throw new Error(`Expected ${JSON.stringify(expression)} to fail`)
}

describe('parseOrderBy: both dialects', () => {
  it.each(['coval', 'aip160'] as const)('%s: empty means newest first', (dialect) => {
    expect(parseOrderBy(null, dialect)).toEqual([desc('create_time')])
    expect(parseOrderBy('  ', dialect)).toEqual([desc('create_time')])
  })

  it.each(['coval', 'aip160'] as const)('%s: one field, ascending unless told', (dialect) => {
    expect(parseOrderBy('name', dialect)).toEqual([asc('name')])
    expect(parseOrderBy(' last_used_at DESC ', dialect)).toEqual([desc('last_used_at')])
    expect(parseOrderBy('update_time asc', dialect)).toEqual([asc('update_time')])
  })

  it.each(['coval', 'aip160'] as const)('%s: names the unknown field and where it is', (dialect) => {
    expect(errorOf('colour', dialect).message).toBe('Cannot order by "colour" at position 1; use name, create_time, last_used_at, update_time')
    expect(errorOf('name sideways', dialect).message).toBe('Expected "asc" or "desc" after "name", got "sideways" at position 6')
    expect(errorOf('description', dialect).position).toBe(0)
  })
})

describe('parseOrderBy: coval', () => {
  it('reads "-field" as descending', () => {
    expect(parseOrderBy('-create_time', 'coval')).toEqual([desc('create_time')])
    expect(parseOrderBy('-name', 'coval')).toEqual([desc('name')])
  })

  it('takes one field only', () => {
    const error = errorOf('last_used_at desc, name', 'coval')
    expect(error.position).toBe(17)
    expect(error.message).toBe('order_by takes one field here at position 18; remove the "," and the fields after it')
  })

  it.each([
    ['-name desc', 6, 'Unexpected "desc" after "-name" at position 7; write -field or field desc, not both'],
    ['- name', 1, 'Expected a field name after "-" at position 2; use name, create_time, last_used_at, update_time'],
    ['-colour', 1, 'Cannot order by "colour" at position 2; use name, create_time, last_used_at, update_time'],
    ['name desc name', 10, 'Unexpected "name" at position 11; order_by takes one field and an optional direction'],
  ])('rejects %j', (expression, position, message) => {
    const error = errorOf(expression, 'coval')
    expect(error.position).toBe(position)
    expect(error.message).toBe(message)
  })
})

describe('parseOrderBy: aip160 (AIP-132)', () => {
  it('reads several comma-separated fields', () => {
    expect(parseOrderBy('last_used_at desc, name', 'aip160')).toEqual([desc('last_used_at'), asc('name')])
    expect(parseOrderBy('name,create_time desc', 'aip160')).toEqual([asc('name'), desc('create_time')])
  })

  it.each([
    ['-create_time', 0, 'Cannot order by "-create_time" at position 1; use name, create_time, last_used_at, update_time'],
    ['name,,create_time', 5, 'An order_by term is empty at position 6; two commas in a row?'],
    ['name, colour desc', 6, 'Cannot order by "colour" at position 7; use name, create_time, last_used_at, update_time'],
    ['name desc asc', 10, 'Unexpected "asc" at position 11; separate fields with ","'],
  ])('rejects %j', (expression, position, message) => {
    const error = errorOf(expression, 'aip160')
    expect(error.position).toBe(position)
    expect(error.message).toBe(message)
  })
})
