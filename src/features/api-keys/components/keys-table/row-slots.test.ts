import { assignRowSlots, type RowSlots } from './row-slots'

const slotsOf = (slots: RowSlots, ids: readonly string[]) => ids.map((id) => slots.get(id))

describe('assignRowSlots', () => {
  it('numbers a first page in order', () => {
    expect(slotsOf(assignRowSlots(new Map(), ['a', 'b', 'c']), ['a', 'b', 'c'])).toEqual([0, 1, 2])
  })

  it('gives a new page the slots of the old one, row for row (a page turn updates the rows in place)', () => {
    const first = assignRowSlots(new Map(), ['a', 'b', 'c'])
    const second = assignRowSlots(first, ['d', 'e', 'f'])
    expect(slotsOf(second, ['d', 'e', 'f'])).toEqual([0, 1, 2])
    // And again, from wherever the slots stand.
    const shuffled = assignRowSlots(new Map([['x', 2], ['y', 0], ['z', 1]]), ['p', 'q', 'r'])
    expect(slotsOf(shuffled, ['p', 'q', 'r'])).toEqual([2, 0, 1])
  })

  it('keeps the slot of a key still shown, wherever it moves (a search keeps its rows)', () => {
    const first = assignRowSlots(new Map(), ['a', 'b', 'c', 'd'])
    const next = assignRowSlots(first, ['c', 'x', 'a'])
    expect(slotsOf(next, ['c', 'x', 'a'])).toEqual([2, 1, 0])
  })

  it('gives the freed slots to new keys in the order the gone keys were shown', () => {
    const first = assignRowSlots(new Map(), ['a', 'b', 'c', 'd'])
    const next = assignRowSlots(first, ['x', 'b', 'y', 'z'])
    expect(slotsOf(next, ['x', 'b', 'y', 'z'])).toEqual([0, 1, 2, 3])
  })

  it('adds new slots past the highest when there are more rows than before, and never gives one slot twice', () => {
    const first = assignRowSlots(new Map(), ['a', 'b'])
    const next = assignRowSlots(first, ['b', 'c', 'd', 'e'])
    expect(slotsOf(next, ['b', 'c', 'd', 'e'])).toEqual([1, 0, 2, 3])
    expect(new Set(next.values()).size).toBe(4)
  })

  it('gives a key sent twice one slot (its first row)', () => {
    const slots = assignRowSlots(new Map(), ['a', 'a', 'b'])
    expect([...slots]).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })
})
