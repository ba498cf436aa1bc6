/*
 * Counts in English, and the one Intl object the app keeps: the collator that orders names.
 *
 * The first Intl object a page makes starts ICU: about 15 ms in Chromium on a slow 2-core machine
 * (1 to 2 ms for each later one), paid by the first render that showed a number or a date, on the
 * way to the first row. The app's words are English, and so are its counts and times, so they are
 * written here and in model/format-time.ts without Intl: nothing on the first screen makes one.
 * (Making the formatters while the app's code downloaded was tried too: on two cores that task
 * competed with the chunk's compile and cost more in Lighthouse's blocking time than it saved.)
 */

function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** Names compared as people read them: case and accents aside, "key 9" before "key 10". */
export const nameCollator = once(() => new Intl.Collator('en', { sensitivity: 'base', numeric: true }))

/** 1,234: English grouping, whatever the browser's locale (as `Intl.NumberFormat('en')` writes a whole number). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return new Intl.NumberFormat('en').format(n)
  const digits = String(Math.abs(n))
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`
  return n < 0 ? `-${grouped}` : grouped
}

function listOf(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`
}

/** "a", "a or b", "a, b or c": English, whatever the browser's locale. */
export function orList(words: readonly string[]): string {
  return listOf(words, 'or')
}

/** "a", "a and b", "a, b and c": English, whatever the browser's locale. */
export function andList(words: readonly string[]): string {
  return listOf(words, 'and')
}
