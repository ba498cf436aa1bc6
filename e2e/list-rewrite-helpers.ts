import type { Page, Route } from '@playwright/test'

/** A list answer's row as JSON: whatever the server sent. */
export type RawRow = Record<string, unknown>

/**
 * Rewrites every list answer (GET /v1/api-keys) from the mock API at `base` on its way to the
 * page: each row goes through `rewrite`. Returns a counter of the answers touched.
 */
export async function rewriteListAnswers(page: Page, base: string, rewrite: (row: RawRow) => RawRow): Promise<{ rewritten: number }> {
  const counter = { rewritten: 0 }
  await page.route(
    (url) => url.origin === base && url.pathname === '/v1/api-keys',
    async (route: Route) => {
      if (route.request().method() !== 'GET') return route.fallback()
      const response = await route.fetch()
      if (!response.ok()) return route.fulfill({ response })
      const body = (await response.json()) as { api_keys: RawRow[] }
      body.api_keys = body.api_keys.map(rewrite)
      counter.rewritten++
      return route.fulfill({ response, json: body })
    },
  )
  return counter
}

/** Rewrites the rows whose id `changes` names: each gets its fields merged over what was sent. */
export function changeRows(changes: ReadonlyMap<string, RawRow>): (row: RawRow) => RawRow {
  return (row) => {
    const change = typeof row.id === 'string' ? changes.get(row.id) : undefined
    return change ? { ...row, ...change } : row
  }
}
