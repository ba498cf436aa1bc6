import { describe, expect, it } from 'vitest'
import type { FilterNode } from './ast'
import { parseFilter as parseIn } from './parse'

// These cases are the AIP-160 dialect; parse-coval.test.ts has Coval's.
const parseFilter = (expression: string): FilterNode => parseIn(expression, 'aip160')

// Short builders so expected trees read like the filters they come from.
const status = (value: string): FilterNode => ({ kind: 'enum', field: 'status', operator: '=', value })
const named = (value: string): FilterNode => ({ kind: 'text', field: 'name', operator: '=', value })
const and = (...operands: FilterNode[]): FilterNode => ({ kind: 'and', operands })
const or = (...operands: FilterNode[]): FilterNode => ({ kind: 'or', operands })
const not = (operand: FilterNode): FilterNode => ({ kind: 'not', operand })
const [a, b, c, d] = [named('a'), named('b'), named('c'), named('d')]

describe('parseFilter: empty input', () => {
  it.each(['', '   ', '\t\n '])('parses %j to an AND of nothing', (expression) => {
    expect(parseFilter(expression)).toEqual(and())
  })
})

describe('parseFilter: comparisons', () => {
  it.each(['=', '!=', '<', '<=', '>', '>=', ':'] as const)('reads the %s operator on a text field', (operator) => {
    expect(parseFilter(`name ${operator} "x"`)).toEqual({ kind: 'text', field: 'name', operator, value: 'x' })
  })

  it('needs no whitespace around operators', () => {
    expect(parseFilter('description>="m"')).toEqual({ kind: 'text', field: 'description', operator: '>=', value: 'm' })
    expect(parseFilter('name!=ci')).toEqual({ kind: 'text', field: 'name', operator: '!=', value: 'ci' })
  })

  it('reads bare words, quoted strings and escapes', () => {
    expect(parseFilter('name = ci-*')).toEqual(named('ci-*'))
    expect(parseFilter('name = "two words"')).toEqual(named('two words'))
    expect(parseFilter(String.raw`name = "say \"hi\" \\ bye"`)).toEqual(named(String.raw`say "hi" \ bye`))
    expect(parseFilter('name = ""')).toEqual(named(''))
  })

  it('treats bare null as null and quoted "null" as a string', () => {
    expect(parseFilter('name = null')).toEqual({ kind: 'null', field: 'name', operator: '=' })
    expect(parseFilter('name != null')).toEqual({ kind: 'null', field: 'name', operator: '!=' })
    expect(parseFilter('name : null')).toEqual({ kind: 'null', field: 'name', operator: '=' })
    expect(parseFilter('name = "null"')).toEqual(named('null'))
  })

  it('canonicalises enum values and reads ":" as "="', () => {
    expect(parseFilter('status = active')).toEqual(status('ACTIVE'))
    expect(parseFilter('key_type : Service')).toEqual({ kind: 'enum', field: 'key_type', operator: '=', value: 'SERVICE' })
    expect(parseFilter('environment != "staging"')).toEqual({
      kind: 'enum',
      field: 'environment',
      operator: '!=',
      value: 'STAGING',
    })
    expect(parseFilter('status = null')).toEqual({ kind: 'null', field: 'status', operator: '=' })
  })

  it('reads timestamps bare or quoted, keeping the text and the instant', () => {
    const expected = { kind: 'timestamp', field: 'create_time', operator: '>=', value: '2026-01-01T00:00:00Z' }
    const instant = BigInt(Date.UTC(2026, 0, 1)) * 1_000_000n
    expect(parseFilter('create_time >= 2026-01-01T00:00:00Z')).toEqual({ ...expected, epochNanos: instant })
    expect(parseFilter('create_time>="2026-01-01T00:00:00Z"')).toEqual({ ...expected, epochNanos: instant })
    expect(parseFilter('update_time : 2026-01-01T01:00:00+01:00')).toMatchObject({ operator: '=', epochNanos: instant })
    expect(parseFilter('last_used_at != null')).toEqual({ kind: 'null', field: 'last_used_at', operator: '!=' })
  })

  it('reads scopes with colons unquoted', () => {
    expect(parseFilter('permissions:runs:read')).toEqual({ kind: 'scope', field: 'permissions', value: 'runs:read' })
    expect(parseFilter('permissions : "api-keys:*"')).toEqual({ kind: 'scope', field: 'permissions', value: 'api-keys:*' })
  })

  it('reads id as a text field, with wildcards and ":" as any text', () => {
    expect(parseFilter('id = 01JZ*')).toEqual({ kind: 'text', field: 'id', operator: '=', value: '01JZ*' })
    expect(parseFilter('id:"0000"')).toEqual({ kind: 'text', field: 'id', operator: ':', value: '0000' })
  })

  it('keeps a "-" inside a value rather than reading it as NOT', () => {
    expect(parseFilter('name = -x')).toEqual(named('-x'))
  })
})

describe('parseFilter: boolean structure', () => {
  it('lets OR bind tighter than AND, as AIP-160 specifies', () => {
    expect(parseFilter('name=a AND name=b OR name=c')).toEqual(and(a, or(b, c)))
    expect(parseFilter('name=a OR name=b AND name=c')).toEqual(and(or(a, b), c))
  })

  it('honours parentheses over precedence', () => {
    expect(parseFilter('(name=a AND name=b) OR name=c')).toEqual(or(and(a, b), c))
  })

  it('reads adjacency as AND, looser than OR', () => {
    expect(parseFilter('name=a name=b')).toEqual(and(a, b))
    expect(parseFilter('name=a name=b OR name=c')).toEqual(and(a, or(b, c)))
    expect(parseFilter('name=a name=b AND name=c name=d')).toEqual(and(a, b, c, d))
  })

  it('flattens chains of one operator', () => {
    expect(parseFilter('name=a OR name=b OR name=c')).toEqual(or(a, b, c))
    expect(parseFilter('name=a AND name=b AND name=c')).toEqual(and(a, b, c))
  })

  it('binds NOT and "-" tightest', () => {
    expect(parseFilter('NOT name=a OR name=b')).toEqual(or(not(a), b))
    expect(parseFilter('-name=a OR name=b')).toEqual(or(not(a), b))
    expect(parseFilter('name=a AND -name=b')).toEqual(and(a, not(b)))
    expect(parseFilter('NOT (name=a OR name=b)')).toEqual(not(or(a, b)))
    expect(parseFilter('-(name=a)')).toEqual(not(a))
    expect(parseFilter('NOT NOT name=a')).toEqual(not(not(a)))
    expect(parseFilter('NOT(name=a)')).toEqual(not(a))
  })

  it('keeps nested groups as written', () => {
    expect(parseFilter('((name=a))')).toEqual(a)
    expect(parseFilter('(name=a AND (name=b OR (name=c AND -(name=d))))')).toEqual(and(a, or(b, and(c, not(d)))))
    expect(parseFilter('(name=a AND name=b) AND name=c')).toEqual(and(and(a, b), c))
  })

  it('parses nesting up to the limit of 100 levels', () => {
    expect(parseFilter(`${'('.repeat(100)}name=a${')'.repeat(100)}`)).toEqual(a)
    expect(parseFilter(`${'-'.repeat(50)}${'('.repeat(50)}name=a${')'.repeat(50)}`)).toMatchObject({ kind: 'not' })
  })
})
