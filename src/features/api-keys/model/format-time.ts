import { formatCount } from '../../../lib/intl'

/*
 * Times in English words, without Intl (src/lib/intl.ts says why): what `Intl.RelativeTimeFormat('en')`
 * and `Intl.DateTimeFormat` in US and British English write, from the Date's own fields. The local
 * zone is named by its offset from UTC ("UTC+1", "UTC-5", "UTC+5:30").
 */

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute'

const UNITS: [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/**
 * "3 days ago", "in 2 hours", "1 day ago". Never "yesterday" or "last week": the words count time
 * gone by, and 31 hours before 04:00 is "1 day ago" but two days back on the calendar.
 */
export function relativeWords(value: number, unit: Unit): string {
  const amount = `${formatCount(Math.abs(value))} ${unit}${Math.abs(value) === 1 ? '' : 's'}`
  return value < 0 ? `${amount} ago` : `in ${amount}`
}

/**
 * "3 days ago", "1 day ago", "just now". Whole units gone by, never rounded up: a key last used 79
 * days ago is "2 months ago", not "3 months ago" beside a *Not used in 90 days* that leaves it out.
 */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000)
  if (Math.abs(seconds) < 45) return 'just now'
  for (const [unit, size] of UNITS) {
    // A minute at least: under 45 seconds is "just now".
    if (Math.abs(seconds) >= size || unit === 'minute') return relativeWords(Math.trunc(seconds / size) || Math.sign(seconds), unit)
  }
  return 'just now'
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const two = (n: number) => String(n).padStart(2, '0')

/** The UTC offset of the local zone at that moment: "UTC", "UTC+1", "UTC-5", "UTC+5:30". */
export function zoneName(date: Date): string {
  const east = -date.getTimezoneOffset()
  if (east === 0) return 'UTC'
  const hours = Math.floor(Math.abs(east) / 60)
  const minutes = Math.abs(east) % 60
  return `UTC${east < 0 ? '-' : '+'}${hours}${minutes ? `:${two(minutes)}` : ''}`
}

/** Whether the local zone is UTC at that moment (as in London in winter): the local time would say the UTC time again. */
export function localIsUtc(iso: string): boolean {
  return new Date(iso).getTimezoneOffset() === 0
}

/** 09:05:03 AM: the 12-hour clock with two-digit hours, as en-US writes it. */
function clock12(date: Date): string {
  const hours = date.getHours()
  return `${two(hours % 12 || 12)}:${two(date.getMinutes())}:${two(date.getSeconds())} ${hours < 12 ? 'AM' : 'PM'}`
}

// Formatting dates is a large share of drawing a page of rows, and the same keys come back as
// the user pages and filters: remember the last few hundred results. What is not a date is given back as it came.
function cached(format: (date: Date) => string): (iso: string) => string {
  const results = new Map<string, string>()
  return (iso) => {
    let result = results.get(iso)
    if (result === undefined) {
      const date = new Date(iso)
      result = Number.isNaN(date.getTime()) ? iso : format(date)
      if (results.size >= 1000) results.clear()
      results.set(iso, result)
    }
    return result
  }
}

/** "26 Nov 2026, 09:05:03 UTC": day first, the 24-hour clock. */
export const formatUtc = cached((d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`)
/** "Nov 26, 2026, 10:05:03 AM UTC+1": the local zone's time, and the zone. */
export const formatLocal = cached((d) => `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${clock12(d)} ${zoneName(d)}`)
/** "Nov 26, 2026", in the local zone. */
export const formatDate = cached((d) => `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`)
