import { describe, expect, it } from 'vitest'
import { FilterSyntaxError } from './errors'
import { parseFilter } from './parse'

function errorOf(expression: string): FilterSyntaxError {
  try {
    parseFilter(expression, 'aip160')
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error
    throw error
  }
  throw new Error(`Expected ${JSON.stringify(expression)} to fail`)
}

const FIELD_LIST = 'id, name, description, key_type, status, environment, create_time, update_time, last_used_at, permissions'

// [expression, position, message]: positions are 0-based offsets into the expression.
const CASES: ReadonlyArray<readonly [string, string, number, string]> = [
  ['unknown field', 'foo = 1', 0, `Unknown field "foo" at position 1; filterable fields are ${FIELD_LIST}`],
  ['unknown field mid-way', 'status=ACTIVE bogus:1', 14, `Unknown field "bogus" at position 15; filterable fields are ${FIELD_LIST}`],
  ['lower-case keyword', 'name=a and name=b', 7, 'Unknown field "and" at position 8; boolean operators are upper-case: AND, OR, NOT'],
  ['missing value at the end', 'status=', 7, 'Expected a value after "=" at position 8'],
  ['missing value before a bracket', '(name = )', 8, 'Expected a value after "=" at position 9; found ")"'],
  ['keyword as value', 'name = AND x', 7, 'Expected a value after "=" at position 8; found "AND"'],
  ['doubled operator', 'name == x', 6, 'Expected a value after "=" at position 7; found "="'],
  ['missing operator', 'name', 4, 'Expected an operator after "name" at position 5; the filter ends; use one of = != < <= > >= :'],
  ['string instead of operator', 'name "x"', 5, 'Expected an operator after "name" at position 6; found string "x"; use one of = != < <= > >= :'],
  ['lone "!"', 'name ! x', 5, 'Unexpected character "!" at position 6; use "!=" for not-equal or NOT to negate'],
  ['unterminated string', 'name = "abc', 7, 'Unterminated string starting at position 8; add the closing "'],
  ['string ending in a backslash', 'name = "abc\\', 7, 'Unterminated string starting at position 8; add the closing "'],
  ['unknown escape', 'name = "a\\nb"', 9, 'Invalid escape "\\n" at position 10; only \\" and \\\\ are allowed in a string'],
  ['unclosed group', '(name = a', 0, 'Unclosed "(" at position 1; add a ")" to close it'],
  ['unclosed inner group', '(name=a AND (name=b)', 0, 'Unclosed "(" at position 1; add a ")" to close it'],
  ['group closed by a string', '(name=a "b")', 8, 'Expected ")" at position 9; found string "b" before the "(" at position 1 was closed'],
  ['extra closing bracket', 'name=a)', 6, 'Unbalanced ")" at position 7; there is no "(" for it to close'],
  ['leading closing bracket', ') name=a', 0, 'Unbalanced ")" at position 1; there is no "(" for it to close'],
  ['empty group', '()', 1, 'Expected a term after "(" at position 2; found ")"'],
  ['trailing AND', 'name=a AND', 10, 'Expected a term after "AND" at position 11'],
  ['trailing OR', 'name=a OR ', 10, 'Expected a term after "OR" at position 11'],
  ['trailing NOT', 'name=a NOT', 10, 'Expected a term after "NOT" at position 11'],
  ['trailing minus', 'name=a -', 8, 'Expected a term after "-" at position 9'],
  ['AND then OR', 'name=a AND OR name=b', 11, 'Expected a term after "AND" at position 12; found "OR"'],
  ['NOT before a bracket', 'NOT )', 4, 'Expected a term after "NOT" at position 5; found ")"'],
  ['leading AND', 'AND name=a', 0, 'Dangling "AND" at position 1; it needs a term on its left'],
  ['OR first in a group', '(OR name=a)', 1, 'Dangling "OR" at position 2; it needs a term on its left'],
  ['leading operator', '= x', 0, 'Unexpected "=" at position 1; expected a field name, "(", NOT or "-"'],
  ['leading string', '"name" = x', 0, 'Unexpected string "name" at position 1; expected a field name, "(", NOT or "-"'],
  ['trailing string', 'name=a "b"', 7, 'Unexpected string "b" at position 8; expected AND, OR or the end of the filter'],
  ['trailing operator', 'name = a = b', 9, 'Unexpected "=" at position 10; expected AND, OR or the end of the filter'],
  ['ordering an enum', 'status < ACTIVE', 7, 'Operator "<" does not apply to enum field "status" at position 8; use "=", "!=" or ":"'],
  ['ordering an enum with null', 'key_type >= null', 9, 'Operator ">=" does not apply to enum field "key_type" at position 10; use "=", "!=" or ":"'],
  ['unknown enum value', 'environment = PROD', 14, 'Unknown environment value "PROD" at position 15; expected one of PRODUCTION, STAGING, DEVELOPMENT'],
  ['ordering null', 'last_used_at < null', 13, 'Operator "<" cannot compare with null at position 14; use "=" or "!="'],
  ['ordering a text null', 'name > null', 5, 'Operator ">" cannot compare with null at position 6; use "=" or "!="'],
  ['invalid timestamp', 'create_time > 2026-13-01T00:00:00Z', 14, 'Invalid timestamp "2026-13-01T00:00:00Z" at position 15; use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'],
  ['date without time', 'create_time > "2026-01-01"', 14, 'Invalid timestamp "2026-01-01" at position 15; use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'],
  ['quoted null timestamp', 'update_time = "null"', 14, 'Invalid timestamp "null" at position 15; use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'],
  ['"=" on permissions', 'permissions = runs:read', 12, 'Operator "=" does not apply to field "permissions" at position 13; use permissions:"scope" to find keys holding a scope'],
  ['null permissions', 'permissions : null', 14, 'Field "permissions" cannot be compared with null at position 15; use permissions:"scope" to find keys holding a scope'],
]

describe('parseFilter: errors', () => {
  it.each(CASES)('reports %s', (_label, expression, position, message) => {
    const error = errorOf(expression)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('FilterSyntaxError')
    expect(error.position).toBe(position)
    expect(error.message).toBe(message)
  })

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:60:00Z',
    '2026-01-01T00:00:60Z',
    '2026-01-01T00:00:00',
    '2026-01-01T00:00:00+25:00',
    '2026-01-01 00:00:00Z',
    'yesterday',
  ])('rejects the timestamp %s', (timestamp) => {
    expect(errorOf(`create_time = "${timestamp}"`).position).toBe(14)
  })

  it('reports the first problem in reading order', () => {
    // The parser pulls tokens lazily, so a later lexical error does not mask an earlier one.
    expect(errorOf('foo = "unterminated').position).toBe(0)
  })

  it('rejects nesting beyond 100 levels at the first level too deep', () => {
    const error = errorOf(`${'('.repeat(101)}name=a${')'.repeat(101)}`)
    expect(error.position).toBe(100)
    expect(error.message).toBe('Filter nests too deeply at position 101; at most 100 levels of "(", NOT and "-" are allowed')
    expect(errorOf(`${'NOT '.repeat(101)}name=a`).position).toBe(400)
    expect(errorOf(`${'('.repeat(100_000)}`).position).toBe(100)
  })

  it('reports an unclosed group deep inside nesting at its own bracket', () => {
    expect(errorOf('(((name=a) OR (name=b)) AND (name=c').position).toBe(28)
  })
})
