/** What a page of a list looks like to the checks below: its ids, its token onward, its count. */
export interface TrailPage {
  readonly ids: readonly string[]
  readonly nextToken: string | null
  readonly total: number
}

/** Whether a page holds rows and every one of them was read before: the server sent a page again. */
export function allSeen(ids: readonly string[], seen: ReadonlySet<string>): boolean {
  return ids.length > 0 && ids.every((id) => seen.has(id))
}

/**
 * Whether a page leads back instead of onward: its token onward is one already used for this
 * view (it led to one of the pages after the first), or all its rows were on earlier pages.
 * `earlier` are the pages before it, from the first.
 */
export function loopsBack(earlier: readonly TrailPage[], page: TrailPage): 'token' | 'rows' | null {
  if (earlier.length > 0 && allSeen(page.ids, new Set(earlier.flatMap((before) => before.ids)))) return 'rows'
  if (page.nextToken === null) return null
  // Page 1 is reached without a token: the tokens used are those the pages before this one gave, and the one that reached it.
  return earlier.some((before) => before.nextToken === page.nextToken) ? 'token' : null
}

/**
 * Whether the list changed while it was read: the count differs from the page before's, or the
 * rows so far run past the count the page gives (a range like "41–60 of 25").
 * `before` is null on the first page, or when the page before cannot be compared (a write of ours since).
 */
export function countMoved(before: { total: number } | null, page: TrailPage & { number: number; pageSize: number }): boolean {
  if (before !== null && before.total !== page.total) return true
  return (page.number - 1) * page.pageSize + page.ids.length > page.total
}
