// RFC 3339 date-time: the offset is mandatory so every value names one instant.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/

/**
 * Nanoseconds since the Unix epoch, or null when `text` is not an RFC 3339 timestamp.
 * Nanoseconds rather than Date milliseconds so microsecond timestamps still order correctly.
 */
export function parseInstant(text: string): bigint | null {
  const match = RFC3339.exec(text)
  if (match === null) return null
  const part = (index: number): number => Number(match[index] ?? '0')
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)]
  const [offsetHour, offsetMinute] = [part(9), part(10)]
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null
  if (offsetHour > 23 || offsetMinute > 59) return null
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day)
  // A rolled-over day (2026-02-30 becomes March 2) means the date does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  date.setUTCHours(hour, minute, second, 0)
  const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute) * 60_000
  const fraction = (match[7] ?? '').slice(0, 9).padEnd(9, '0')
  return BigInt(date.getTime() - offsetMs) * 1_000_000n + BigInt(fraction)
}
