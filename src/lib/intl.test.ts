import { countFormat, formatCount, localDateFormat, nameCollator, relativeTimeFormat } from './intl'

describe('the shared Intl formatters', () => {
  it('groups counts the English way', () => {
    expect(formatCount(7)).toBe('7')
    expect(formatCount(1234567)).toBe('1,234,567')
  })

  it('makes each formatter once and hands out the same one', () => {
    expect(countFormat()).toBe(countFormat())
    expect(relativeTimeFormat()).toBe(relativeTimeFormat())
    expect(localDateFormat()).toBeInstanceOf(Intl.DateTimeFormat)
  })

  it('compares names as people read them', () => {
    const names = ['key 10', 'Key 9', 'ÉTÉ', 'ete']
    expect([...names].sort(nameCollator().compare)).toEqual(['ÉTÉ', 'ete', 'Key 9', 'key 10'])
  })
})
