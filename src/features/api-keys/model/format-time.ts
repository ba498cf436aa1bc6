import { localDateFormat, localTimeFormat, relativeTimeFormat, utcTimeFormat } from '../../../lib/intl'

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "3 days ago", "just now". */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000)
  if (Math.abs(seconds) < 45) return 'just now'
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size * 0.95 || unit === 'minute') return relativeTimeFormat().format(Math.round(seconds / size), unit)
  }
  return relativeTimeFormat().format(seconds, 'second')
}

// Formatting dates is a large share of drawing a page of rows, and the same keys come back as
// the user pages and filters: remember the last few hundred results.
function cached(format: (iso: string) => string): (iso: string) => string {
  const results = new Map<string, string>()
  return (iso) => {
    let result = results.get(iso)
    if (result === undefined) {
      result = format(iso)
      if (results.size >= 1000) results.clear()
      results.set(iso, result)
    }
    return result
  }
}

export const formatUtc = cached((iso) => `${utcTimeFormat().format(new Date(iso))} UTC`)
export const formatLocal = cached((iso) => localTimeFormat().format(new Date(iso)))
export const formatDate = cached((iso) => localDateFormat().format(new Date(iso)))
