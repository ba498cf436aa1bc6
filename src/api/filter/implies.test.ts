import { describe, expect, it } from 'vitest'
import type { FilterNode } from './ast'
import { toPredicate } from './evaluate'
import type { FilterableKey } from './fields'
import { implies, sameNode } from './implies'

const name = (value: string): FilterNode => ({ kind: 'text', field: 'name', operator: ':', value })
const env = (value: string, operator: '=' | '!=' = '='): FilterNode => ({ kind: 'enum', field: 'environment', operator, value })
const and = (...operands: FilterNode[]): FilterNode => ({ kind: 'and', operands })
const or = (...operands: FilterNode[]): FilterNode => ({ kind: 'or', operands })
const usedBefore = (iso: string): FilterNode => ({ kind: 'timestamp', field: 'last_used_at', operator: '<', value: iso, epochNanos: BigInt(Date.parse(iso)) * 1_000_000n })

describe('sameNode', () => {
  it('compares trees made apart, node for node, the instant included', () => {
    expect(sameNode(and(env('PRODUCTION'), or(name('a'), usedBefore('2026-01-01T00:00:00Z'))), and(env('PRODUCTION'), or(name('a'), usedBefore('2026-01-01T00:00:00Z'))))).toBe(true)
    expect(sameNode(and(env('PRODUCTION'), name('a')), and(env('PRODUCTION'), name('b')))).toBe(false)
    expect(sameNode(and(env('PRODUCTION')), or(env('PRODUCTION')))).toBe(false)
    expect(sameNode(and(env('PRODUCTION')), and(env('PRODUCTION'), env('PRODUCTION')))).toBe(false)
    expect(sameNode(env('PRODUCTION'), env('PRODUCTION', '!='))).toBe(false)
    const instant = usedBefore('2026-01-01T00:00:00Z')
    expect(sameNode(instant, { ...instant, epochNanos: (instant.kind === 'timestamp' ? instant.epochNanos : 0n) + 1n } as FilterNode)).toBe(false)
  })
})

describe('implies', () => {
  it('a search typed on implies the search before it, not the other way', () => {
    expect(implies(name('prod-'), name('prod'))).toBe(true)
    expect(implies(name('Prod-EU'), name('od-e'))).toBe(true)
    expect(implies(name('prod'), name('prod-'))).toBe(false)
    expect(implies(name('prod'), name('prod'))).toBe(true)
  })

  it('says no where it cannot tell', () => {
    // Another field, or an exact name (a wildcard) rather than "holds".
    expect(implies({ kind: 'text', field: 'description', operator: ':', value: 'prod-' }, name('prod'))).toBe(false)
    expect(implies({ kind: 'text', field: 'name', operator: '=', value: 'prod-eu' }, name('prod'))).toBe(false)
    // A needle of invisible characters alone is matched only as typed.
    expect(implies(name('a\u200bb'), name('\u200b'))).toBe(false)
    expect(implies(env('PRODUCTION'), env('DEVELOPMENT', '!='))).toBe(false)
  })

  it('reads and / or: a conjunction implies each part; a part implies a disjunction', () => {
    expect(implies(and(env('PRODUCTION'), name('x')), env('PRODUCTION'))).toBe(true)
    expect(implies(env('PRODUCTION'), or(env('PRODUCTION'), name('x')))).toBe(true)
    expect(implies(or(name('ab'), name('cb')), name('b'))).toBe(true)
    expect(implies(or(name('ab'), name('c')), name('b'))).toBe(false)
    expect(implies(and(env('PRODUCTION'), name('xy')), and(name('x'), env('PRODUCTION')))).toBe(true)
    expect(implies(env('PRODUCTION'), and(env('PRODUCTION'), name('x')))).toBe(false)
    // The empty "or" holds for nothing; the empty "and" for everything.
    expect(implies(or(), name('x'))).toBe(true)
    expect(implies(name('x'), and())).toBe(true)
  })

  it('is never wrong: wherever it says yes, every key the first holds for the second holds for', () => {
    const names = ['Prod-EU', 'prod\u200b-eu', 'ΑΣ', 'ΑΣΑ', 'staging', 'PRODUCTION key', 'x', '', null]
    const keys = names.flatMap((n, i) => ['PRODUCTION', 'DEVELOPMENT', undefined].map((environment) => ({ id: `k${i}${environment ?? ''}`, name: n, environment }) as FilterableKey))
    const needles = ['prod', 'PROD-', 'prod-eu', 'od\u200b-', '-', 'σ', 'ας', 'ασ', 'ΑΣ', '\u200b', 'key', '']
    const leaves: FilterNode[] = [...needles.map(name), env('PRODUCTION'), env('PRODUCTION', '!='), { kind: 'null', field: 'name', operator: '=' }]
    const nodes = [...leaves, ...leaves.flatMap((a) => [and(a, env('PRODUCTION')), or(a, name('staging'))])]
    const said = nodes.flatMap((a) => nodes.filter((b) => implies(a, b)).map((b) => ({ a, b })))
    const wrong = said.flatMap(({ a, b }) => keys.filter((key) => toPredicate(a)(key) && !toPredicate(b)(key)).map((key) => ({ a, b, key })))
    expect(wrong).toEqual([])
    // Enough pairs said yes for the check to mean something.
    expect(said.length).toBeGreaterThan(nodes.length * 2)
  })
})
