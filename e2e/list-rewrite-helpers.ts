import type { Page, Route } from '@playwright/test'

/** A list answer as it travels, rows as the server sent them. */
export interface ListAnswer {
  api_keys: RawRow[]
  next_page_token: string | null
  total_count: number
}

/** One rewritten answer: what was asked, and what the page got. */
export interface RewrittenAnswer {
  url: URL
  body: ListAnswer
}

/**
 * Rewrites every list answer from the API at `base` on the way to the page (writes pass
 * untouched). Returns the answers as rewritten, in order, to check what the page was told.
 */
export async function rewriteListAnswers(page: Page, base: string, rewrite: (body: ListAnswer, url: URL) => ListAnswer): Promise<RewrittenAnswer[]> {
  const answers: RewrittenAnswer[] = []
  await page.route(
    (url) => url.origin === base && url.pathname === '/v1/api-keys',
    async (route: Route) => {
      if (route.request().method() !== 'GET') return route.fallback()
      const response = await route.fetch()
      if (!response.ok()) return route.fulfill({ response })
      const url = new URL(route.request().url())
      const body = rewrite((await response.json()) as ListAnswer, url)
      answers.push({ url, body })
      return route.fulfill({ response, json: body })
    },
  )
  return answers
}

/** The page size a list request asked for. */
export const askedPageSize = (url: URL): number => Number(url.searchParams.get('page_size'))

/** A list answer's row as JSON: whatever the server sent. */
export type RawRow = Record<string, unknown>

/** Rewrites each row of every list answer from the API at `base`; returns the answers as rewritten. */
export function rewriteListRows(page: Page, base: string, rewrite: (row: RawRow) => RawRow): Promise<RewrittenAnswer[]> {
  return rewriteListAnswers(page, base, (body) => ({ ...body, api_keys: body.api_keys.map(rewrite) }))
}

/** Rewrites the rows whose id `changes` names: each gets its fields merged over what was sent. */
export function changeRows(changes: ReadonlyMap<string, RawRow>): (row: RawRow) => RawRow {
  return (row) => {
    const change = typeof row.id === 'string' ? changes.get(row.id) : undefined
    return change ? { ...row, ...change } : row
  }
}
