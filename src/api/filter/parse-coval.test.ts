import { describe, expect, it } from 'vitest'
import type { FilterNode } from './ast'
import { FilterSyntaxError } from './errors'
import { compileFilter } from './compile'
import type { FilterableKey } from './fields'
import { parseFilter } from './parse'

// Coval's documented dialect: comparisons joined by AND / OR, and nothing else.
const parse = (expression: string): FilterNode => parseFilter(expression, 'coval')
const named = (value: string): FilterNode => ({ kind: 'text', field: 'name', operator: '=', value })
const and = (...operands: FilterNode[]): FilterNode => ({ kind: 'and', operands })
const or = (...operands: FilterNode[]): FilterNode => ({ kind: 'or', operands })
const [a, b, c, d] = [named('a'), named('b'), named('c'), named('d')]
const instant = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n

describe('parseFilter (coval): what it accepts', () => {
  it.each(['', '  \n'])('parses %j to an AND of nothing', (expression) => {
    expect(parse(expression)).toEqual(and())
  })

  it.each(['=', '!=', '<', '<=', '>', '>='] as const)('reads the %s operator', (operator) => {
    expect(parse(`name ${operator} "x"`)).toEqual({ kind: 'text', field: 'name', operator, value: 'x' })
  })

  it('reads values bare or double-quoted, with \\" and \\\\ escapes', () => {
    expect(parse('name=ci-deploy')).toEqual(named('ci-deploy'))
    expect(parse('name = "two words"')).toEqual(named('two words'))
    expect(parse(String.raw`name = "say \"hi\" \\ bye"`)).toEqual(named(String.raw`say "hi" \ bye`))
  })

  it('reads the documented example', () => {
    expect(parse('key_type=SERVICE AND create_time>"2026-01-01T00:00:00Z"')).toEqual(
      and(
        { kind: 'enum', field: 'key_type', operator: '=', value: 'SERVICE' },
        { kind: 'timestamp', field: 'create_time', operator: '>', value: '2026-01-01T00:00:00Z', epochNanos: instant('2026-01-01T00:00:00Z') },
      ),
    )
  })

  it('knows id, name, key_type, environment, status and the three timestamps', () => {
    expect(parse('id = 01JZ0000000000000000000000')).toEqual({ kind: 'text', field: 'id', operator: '=', value: '01JZ0000000000000000000000' })
    expect(parse('environment != staging')).toEqual({ kind: 'enum', field: 'environment', operator: '!=', value: 'STAGING' })
    expect(parse('status = ACTIVE')).toEqual({ kind: 'enum', field: 'status', operator: '=', value: 'ACTIVE' })
    for (const field of ['create_time', 'update_time', 'last_used_at']) {
      expect(parse(`${field} <= 2026-01-01T00:00:00Z`)).toMatchObject({ kind: 'timestamp', field, operator: '<=' })
    }
  })

  it('lets AND bind tighter than OR, as SQL does', () => {
    expect(parse('name=a AND name=b OR name=c')).toEqual(or(and(a, b), c))
    expect(parse('name=a OR name=b AND name=c')).toEqual(or(a, and(b, c)))
    expect(parse('name=a AND name=b OR name=c AND name=d')).toEqual(or(and(a, b), and(c, d)))
    expect(parse('name=a OR name=b OR name=c')).toEqual(or(a, b, c))
    expect(parse('name=a AND name=b AND name=c')).toEqual(and(a, b, c))
  })

  it('keeps a "-" inside a value', () => {
    expect(parse('name = -x')).toEqual(named('-x'))
  })
})

describe('parseFilter (coval): a bare null and "*" are plain values', () => {
  const key: FilterableKey = { id: '01JZ0000000000000000000000', name: 'ci-*', last_used_at: null }
  const matches = (expression: string, record: FilterableKey = key) => compileFilter(expression, 'coval')(record)

  it('reads null on a text field as the text "null"', () => {
    expect(parse('name = null')).toEqual(named('null'))
    expect(matches('name = null', { id: 'x', name: null })).toBe(false)
    expect(matches('name = null', { id: 'x', name: 'null' })).toBe(true)
  })

  it('matches "*" literally, for = and !=', () => {
    expect(matches('name = "ci-*"')).toBe(true)
    expect(matches('name = "ci-*"', { id: 'x', name: 'ci-deploy' })).toBe(false)
    expect(matches('name = "*"', { id: 'x', name: 'anything' })).toBe(false)
    expect(matches('name != "ci-*"')).toBe(false)
    expect(matches('name != "ci-*"', { id: 'x', name: 'ci-deploy' })).toBe(true)
    // A missing name fails "!=" as every text comparison does.
    expect(matches('name != "ci-*"', { id: 'x', name: null })).toBe(false)
  })

  it('judges AND before OR', () => {
    // Here the AND is false and the OR's right side true: only SQL precedence matches.
    expect(matches('name = "x" AND name = "y" OR id = 01JZ0000000000000000000000')).toBe(true)
  })
})

function errorOf(expression: string): FilterSyntaxError {
  try {
    parse(expression)
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error
    throw error
  }
  throw new Error(`Expected ${JSON.stringify(expression)} to fail`)
}

const COVAL_FIELDS = 'id, name, key_type, status, environment, create_time, update_time, last_used_at'
const NO_NEGATION = 'use "!=" to exclude a value'
const NO_GROUPS = 'AND binds tighter than OR; write the conditions without grouping'

// [label, expression, position, message]: positions are 0-based offsets into the expression.
const REJECTED: ReadonlyArray<readonly [string, string, number, string]> = [
  ['":"', 'name:"ci"', 4, `Operator ":" is not part of Coval’s filter dialect at position 5; use one of = != < <= > >=; values match exactly`],
  ['":" on an enum', 'status : ACTIVE', 7, `Operator ":" is not part of Coval’s filter dialect at position 8; use one of = != < <= > >=; values match exactly`],
  ['NOT', 'NOT status = REVOKED', 0, `NOT is not part of Coval’s filter dialect at position 1; ${NO_NEGATION}`],
  ['NOT after AND', 'name = a AND NOT name = b', 13, `NOT is not part of Coval’s filter dialect at position 14; ${NO_NEGATION}`],
  ['"-"', '-status = REVOKED', 0, `"-" (negation) is not part of Coval’s filter dialect at position 1; ${NO_NEGATION}`],
  ['"(" ', '(name = a OR name = b) AND status = ACTIVE', 0, `Parentheses are not part of Coval’s filter dialect at position 1; ${NO_GROUPS}`],
  ['"(" after AND', 'status = ACTIVE AND (name = a)', 20, `Parentheses are not part of Coval’s filter dialect at position 21; ${NO_GROUPS}`],
  ['")"', 'name = a)', 8, `Parentheses are not part of Coval’s filter dialect at position 9; ${NO_GROUPS}`],
  ['adjacency', 'name = a status = ACTIVE', 9, `Expected AND or OR before "status" at position 10; Coval’s filter dialect joins conditions only with AND or OR`],
  ['an unquoted space in a value', 'name = two words', 11, `Expected AND or OR before "words" at position 12; Coval’s filter dialect joins conditions only with AND or OR`],
  ['a value in single quotes, as SQL writes it', "name = 'Zapier prod integration'", 15, 'Expected AND or OR before "prod" at position 16; use double quotes around a value with spaces; single quotes are not part of the filter syntax'],
  ['a lower-case and', 'name = a and name = b', 9, 'Expected AND or OR before "and" at position 10; boolean operators are upper-case: AND, OR'],
  ['description', 'description = "x"', 0, `Unknown field "description" at position 1; filterable fields are ${COVAL_FIELDS}`],
  ['permissions', 'status = ACTIVE AND permissions = "runs:read"', 20, `Unknown field "permissions" at position 21; filterable fields are ${COVAL_FIELDS}`],
  ['null on a timestamp', 'last_used_at = null', 15, 'Invalid timestamp "null" at position 16; use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'],
  ['null on an enum', 'environment = null', 14, 'Unknown environment value "null" at position 15; expected one of PRODUCTION, STAGING, DEVELOPMENT'],
  ['ordering an enum', 'status < ACTIVE', 7, 'Operator "<" does not apply to enum field "status" at position 8; use "=" or "!="'],
  ['a missing operator', 'name "x"', 5, 'Expected an operator after "name" at position 6; found string "x"; use one of = != < <= > >='],
  ['a lone "!"', 'name ! x', 5, 'Unexpected character "!" at position 6; use "!=" for not-equal'],
  ['a trailing AND', 'name = a AND', 12, 'Expected a term after "AND" at position 13'],
  ['a leading OR', 'OR name = a', 0, 'Dangling "OR" at position 1; it needs a term on its left'],
  ['a trailing string', 'name = a "b"', 9, 'Unexpected string "b" at position 10; expected AND, OR or the end of the filter'],
]

describe('parseFilter (coval): what it rejects, and where', () => {
  it.each(REJECTED)('rejects %s', (_label, expression, position, message) => {
    const error = errorOf(expression)
    expect(error.position).toBe(position)
    expect(error.message).toBe(message)
  })

  it('accepts in AIP-160 what it rejects as Coval-only syntax', () => {
    for (const expression of ['name:"ci"', 'NOT status = REVOKED', '-status = REVOKED', '(name = a)', 'name = a status = ACTIVE', 'description = "x"', 'last_used_at = null']) {
      expect(() => parseFilter(expression, 'aip160')).not.toThrow()
    }
  })
})
