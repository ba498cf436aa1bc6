import { describe, expect, it } from 'vitest'
import { makeRecord, matches } from './filter-test-record'
import { compileFilter } from './compile'

describe('compileFilter: empty filter', () => {
  it.each(['', '  \n'])('matches every record for %j', (expression) => {
    expect(matches(expression)).toBe(true)
    expect(matches(expression, makeRecord({ name: null, status: 'REVOKED' }))).toBe(true)
  })
})

describe('compileFilter: enum fields', () => {
  it.each([
    ['status = ACTIVE', true],
    ['status = active', true],
    ['status = "Active"', true],
    ['status : ACTIVE', true],
    ['status = REVOKED', false],
    ['status != REVOKED', true],
    ['status != ACTIVE', false],
    ['key_type = SERVICE', true],
    ['key_type = USER', false],
    ['key_type : user', false],
    ['environment = PRODUCTION', true],
    ['environment != production', false],
    ['environment = STAGING', false],
    ['status = null', false],
    ['status != null', true],
  ])('%s → %s', (expression, expected) => {
    expect(matches(expression)).toBe(expected)
  })
})

describe('compileFilter: timestamp fields', () => {
  const used = makeRecord({ update_time: '2026-03-02T00:00:00.000Z', last_used_at: '2026-04-01T08:30:00.123456Z' })

  it.each([
    ['create_time = 2026-03-01T12:00:00Z', true],
    ['create_time : "2026-03-01T12:00:00Z"', true],
    ['create_time = 2026-03-01T13:00:00+01:00', true],
    ['create_time = 2026-03-01T07:00:00-05:00', true],
    ['create_time = 2026-03-01T12:00:00.000000001Z', false],
    ['create_time != 2026-03-01T12:00:00Z', false],
    ['create_time != 2026-01-01T00:00:00Z', true],
    ['create_time < 2026-03-01T12:00:01Z', true],
    ['create_time < 2026-03-01T12:00:00Z', false],
    ['create_time <= 2026-03-01T12:00:00Z', true],
    ['create_time > 2026-03-01T11:59:59.999Z', true],
    ['create_time > 2026-03-01T12:00:00Z', false],
    ['create_time >= "2026-03-01T12:00:00Z"', true],
    ['create_time >= 2026-08-01T00:00:00Z', false],
    ['update_time > 2026-03-01T23:59:59Z', true],
  ])('%s → %s', (expression, expected) => {
    expect(matches(expression, used)).toBe(expected)
  })

  it('orders sub-millisecond timestamps by their full precision', () => {
    expect(matches('last_used_at > 2026-04-01T08:30:00.123455Z', used)).toBe(true)
    expect(matches('last_used_at < 2026-04-01T08:30:00.123457Z', used)).toBe(true)
    expect(matches('last_used_at = 2026-04-01T08:30:00.123456000Z', used)).toBe(true)
  })

  it('reads "= null" as never used and "!= null" as used', () => {
    expect(matches('last_used_at = null')).toBe(true)
    expect(matches('last_used_at != null')).toBe(false)
    expect(matches('last_used_at = null', used)).toBe(false)
    expect(matches('last_used_at != null', used)).toBe(true)
  })

  it.each(['=', '!=', '<', '<=', '>', '>=', ':'])('fails "%s" against a null timestamp', (operator) => {
    expect(matches(`last_used_at ${operator} 2026-01-01T00:00:00Z`)).toBe(false)
  })
})

describe('compileFilter: permissions', () => {
  it.each([
    ['permissions : "runs:read"', true],
    ['permissions:runs:read', true],
    ['permissions : "agents:*"', true],
    ['permissions : "runs:write"', false],
    ['permissions : "runs"', false],
    ['permissions : "RUNS:READ"', false],
    ['permissions : "runs:*"', false],
    ['-permissions : "runs:write"', true],
  ])('%s → %s (holds exactly this scope)', (expression, expected) => {
    expect(matches(expression)).toBe(expected)
  })

  it('matches no scope on a key without permissions', () => {
    expect(matches('permissions : "runs:read"', makeRecord({ permissions: [] }))).toBe(false)
  })
})

describe('compileFilter: boolean logic', () => {
  // Here A and B are false and C is true, so the grouping decides the answer.
  const [A, B, C] = ['status = REVOKED', 'key_type = USER', 'environment = PRODUCTION']

  it('reads "A AND B OR C" as A AND (B OR C)', () => {
    expect(matches(`${A} AND ${B} OR ${C}`)).toBe(false)
    expect(matches(`${A} AND (${B} OR ${C})`)).toBe(false)
    expect(matches(`(${A} AND ${B}) OR ${C}`)).toBe(true)
    expect(matches(`${C} OR ${A} AND ${B}`)).toBe(false)
  })

  it('reads adjacency as AND', () => {
    expect(matches(`${C} name = ci-*`)).toBe(true)
    expect(matches(`${C} ${A}`)).toBe(false)
    expect(matches(`${A} ${B} OR ${C}`)).toBe(false)
  })

  it('binds NOT and "-" tighter than OR and AND', () => {
    expect(matches(`NOT ${C} OR ${A}`)).toBe(false)
    expect(matches(`NOT (${A} OR ${B})`)).toBe(true)
    expect(matches(`-${A} AND -${B}`)).toBe(true)
    expect(matches(`-(${C})`)).toBe(false)
    expect(matches(`NOT NOT ${C}`)).toBe(true)
  })

  it('evaluates deeply nested groups', () => {
    expect(matches(`((${A} OR (${B} OR (${C})))) AND NOT (${A} AND (${B} OR ${C}))`)).toBe(true)
    expect(matches(`${'('.repeat(50)}${C}${')'.repeat(50)}`)).toBe(true)
  })

  it('selects the expected records from a list', () => {
    const records = [
      makeRecord({ name: 'ci-a', environment: 'STAGING' }),
      makeRecord({ name: 'ci-b', status: 'SUSPENDED', last_used_at: '2026-05-01T00:00:00Z' }),
      makeRecord({ name: 'manual', key_type: 'USER' }),
      makeRecord({ name: null }),
    ]
    // OR groups first: (name = "ci-*" OR key_type = USER) AND last_used_at = null.
    const filter = compileFilter('name = "ci-*" OR key_type = user AND last_used_at = null', 'aip160')
    expect(records.filter(filter).map((r) => r.name)).toEqual(['ci-a', 'manual'])
    const loose = compileFilter('(name = "ci-*" OR key_type = user) -environment = STAGING', 'aip160')
    expect(records.filter(loose).map((r) => r.name)).toEqual(['ci-b', 'manual'])
  })
})
