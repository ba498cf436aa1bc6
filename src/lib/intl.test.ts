import { countFormat, formatCount, localDateFormat, nameCollator, relativeTimeFormat, warmIntl } from './intl'

describe('the shared Intl formatters', () => {
  it('groups counts the English way', () => {
    expect(formatCount(7)).toBe('7')
    expect(formatCount(1234567)).toBe('1,234,567')
  })

  it('makes each formatter once and hands out the same one', async () => {
    expect(countFormat()).toBe(countFormat())
    const relative = relativeTimeFormat()
    await warmIntl()
    expect(relativeTimeFormat()).toBe(relative)
    expect(localDateFormat()).toBeInstanceOf(Intl.DateTimeFormat)
  })

  it('compares names as people read them', () => {
    const names = ['key 10', 'Key 9', 'ÉTÉ', 'ete']
    expect([...names].sort(nameCollator().compare)).toEqual(['ÉTÉ', 'ete', 'Key 9', 'key 10'])
  })
})
