import { afterEach } from 'vitest'
import { formatDate, formatLocal, formatRelative, formatUtc, localIsUtc, relativeWords, zoneName } from './format-time'

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const
// Timestamps across years, months, both halves of the day and the turn of a day, with and without fractions.
const MOMENTS = ['2026-11-26T09:05:03Z', '2026-01-01T00:00:00Z', '2025-12-31T23:59:59.999Z', '2026-09-05T12:30:00.123456Z', '2026-06-15T12:00:00Z', '2024-02-29T18:45:07+02:00', '2030-03-31T01:30:00Z']

describe('time formatting', () => {
  const now = Date.parse('2026-11-26T12:00:00Z')
  const zone = process.env.TZ
  afterEach(() => {
    process.env.TZ = zone
  })

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-11-26T11:59:50Z', now)).toBe('just now')
    expect(formatRelative('2026-11-26T11:57:00Z', now)).toBe('3 minutes ago')
    expect(formatRelative('2026-11-26T09:00:00Z', now)).toBe('3 hours ago')
    // Time gone by, never the calendar's words: 31 hours before 04:00 is not "yesterday".
    expect(formatRelative('2026-11-25T12:00:00Z', now)).toBe('1 day ago')
    expect(formatRelative('2026-11-25T05:00:00Z', now)).toBe('1 day ago')
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('3 days ago')
    expect(formatRelative('2025-10-01T12:00:00Z', now)).toBe('1 year ago')
    expect(formatRelative('2026-11-18T12:00:00Z', now)).toBe('1 week ago')
    expect(formatRelative('2026-11-26T12:05:00Z', now)).toBe('in 5 minutes')
    expect(formatRelative('2026-11-26T11:59:10Z', now)).toBe('1 minute ago')
  })

  it('counts whole units gone by, never rounding up past a filter’s edge (review round 18)', () => {
    const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString()
    // "3 months ago" had been written from 79 days, beside a "Not used in 90 days" that left the key out.
    expect(formatRelative(daysAgo(79), now)).toBe('2 months ago')
    expect(formatRelative(daysAgo(90), now)).toBe('3 months ago')
    expect(formatRelative(daysAgo(28.5), now)).toBe('4 weeks ago')
    expect(formatRelative(daysAgo(30), now)).toBe('1 month ago')
    expect(formatRelative(daysAgo(347), now)).toBe('11 months ago')
    expect(formatRelative(daysAgo(584), now)).toBe('1 year ago')
    expect(formatRelative(new Date(now - 100 * 60_000 + 1000).toISOString(), now)).toBe('1 hour ago')
  })

  it('writes what Intl.RelativeTimeFormat("en") writes, for every unit and count', () => {
    const intl = new Intl.RelativeTimeFormat('en')
    for (const unit of UNITS) for (let value = -1500; value <= 1500; value++) expect(relativeWords(value, unit)).toBe(intl.format(value, unit))
  })

  it('gives the exact time in UTC, day first, as British English writes it (Sep, not Sept)', () => {
    expect(formatUtc('2026-11-26T09:05:03Z')).toBe('26 Nov 2026, 09:05:03 UTC')
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })
    for (const iso of MOMENTS) expect(formatUtc(iso)).toBe(`${intl.format(new Date(iso)).replace('Sept', 'Sep')} UTC`)
  })

  it('gives the date and time in the local zone as US English writes them, with the zone by its offset', () => {
    for (const [index, tz] of ['UTC', 'Europe/London', 'Asia/Kolkata', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Auckland'].entries()) {
      process.env.TZ = tz
      const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })
      const time = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset' })
      // Each zone its own timestamps: the results are remembered by timestamp.
      for (const iso of MOMENTS.map((moment) => `${new Date(moment).toISOString().slice(0, 19)}.${index}00Z`)) {
        const at = new Date(iso)
        expect(formatDate(iso), `${iso} in ${tz}`).toBe(date.format(at))
        // Intl names the zone "GMT+05:30"; here it is "UTC+5:30".
        expect(formatLocal(iso), `${iso} in ${tz}`).toBe(time.format(at).replace(/GMT(?:([+-])(\d\d):(\d\d))?$/, (_, sign?: string, h?: string, m?: string) => (sign === undefined || (h === '00' && m === '00') ? 'UTC' : `UTC${sign}${Number(h)}${m === '00' ? '' : `:${m}`}`)))
      }
    }
  })

  it('knows when the local time would only say the UTC time again', () => {
    process.env.TZ = 'Europe/London'
    expect(localIsUtc('2026-11-26T09:05:03Z')).toBe(true)
    expect(localIsUtc('2026-07-01T09:05:03Z')).toBe(false)
    process.env.TZ = 'Asia/Kolkata'
    expect(localIsUtc('2026-11-26T09:05:03Z')).toBe(false)
    process.env.TZ = 'UTC'
    expect(localIsUtc('2026-11-26T09:05:03Z')).toBe(true)
  })

  it('names the local zone by its offset from UTC', () => {
    process.env.TZ = 'Asia/Kolkata'
    expect(zoneName(new Date('2026-11-26T09:05:03Z'))).toBe('UTC+5:30')
    process.env.TZ = 'America/New_York'
    expect(zoneName(new Date('2026-11-26T09:05:03Z'))).toBe('UTC-5')
    expect(zoneName(new Date('2026-07-01T09:05:03Z'))).toBe('UTC-4')
    process.env.TZ = 'UTC'
    expect(zoneName(new Date('2026-11-26T09:05:03Z'))).toBe('UTC')
  })

  it('answers the same when asked again, and gives back what is not a date', () => {
    for (let i = 0; i < 2; i++) expect(formatUtc('2026-01-02T03:04:05Z')).toBe('2 Jan 2026, 03:04:05 UTC')
    expect(formatDate('not a date')).toBe('not a date')
  })
})
