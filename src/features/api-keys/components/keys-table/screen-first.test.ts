import { describe, expect, it } from 'vitest'
import { screenFirst, type OnScreen } from './screen-first'

const rows = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}` }))
const ids = (drawn: readonly { id: string }[] | null): string[] => {
  if (drawn === null) throw new Error('Every row drawn at once')
  return drawn.map((row) => row.id)
}
const upTo = (last: number): OnScreen => (index) => index <= last
const between = (from: number, to: number): OnScreen => (index) => index >= from && index <= to

describe('screenFirst', () => {
  it('draws the new rows on screen and keeps the rows drawn before below them', () => {
    const drawn = screenFirst(rows('a', 20), rows('b', 20), upTo(8))
    expect(ids(drawn)).toEqual([...ids(rows('b', 9)), ...ids(rows('a', 20).slice(9))])
  })

  it('draws whatever positions it is told to at once, wherever they are', () => {
    const drawn = screenFirst(rows('a', 20), rows('b', 20), between(0, 13))
    expect(ids(drawn)).toEqual([...ids(rows('b', 14)), ...ids(rows('a', 20).slice(14))])
  })

  it('never draws a key twice: a kept row the screen now shows is replaced by the new row at its place', () => {
    const before = rows('a', 20)
    // The new page shows a0 (below the screen before) on screen first.
    const after = [{ id: 'a12' }, ...rows('b', 19)]
    const drawn = ids(screenFirst(before, after, upTo(4)))
    expect(new Set(drawn).size).toBe(drawn.length)
    expect(drawn).toHaveLength(20)
    // Position 12 held a12, which the new rows show: the new row takes its place.
    expect(drawn[12]).toBe('b11')
    expect(drawn.slice(0, 5)).toEqual(['a12', 'b0', 'b1', 'b2', 'b3'])
  })

  it('never keeps a key the new rows show elsewhere (a sort of the same keys draws at once)', () => {
    const before = rows('a', 20)
    expect(screenFirst(before, before.toReversed(), upTo(8))).toBeNull()
    const after = [...rows('b', 10), ...before.slice(0, 10)]
    const drawn = ids(screenFirst(before, after, upTo(3)))
    expect(new Set(drawn).size).toBe(drawn.length)
  })

  it('draws a key that stays at its place as it is now', () => {
    const before = rows('a', 20)
    const after = before.map((_, index) => (index === 15 ? { id: 'a15', fresh: true } : { id: `b${index}` }))
    expect(screenFirst(before, after, upTo(4))?.[15]).toBe(after[15])
  })

  it('leaves rows past those drawn before out for a frame', () => {
    const drawn = screenFirst(rows('a', 3), rows('b', 20), upTo(8))
    expect(ids(drawn)).toEqual(ids(rows('b', 9)))
  })

  it('draws every row at once when too few would wait, or nothing tells what is on screen', () => {
    expect(screenFirst(rows('a', 20), rows('b', 20), upTo(14))).toBeNull()
    expect(screenFirst(rows('a', 20), rows('b', 20), null)).toBeNull()
    expect(screenFirst(rows('a', 3), rows('b', 3), upTo(0))).toBeNull()
    // A deleted row: the rows below move up, and the same keys are drawn either way.
    const before = rows('a', 20)
    expect(screenFirst(before, before.filter((row) => row.id !== 'a2'), upTo(8))).toBeNull()
  })
})
