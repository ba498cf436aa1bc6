import { formatCount } from '../lib/intl'

/** Counts Unicode code points, as the server's JSON Schema `maxLength` does: 👨‍👩‍👧 is 5, "é" as e + accent is 2. */
export function codePointLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** The one way the app words a text over its limit, counted as the server counts. */
export function tooLongMessage(max: number, length: number): string {
  return `Use at most ${formatCount(max)} characters (this has ${formatCount(length)}).`
}
