import { describe, expect, it } from 'vitest'
import { shortenMiddle } from './shorten-middle'

describe('shortenMiddle', () => {
  it('leaves a text that fits', () => {
    expect(shortenMiddle('Billing sync suspended', 80, 24)).toBeNull()
    expect(shortenMiddle('x'.repeat(80), 80, 24)).toBeNull()
  })

  it('keeps both ends of a longer one, at most `max` characters with its "…"', () => {
    const name = `${'Quarterly reconciliation export for the finance data warehouse '.repeat(3)}(eu-west-1)`.slice(0, 187)
    const shown = shortenMiddle(`${name} suspended`, 80, 24)
    expect(shown).toMatch(/^Quarterly reconciliation export for the finance data wa…/)
    expect(shown?.endsWith('…data warehous suspended')).toBe(true)
    expect(Array.from(shown ?? '').length).toBeLessThanOrEqual(80)
  })

  it('counts characters, not UTF-16 units: an emoji is never cut in two', () => {
    const shown = shortenMiddle('🚀'.repeat(100), 10, 4)
    expect(shown).toBe('🚀🚀🚀🚀🚀…🚀🚀🚀🚀')
  })
})
