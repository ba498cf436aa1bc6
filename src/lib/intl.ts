/*
 * The app's Intl formatters, each made once, on first use, and shared.
 *
 * The first Intl object a page makes starts ICU, whichever kind it is: about 20 ms on a slow
 * 2-core machine, against 1 to 3 ms for each later one. Made at module level, as they were, that
 * start-up ran inside the app chunk's evaluation, the longest task before the first row; made on
 * first use, it runs in the render that first shows a number or a date. (Making them while the
 * app's code downloads was tried: on two cores that task competed with the chunk's compile and grew
 * to 50 ms, which cost more in Lighthouse's blocking time than it saved the first row.)
 */

function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** Counts with English grouping (1,234), whatever the browser's locale: the app's words are English. */
export const countFormat = once(() => new Intl.NumberFormat('en'))
/** "3 days ago", "yesterday". */
export const relativeTimeFormat = once(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }))
/** A timestamp in UTC, day first: "26 Nov 2026, 14:03:09". */
export const utcTimeFormat = once(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }))
/** A timestamp in the browser's locale and zone; dateStyle cannot be combined with timeZoneName, so the fields are spelled out. */
export const localTimeFormat = once(() => new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
}))
/** A date in the browser's locale: "Nov 26, 2026". */
export const localDateFormat = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }))
/** Names compared as people read them: case and accents aside, "key 9" before "key 10". */
export const nameCollator = once(() => new Intl.Collator('en', { sensitivity: 'base', numeric: true }))

/** 1,234. */
export function formatCount(n: number): string {
  return countFormat().format(n)
}
