// RFC 3339 date-time: the offset is mandatory so every value names one instant.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** The match of an RFC 3339 timestamp whose date exists and whose fields are in range, else null. */
function readable(text: string): RegExpExecArray | null {
  const match = RFC3339.exec(text)
  if (match === null) return null
  const part = (index: number): number => Number(match[index] ?? '0')
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)]
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null
  if (part(9) > 23 || part(10) > 59) return null
  return match
}

/**
 * Whether `text` is an RFC 3339 timestamp, exactly when `parseInstant` reads it. Checks only, so
 * a page of rows is checked without building a date and a bigint for each of its timestamps.
 */
export function isInstant(text: string): boolean {
  return readable(text) !== null
}

/**
 * Nanoseconds since the Unix epoch, or null when `text` is not an RFC 3339 timestamp.
 * Nanoseconds rather than Date milliseconds so microsecond timestamps still order correctly.
 */
export function parseInstant(text: string): bigint | null {
  const match = readable(text)
  if (match === null) return null
  const part = (index: number): number => Number(match[index] ?? '0')
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(part(1), part(2) - 1, part(3))
  date.setUTCHours(part(4), part(5), part(6), 0)
  const offsetMs = (match[8] === '-' ? -1 : 1) * (part(9) * 60 + part(10)) * 60_000
  const fraction = (match[7] ?? '').slice(0, 9).padEnd(9, '0')
  return BigInt(date.getTime() - offsetMs) * 1_000_000n + BigInt(fraction)
}
