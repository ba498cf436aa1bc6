export interface PagePosition {
  page: number
  /** The page's token; `null` for the first page. */
  token: string | null
}

/**
 * Page tokens only go forward: the token of an earlier page nobody has visited (a pasted link to
 * page 7, then Previous) is found by reading the pages before it, from the nearest one whose token
 * is known. `readPage` fetches a page and returns its `next_page_token`. When the list ends sooner
 * (keys deleted meanwhile), the last page reached is returned instead.
 */
export async function walkToPage(
  from: PagePosition,
  target: number,
  readPage: (position: PagePosition) => Promise<string | null>,
  signal?: AbortSignal,
): Promise<PagePosition> {
  let position = from
  while (position.page < target) {
    signal?.throwIfAborted()
    const next = await readPage(position)
    if (next === null) break
    position = { page: position.page + 1, token: next }
  }
  signal?.throwIfAborted()
  return position
}
