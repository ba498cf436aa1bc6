import type { FilterableKey } from '../../../api/filter/fields'
import { answerLocally, localPage } from './local-answer'
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
