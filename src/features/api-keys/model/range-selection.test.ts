import { describe, expect, it } from 'vitest'
import { moveFocus, pageChecked, selectPage, selectRange, toggleRow } from './range-selection'

const ids = ['a', 'b', 'c', 'd', 'e']

describe('selectRange', () => {
  it('selects from the anchor down to the target, both included, keeping what was selected', () => {
    expect(selectRange(ids, 'b', 'd', { e: true })).toEqual({ b: true, c: true, d: true, e: true })
  })
  it('selects upwards when the target is above the anchor', () => {
    expect(selectRange(ids, 'd', 'a', {})).toEqual({ a: true, b: true, c: true, d: true })
  })
  it('selects only the target without an anchor, or with one no longer on the page', () => {
    expect(selectRange(ids, null, 'c', {})).toEqual({ c: true })
    expect(selectRange(ids, 'gone', 'c', {})).toEqual({ c: true })
  })
  it('changes nothing for a target not on the page', () => {
    expect(selectRange(ids, 'a', 'gone', { b: true })).toEqual({ b: true })
  })
})

describe('toggleRow', () => {
  it('selects an unselected row and removes a selected one', () => {
    expect(toggleRow('b', { a: true })).toEqual({ a: true, b: true })
    expect(toggleRow('a', { a: true, b: true })).toEqual({ b: true })
  })
})

describe('moveFocus', () => {
  it('starts at the first row, moves by one, and stops at either end', () => {
    expect(moveFocus(ids, null, 1)).toBe('a')
    expect(moveFocus(ids, null, -1)).toBe('a')
    expect(moveFocus(ids, 'b', 1)).toBe('c')
    expect(moveFocus(ids, 'b', -1)).toBe('a')
    expect(moveFocus(ids, 'e', 1)).toBe('e')
    expect(moveFocus(ids, 'a', -1)).toBe('a')
  })
  it('starts over at the first row when the focused one left the page, and has nowhere to go on an empty page', () => {
    expect(moveFocus(ids, 'gone', 1)).toBe('a')
    expect(moveFocus([], null, 1)).toBeNull()
  })
})

describe('pageChecked', () => {
  it('is false with none of the page selected, mixed with some, true with all', () => {
    expect(pageChecked(ids, {})).toBe(false)
    expect(pageChecked(ids, { b: true })).toBe('indeterminate')
    expect(pageChecked(ids, { a: true, b: true, c: true, d: true, e: true })).toBe(true)
  })

  it('is false for an empty page', () => {
    expect(pageChecked([], {})).toBe(false)
  })
})

describe('selectPage', () => {
  it('selects every row of the page, keeping what was selected', () => {
    expect(selectPage(['a', 'b'], { b: true, z: true }, true)).toEqual({ a: true, b: true, z: true })
  })

  it('clears only the rows of the page', () => {
    expect(selectPage(['a', 'b'], { a: true, b: true, z: true }, false)).toEqual({ z: true })
  })
})
