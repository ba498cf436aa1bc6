import { formatDate, formatLocal, formatRelative, formatUtc } from './format-time'

describe('time formatting', () => {
  const now = Date.parse('2026-11-26T12:00:00Z')

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-11-26T11:59:50Z', now)).toBe('just now')
    expect(formatRelative('2026-11-26T11:57:00Z', now)).toBe('3 minutes ago')
    expect(formatRelative('2026-11-26T09:00:00Z', now)).toBe('3 hours ago')
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('3 days ago')
    expect(formatRelative('2025-10-01T12:00:00Z', now)).toBe('last year')
  })

  it('gives the exact time in UTC and in the local zone, with its name', () => {
    expect(formatUtc('2026-11-26T09:05:03Z')).toBe('26 Nov 2026, 09:05:03 UTC')
    // The local zone differs from machine to machine; it is named, whatever it is.
    expect(formatLocal('2026-11-26T09:05:03Z')).toMatch(/2026.*\d{2}:\d{2}:\d{2}.*[A-Z]/)
    expect(formatDate('2026-11-26T09:05:03Z')).toMatch(/2026/)
  })

  it('answers the same when asked again', () => {
    for (let i = 0; i < 2; i++) expect(formatUtc('2026-01-02T03:04:05Z')).toBe('2 Jan 2026, 03:04:05 UTC')
  })
})
