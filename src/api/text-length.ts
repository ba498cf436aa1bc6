import { formatCount } from '../lib/intl'

/** Counts Unicode code points, as the server's JSON Schema `maxLength` does: 👨‍👩‍👧 is 5, "é" as e + accent is 2. */
export function codePointLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/**
 * The one way the app words a text over its limit, counted as the server counts. Given the text, it
 * says so when that count runs ahead of the characters seen: "Team 👨‍👩‍👧‍👦…" (35 seen) has 215.
 */
export function tooLongMessage(max: number, length: number, text?: string): string {
  const seen = text === undefined ? length : [...new Intl.Segmenter().segment(text)].length
  const why = seen < length ? `; an emoji or an accented letter can count as several` : ''
  return `Use at most ${formatCount(max)} characters (this has ${formatCount(length)}${why}).`
}
