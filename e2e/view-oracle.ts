import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from './fixtures'
import { hourNow } from './keys-table-helpers'

// The tests' own answer for a view of the keys list, written without the app's code: every key
// the server holds, read over HTTP, then filtered and sorted as the view's URL says.

/** A key as the server (or the demo's store) holds it, every field. */
export interface ServerRecord {
  id: string
  api_key: string
  key_type: string
  environment: string | null
  status: string
  name: string | null
  description: string | null
  permissions: string[]
  create_time: string
  update_time: string | null
  last_used_at: string | null
}

export const ADMIN_KEY = 'e2e_admin_key'

/** Every key a mock API holds, page by page over HTTP (status, page_size, page_token: every behaviour honours them). */
export async function serverRecords(request: APIRequestContext, base: string): Promise<ServerRecord[]> {
  const records: ServerRecord[] = []
  let token: string | null = null
  do {
    const params: Record<string, string> = { status: 'ACTIVE,SUSPENDED,REVOKED,EXPIRED', page_size: '100', ...(token ? { page_token: token } : {}) }
    const response = await request.get(`${base}/v1/api-keys`, { headers: { 'x-api-key': ADMIN_KEY }, params })
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { api_keys: ServerRecord[]; next_page_token: string | null }
    records.push(...body.api_keys)
    token = body.next_page_token
  } while (token)
  return records
}

/**
 * The records of a view (its URL query), in its order: every filter of the list (search, environment,
 * status, type, last use, created over N days ago) and its sort, computed in the page so names
 * collate with the browser's ICU. Nulls last either way; ties by id; ages from `agesFrom`, the start of this hour.
 */
export function viewRecords(page: Page, records: readonly ServerRecord[], view: string, agesFrom = hourNow()): Promise<ServerRecord[]> {
  return page.evaluate(
    ({ all, search, hour }) => {
      const DAY = 86_400_000
      const params = new URLSearchParams(search)
      const statuses = (params.get('status') ?? 'ACTIVE,SUSPENDED,REVOKED,EXPIRED').split(',')
      type Key = (typeof all)[number]
      const ago = (k: Key) => (k.last_used_at === null ? null : hour - Date.parse(k.last_used_at))
      const within = (from: number, to: number) => (k: Key) => {
        const a = ago(k)
        return a !== null && a > from && a <= to
      }
      const used: Record<string, (k: Key) => boolean> = {
        never: (k) => k.last_used_at === null,
        unused_30d: (k) => (ago(k) ?? Infinity) > 30 * DAY,
        unused_90d: (k) => (ago(k) ?? Infinity) > 90 * DAY,
        used_24h: within(-Infinity, DAY),
        used_1_30d: within(DAY, 30 * DAY),
        used_30_90d: within(30 * DAY, 90 * DAY),
        used_over_90d: within(90 * DAY, Infinity),
      }
      // A name search reads any case, accents aside (as e2e/name-search.ts; this runs in the page).
      const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' }
      const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[ıłøđßæœ]/g, (c) => PLAIN[c] ?? c)
      const q = params.has('q') ? plain(params.get('q') ?? '') : undefined
      const created = Number(params.get('created') ?? 0)
      const rows = all.filter(
        (k) =>
          statuses.includes(k.status) &&
          (!params.get('env') || k.environment === params.get('env')) &&
          (!params.get('type') || k.key_type === params.get('type')) &&
          (!params.get('used') || (used[params.get('used') ?? '']?.(k) ?? false)) &&
          (!created || Date.parse(k.create_time) < hour - created * DAY) &&
          (!q || plain(k.name ?? '').includes(q)),
      )
      const [field, direction] = (params.get('sort') ?? 'create_time.desc').split('.') as ['name' | 'create_time' | 'last_used_at', string]
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
      return rows.sort((a, b) => {
        const [x, y] = [a[field], b[field]]
        if ((x === null) !== (y === null)) return x === null ? 1 : -1
        const order = x === null || y === null ? 0 : field === 'name' ? collator.compare(x, y) : Date.parse(x) - Date.parse(y)
        if (order !== 0) return direction === 'desc' ? -order : order
        return a.id < b.id ? -1 : 1
      })
    },
    { all: records, search: view, hour: agesFrom },
  )
}
