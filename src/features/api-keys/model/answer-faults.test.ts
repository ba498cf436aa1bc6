import { hasFaults, NO_FAULTS, shortOfCount } from './answer-faults'
import { pastPageSizeMessage, repeatedMessage } from './answer-faults-words'

describe('answer faults', () => {
  it('has nothing to say about honest answers, and something about each fault', () => {
    expect(hasFaults(NO_FAULTS)).toBe(false)
    expect(hasFaults({ ...NO_FAULTS, repeatedIds: 1 })).toBe(true)
    expect(hasFaults({ ...NO_FAULTS, rowsPastPageSize: 1 })).toBe(true)
    expect(hasFaults({ ...NO_FAULTS, changed: true })).toBe(true)
    expect(hasFaults({ ...NO_FAULTS, loops: true })).toBe(true)
  })

  it('counts what it says', () => {
    expect(repeatedMessage(1)).toBe('The server sent 1 key twice; it is shown once.')
    expect(repeatedMessage(1200)).toBe('The server repeated keys 1,200 times; each key is shown once.')
    expect(pastPageSizeMessage(9980)).toMatch(/^The server sent 9,980 rows more than the page asked for/)
  })

  it('finds a read short of the count only when keys and rows without an id fall below it', () => {
    expect(shortOfCount(320, 320, 0)).toBeNull()
    expect(shortOfCount(320, 318, 2)).toBeNull()
    expect(shortOfCount(320, 321, 0)).toBeNull()
    expect(shortOfCount(320, 305, 0)).toEqual({ counted: 320, received: 305 })
    // Rows without an id are not keys that could be shown: the count drops by them.
    expect(shortOfCount(320, 300, 5)).toEqual({ counted: 315, received: 300 })
  })
})
