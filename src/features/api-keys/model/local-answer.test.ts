import type { FilterableKey } from '../../../api/filter/fields'
import { answerLocally, localPage } from './local-answer'
import { localAnswers } from './narrowed-answers'
import { DEFAULT_VIEW, type ListView } from './list-view'
import { toViewQuery } from './view-query'

const NOW = Date.parse('2026-11-26T12:00:00Z')
const query = (view: Partial<ListView>) => toViewQuery({ ...DEFAULT_VIEW, ...view }, NOW)

/** Keys created one day apart, newest first, as a documented server sends them. */
function newestFirst(count: number, fields: (i: number) => Partial<FilterableKey> = () => ({})): FilterableKey[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `01K${String(i).padStart(23, '0')}`,
    name: `key ${i}`,
    key_type: i % 2 === 0 ? 'SERVICE' : 'USER',
    environment: 'PRODUCTION',
    status: 'ACTIVE',
    create_time: new Date(NOW - i * 86_400_000).toISOString(),
    last_used_at: null,
    ...fields(i),
  }))
}

describe('answerLocally', () => {
  it('filters, sorts and counts a complete read', () => {
    const keys = newestFirst(10)
    const answer = answerLocally({ keys, complete: true, newestFirst: true }, query({ type: 'USER', sort: { field: 'name', desc: true } }))
    expect(answer.rows.map((k) => k.name)).toEqual(['key 9', 'key 7', 'key 5', 'key 3', 'key 1'])
    expect(answer).toMatchObject({ final: 5, complete: true })
    expect(localPage(answer, 2, 2)?.map((k) => k.name)).toEqual(['key 5', 'key 3'])
  })

  it('while reading newest first, the matching rows read so far are final up to the last key read', () => {
    const keys = newestFirst(9)
    const answer = answerLocally({ keys, complete: false, newestFirst: true }, query({ type: 'SERVICE' }))
    // Keys 0, 2, 4, 6 are final; key 8 is as new as the last key read, so one still to come may sort before it.
    expect(answer.rows.map((k) => k.name)).toEqual(['key 0', 'key 2', 'key 4', 'key 6', 'key 8'])
    expect(answer).toMatchObject({ final: 4, complete: false })
    expect(localPage(answer, 1, 4)?.map((k) => k.name)).toEqual(['key 0', 'key 2', 'key 4', 'key 6'])
    expect(localPage(answer, 1, 5)).toBeNull()
    expect(localPage(answer, 2, 4)).toBeNull()
  })

  it('a key as new as the last one read is not final: a tie may still come with a smaller id', () => {
    const keys = newestFirst(3, (i) => ({ create_time: new Date(NOW - (i === 2 ? 1 : i) * 86_400_000).toISOString() }))
    expect(answerLocally({ keys, complete: false, newestFirst: true }, query({})).final).toBe(1)
  })

  it('shows nothing early when the view has another order, or the keys did not come newest first', () => {
    const keys = newestFirst(6)
    expect(answerLocally({ keys, complete: false, newestFirst: true }, query({ sort: { field: 'name', desc: false } }))).toEqual({ rows: [], final: 0, complete: false })
    expect(answerLocally({ keys, complete: false, newestFirst: false }, query({}))).toEqual({ rows: [], final: 0, complete: false })
    expect(answerLocally({ keys: [], complete: false, newestFirst: true }, query({}))).toEqual({ rows: [], final: 0, complete: false })
  })
})

describe('localAnswers', () => {
  /** 60 keys of every environment, type and use; `reads` counts how often a name is looked at. */
  function mixedKeys() {
    const reads = { names: 0 }
    const environments = ['PRODUCTION', 'DEVELOPMENT', 'STAGING'] as const
    const keys = newestFirst(60, (i) => ({
      environment: environments[i % 3],
      key_type: i % 4 === 0 ? 'USER' : 'SERVICE',
      last_used_at: i % 5 === 0 ? null : new Date(NOW - i * 7 * 86_400_000).toISOString(),
    })).map((key, i) => {
      const name = [`prod-eu ${i}`, `Prod-US ${i}`, `staging ${i}`, `ci ${i}`][i % 4] as string
      return Object.defineProperty(key, 'name', { enumerable: true, get: () => (reads.names++, name) })
    })
    return { keys, reads }
  }

  it('answers every view as a fresh answer would, whatever the views before it', () => {
    const { keys } = mixedKeys()
    const read = { keys, complete: true, newestFirst: true }
    const views: Partial<ListView>[] = [
      { environment: 'PRODUCTION' }, { environment: 'PRODUCTION', search: 'p' }, { environment: 'PRODUCTION', search: 'pr' }, { environment: 'PRODUCTION', search: 'prod-e' },
      { environment: 'PRODUCTION', search: 'pro' }, { search: 'prod-e' }, {}, { type: 'USER' }, { type: 'USER', lastUsed: 'unused_90d' }, { lastUsed: 'unused_90d' },
      { type: 'USER', lastUsed: 'never' }, { type: 'USER', sort: { field: 'name', desc: false } }, { type: 'USER', search: 'prod', sort: { field: 'name', desc: false } }, { type: 'USER', search: 'prod-', sort: { field: 'name', desc: true } },
      { search: 'e', sort: { field: 'last_used_at', desc: false } }, { search: 'eu', sort: { field: 'name', desc: false } },
      { environment: 'STAGING', search: 's' }, { environment: 'STAGING' }, { search: '1' }, { search: '12' }, { search: '2' }, { statuses: ['ACTIVE'] },
    ]
    const answer = localAnswers()
    // Forwards, backwards and every other view: each answer, kept or narrowed, is the fresh one.
    for (const view of [...views, ...views.toReversed(), ...views.filter((_, i) => i % 2 === 0)]) {
      expect({ view, rows: answer(read, query(view)).rows.map((k) => k.id) }).toEqual({ view, rows: answerLocally(read, query(view)).rows.map((k) => k.id) })
    }
  })

  it('a search typed on looks only at the keys the view before it kept, and a view asked again is the same answer', () => {
    const { keys, reads } = mixedKeys()
    const read = { keys, complete: true, newestFirst: true }
    const answer = localAnswers()
    const production = answer(read, query({ environment: 'PRODUCTION' }))
    expect(production.rows).toHaveLength(20)
    reads.names = 0
    const typed = answer(read, query({ environment: 'PRODUCTION', search: 'prod' }))
    // The production view's 20 names, not all 60 keys'.
    expect(reads.names).toBe(20)
    expect(typed.rows.map((k) => k.id)).toEqual(answerLocally(read, query({ environment: 'PRODUCTION', search: 'prod' })).rows.map((k) => k.id))
    expect(typed.rows).toHaveLength(10)
    reads.names = 0
    expect(answer(read, query({ environment: 'PRODUCTION' }))).toBe(production)
    expect(answer(read, query({ environment: 'PRODUCTION', search: 'prod' }))).toBe(typed)
    expect(reads.names).toBe(0)
  })

  it('starts afresh on another read, and keeps nothing of a read not over', () => {
    const { keys } = mixedKeys()
    const answer = localAnswers()
    const view = query({ environment: 'PRODUCTION' })
    const first = answer({ keys, complete: true, newestFirst: true }, view)
    const fewer = keys.slice(0, 30)
    expect(answer({ keys: fewer, complete: true, newestFirst: true }, view).rows).toHaveLength(10)
    const partly = answer({ keys, complete: false, newestFirst: true }, view)
    expect(partly).toEqual(answerLocally({ keys, complete: false, newestFirst: true }, view))
    expect(answer({ keys, complete: true, newestFirst: true }, view)).not.toBe(first)
  })
})
