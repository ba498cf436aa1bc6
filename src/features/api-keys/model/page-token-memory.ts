import { serializeListView, type ListView } from './list-view'

/**
 * Page tokens only go forward, so the tokens of pages already seen are remembered (per view)
 * to make Previous work without starting over.
 */
const memory = new Map<string, Map<number, string>>()

function viewKey(view: ListView): string {
  return serializeListView({ ...view, page: 1, cursor: null }).toString()
}

export function rememberPageToken(view: ListView, page: number, token: string): void {
  const key = viewKey(view)
  const pages = memory.get(key) ?? new Map<number, string>()
  pages.set(page, token)
  memory.set(key, pages)
}

/** The token of a page of this view: `null` for the first page, `undefined` when unknown. */
export function pageToken(view: ListView, page: number): string | null | undefined {
  if (page <= 1) return null
  return memory.get(viewKey(view))?.get(page)
}
