import { codePointLength, tooLongMessage } from './text-length'

describe('codePointLength', () => {
  it('counts code points where graphemes and UTF-16 units differ', () => {
    const family = '👨‍👩‍👧'
    expect([family.length, codePointLength(family)]).toEqual([8, 5])
    expect(codePointLength('e\u0301')).toBe(2)
    expect(codePointLength('é')).toBe(1) // precomposed
    expect(codePointLength('abc')).toBe(3)
  })
})

describe('tooLongMessage', () => {
  it('says the limit and the count the way a person reads them', () => {
    expect(tooLongMessage(200, 201)).toBe('Use at most 200 characters (this has 201).')
    expect(tooLongMessage(2000, 2001)).toBe('Use at most 2,000 characters (this has 2,001).')
  })

  it('given the text, says why its count runs ahead of the characters seen (review round 19)', () => {
    const name = `Team ${'👨‍👩‍👧‍👦'.repeat(30)}`
    expect(tooLongMessage(200, 215, name)).toBe('Use at most 200 characters (this has 215; an emoji or an accented letter can count as several).')
    expect(tooLongMessage(200, 201, 'a'.repeat(201))).toBe('Use at most 200 characters (this has 201).')
  })
})
