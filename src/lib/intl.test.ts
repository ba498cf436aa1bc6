import { formatCount, nameCollator } from './intl'

describe('counts and names', () => {
  it('groups counts the English way, as Intl.NumberFormat("en") does', () => {
    const en = new Intl.NumberFormat('en')
    for (const n of [0, 7, 42, 999, 1000, 1234, 12_345, 123_456, 1_234_567, 10_000_000, -1, -1234, -123_456_789, Number.MAX_SAFE_INTEGER]) {
      expect(formatCount(n)).toBe(en.format(n))
    }
    expect(formatCount(1234567)).toBe('1,234,567')
  })

  it('leaves what is not a whole number to Intl', () => {
    expect(formatCount(1234.5)).toBe('1,234.5')
    expect(formatCount(Number.NaN)).toBe('NaN')
  })

  it('makes the collator once and hands out the same one', () => {
    expect(nameCollator()).toBe(nameCollator())
  })

  it('compares names as people read them', () => {
    const names = ['key 10', 'Key 9', 'ÉTÉ', 'ete']
    expect([...names].sort(nameCollator().compare)).toEqual(['ÉTÉ', 'ete', 'Key 9', 'key 10'])
  })
})
