/**
 * Small readers of parsed JSON, for the answers the first screen reads (a key, a page, an error):
 * hand-written rather than schemas, so the first screen carries no schema library (forms load zod
 * with their own code).
 */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** A whole number within [min, max]. */
export function isWholeNumber(value: unknown, min = -Infinity, max = Infinity): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
}
