import { describe, expect, it } from 'vitest'
import { makeRecord, matches } from './filter-test-record'

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
