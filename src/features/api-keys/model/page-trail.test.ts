import { allSeen, countMoved, loopsBack, type TrailPage } from './page-trail'

const page = (ids: string[], nextToken: string | null, total = 100): TrailPage => ({ ids, nextToken, total })

describe('loopsBack', () => {
  it('lets an honest walk go on', () => {
    const earlier = [page(['A', 'B'], 't2'), page(['C', 'D'], 't3')]
    expect(loopsBack([], page(['A', 'B'], 't2'))).toBeNull()
    expect(loopsBack(earlier, page(['E', 'F'], 't4'))).toBeNull()
    expect(loopsBack(earlier, page(['E'], null))).toBeNull()
  })

  it('catches a token onward that was already used for this view, including the one that led here', () => {
    const earlier = [page(['A', 'B'], 't2'), page(['C', 'D'], 't3')]
    expect(loopsBack(earlier, page(['E', 'F'], 't2'))).toBe('token')
    expect(loopsBack(earlier, page(['E', 'F'], 't3'))).toBe('token')
  })

  it('catches a page whose rows were all on earlier pages, whatever its token', () => {
    const earlier = [page(['A', 'B'], 'fresh-1'), page(['C', 'D'], 'fresh-2')]
    expect(loopsBack(earlier, page(['B', 'A'], 'fresh-3'))).toBe('rows')
    expect(loopsBack(earlier, page(['D', 'A'], null))).toBe('rows')
    // One new key is progress: a list that moved, not a loop.
    expect(loopsBack(earlier, page(['D', 'E'], 'fresh-3'))).toBeNull()
  })

  it('does not call an empty page a loop', () => {
    expect(allSeen([], new Set(['A']))).toBe(false)
    expect(loopsBack([page(['A'], 't2')], page([], null))).toBeNull()
  })
})

describe('countMoved', () => {
  const at = (number: number, ids: string[], total: number) => ({ ...page(ids, null, total), number, pageSize: 2 })

  it('is quiet while the count holds and the rows stay within it', () => {
    expect(countMoved(null, at(1, ['A', 'B'], 5))).toBe(false)
    expect(countMoved({ total: 5 }, at(3, ['E'], 5))).toBe(false)
  })

  it('sees a count that moved between pages, up or down', () => {
    expect(countMoved({ total: 5 }, at(2, ['C', 'D'], 6))).toBe(true)
    expect(countMoved({ total: 60 }, at(2, ['C', 'D'], 25))).toBe(true)
  })

  it('sees rows that run past the count, even when the pages agree (no "41–60 of 25")', () => {
    expect(countMoved({ total: 3 }, at(3, ['E', 'F'], 3))).toBe(true)
    expect(countMoved(null, at(1, ['A', 'B'], 1))).toBe(true)
  })
})
