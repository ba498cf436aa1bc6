import { describe, expect, it } from 'vitest'
import type { ApiKeyRecord } from '../api-key-schema'
import { compileFilter } from './compile'

function makeRecord(overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: '01JZ0000000000000000000000',
    organization_id: 'org_test',
    api_key: 'sk_test_••••1234',
    key_type: 'SERVICE',
    environment: 'PRODUCTION',
    status: 'ACTIVE',
    name: 'ci-deploy',
    description: 'Deploys from CI.\nRotated monthly.',
    permissions: ['runs:read', 'agents:*'],
    create_time: '2026-03-01T12:00:00Z',
    update_time: null,
    last_used_at: null,
    ...overrides,
  }
}

const record = makeRecord()
const matches = (expression: string, target: ApiKeyRecord = record): boolean => compileFilter(expression, 'aip160')(target)

describe('compileFilter: empty filter', () => {
  it.each(['', '  \n'])('matches every record for %j', (expression) => {
    expect(matches(expression)).toBe(true)
    expect(matches(expression, makeRecord({ name: null, status: 'REVOKED' }))).toBe(true)
  })
})

describe('compileFilter: text fields', () => {
  it.each([
    ['name = "ci-deploy"', true],
    ['name = ci-deploy', true],
    ['name = "CI-DEPLOY"', false],
    ['name = "ci"', false],
    ['name != "ci-deploy"', false],
    ['name != "other"', true],
    ['name < "d"', true],
    ['name < "ci-deploy"', false],
    ['name <= "ci-deploy"', true],
    ['name > "ci-deploy"', false],
    ['name > "ca"', true],
    ['name >= "ci-deploy"', true],
    ['name > "Z"', true],
  ])('%s → %s (exact, case-sensitive, lexicographic)', (expression, expected) => {
    expect(matches(expression)).toBe(expected)
  })

  it.each([
    ['name = "ci-*"', true],
    ['name = ci-*', true],
    ['name = "*deploy"', true],
    ['name = "c*y"', true],
    ['name = "*-*"', true],
    ['name = "*"', true],
    ['name = "ci-deploy*"', true],
    ['name = "CI-*"', false],
    ['name = "ci*x"', false],
    ['name = "*ci"', false],
    ['name != "ci-*"', false],
    ['name != "prod-*"', true],
    ['description = "Deploys*monthly."', true],
  ])('%s → %s (wildcard)', (expression, expected) => {
    expect(matches(expression)).toBe(expected)
  })

  it('treats regular-expression characters in a wildcard value literally', () => {
    const odd = makeRecord({ name: 'a.b(c)+' })
    expect(matches('name = "a.b(c)+*"', odd)).toBe(true)
    expect(matches('name = "a?b*"', odd)).toBe(false)
    expect(matches('name = "*.b(c)+"', makeRecord({ name: 'aXb(c)+' }))).toBe(false)
  })

  it.each([
    ['name : "deploy"', true],
    ['name : "DEPLOY"', true],
    ['name : Ci-De', true],
    ['name : ""', true],
    ['name : "prod"', false],
    ['name : "ci-*"', false],
    ['description : "rotated MONTHLY"', true],
  ])('%s → %s (case-insensitive contains)', (expression, expected) => {
    expect(matches(expression)).toBe(expected)
  })

  it('finds a name by its letters without their accents, either way round, as a phone keyboard types it (review round 18)', () => {
    const chloe = makeRecord({ name: 'Chloé Martin — Zeynep Yılmaz’s CI' })
    for (const typed of ['chloe', 'CHLOÉ', 'chloé martin', 'zeynep yilmaz', 'yılmaz']) expect(matches(`name : "${typed}"`, chloe)).toBe(true)
    expect(matches('name : "Chloé"', makeRecord({ name: 'Chloe Martin' }))).toBe(true)
    expect(matches('name : "bjorn strasse"', makeRecord({ name: 'Bjørn Straße' }))).toBe(true)
    expect(matches('name : "chloe"', makeRecord({ name: 'Chlo Martin' }))).toBe(false)
    // An exact match stays exact.
    expect(matches('name = "Chloe Martin"', makeRecord({ name: 'Chloé Martin' }))).toBe(false)
  })

  it('reads "*" in a contains value as a literal asterisk', () => {
    expect(matches('name : "*"', makeRecord({ name: 'a*b' }))).toBe(true)
  })

  describe('on a null field', () => {
    const unnamed = makeRecord({ name: null, description: null })
    it.each([
      ['name = null', true],
      ['name : null', true],
      ['name != null', false],
      ['name = "x"', false],
      ['name = "*"', false],
      ['name != "x"', false],
      ['name : ""', false],
      ['name < "z"', false],
      ['name <= "z"', false],
      ['name > ""', false],
      ['name >= ""', false],
      ['description = null', true],
      ['-name = "x"', true],
    ])('%s → %s', (expression, expected) => {
      expect(matches(expression, unnamed)).toBe(expected)
    })
  })

  it('distinguishes an empty string from null', () => {
    const empty = makeRecord({ name: '' })
    expect(matches('name = null', empty)).toBe(false)
    expect(matches('name != null', empty)).toBe(true)
    expect(matches('name = ""', empty)).toBe(true)
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
