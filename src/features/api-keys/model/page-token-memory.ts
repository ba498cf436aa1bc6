import { serializeListView, type ListView } from './list-view'

/**
 * Page tokens only go forward, so the tokens of pages already seen are remembered (per view)
 * to make Previous work without starting over. Only the views used last are kept: every search
 * keystroke is a view of its own.
 */
const MAX_VIEWS = 50
const memory = new Map<string, Map<number, string>>()

function viewKey(view: ListView): string {
  return serializeListView({ ...view, page: 1, cursor: null }).toString()
}

/** The view's pages, marked as used last. */
function pagesOf(view: ListView): Map<number, string> | undefined {
  const key = viewKey(view)
  const pages = memory.get(key)
  if (pages) {
    memory.delete(key)
    memory.set(key, pages)
  }
  return pages
}

export function rememberPageToken(view: ListView, page: number, token: string): void {
  const pages = pagesOf(view) ?? new Map<number, string>()
  pages.set(page, token)
  memory.set(viewKey(view), pages)
  if (memory.size > MAX_VIEWS) memory.delete(memory.keys().next().value as string)
}

/** The token of a page of this view: `null` for the first page, `undefined` when unknown. */
export function pageToken(view: ListView, page: number): string | null | undefined {
  if (page <= 1) return null
  return pagesOf(view)?.get(page)
}

/** The last page at or before `page` whose token is known (the first page always is). */
export function nearestKnownPage(view: ListView, page: number): { page: number; token: string | null } {
  const pages = pagesOf(view)
  for (let p = page; p > 1; p--) {
    const token = pages?.get(p)
    if (token !== undefined) return { page: p, token }
  }
  return { page: 1, token: null }
}

/** Tests only: forget every view. */
export function forgetPageTokens(): void {
  memory.clear()
}
