// Right answers from any Coval server: the keys table, connected to the mock API playing each of
// the three server behaviours, must show exactly the rows, order and count this test computes
// itself from the server's data (read over HTTP). One spec, parametrised by behaviour.
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ANSWERS_SERVERS, type Dialect } from './answers-servers'
import { hourNow, rowIds } from './keys-table-helpers'
import { expectSettled, keysTable, pagination } from './page-helpers'

const ADMIN_KEY = 'e2e_admin_key'
const STATUSES = 'ACTIVE,SUSPENDED,REVOKED,EXPIRED'

interface ServerRecord {
  id: string
  name: string | null
  key_type: string
  environment: string | null
  status: string
  create_time: string
  last_used_at: string | null
}

/** Every key the server holds, page by page (status, page_size and page_token: honoured by every behaviour). */
async function serverRecords(request: APIRequestContext, base: string): Promise<ServerRecord[]> {
  const records: ServerRecord[] = []
  let token: string | null = null
  do {
    const params: Record<string, string> = { status: STATUSES, page_size: '100' }
    if (token) params.page_token = token
    const response = await request.get(`${base}/v1/api-keys`, { headers: { 'x-api-key': ADMIN_KEY }, params })
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { api_keys: ServerRecord[]; next_page_token: string | null }
    records.push(...body.api_keys)
    token = body.next_page_token
  } while (token)
  return records
}

/**
 * The test's own answer for a view (its URL query): every matching id in order, computed in the
 * page so names collate with the browser's ICU. Nulls last either way; ties by id.
 */
function expectedIds(page: Page, serverData: ServerRecord[], view: string): Promise<string[]> {
  return page.evaluate(
    ({ records, search, hour }) => {
      const DAY = 86_400_000
      const params = new URLSearchParams(search)
      const statuses = (params.get('status') ?? 'ACTIVE,SUSPENDED,REVOKED,EXPIRED').split(',')
      const usedAt = (r: (typeof records)[number]) => (r.last_used_at === null ? null : Date.parse(r.last_used_at))
      const presets: Record<string, (r: (typeof records)[number]) => boolean> = {
        never: (r) => usedAt(r) === null,
        unused_30d: (r) => { const t = usedAt(r); return t === null || t < hour - 30 * DAY },
        unused_90d: (r) => { const t = usedAt(r); return t === null || t < hour - 90 * DAY },
        used_24h: (r) => { const t = usedAt(r); return t !== null && t >= hour - DAY },
      }
      const q = params.get('q')?.toLowerCase()
      const used = params.get('used')
      const rows = records.filter(
        (r) =>
          statuses.includes(r.status) &&
          (!params.get('env') || r.environment === params.get('env')) &&
          (!params.get('type') || r.key_type === params.get('type')) &&
          (!used || (presets[used]?.(r) ?? false)) &&
          (!q || (r.name ?? '').toLowerCase().includes(q)),
      )
      const [field, direction] = (params.get('sort') ?? 'create_time.desc').split('.') as ['name' | 'create_time' | 'last_used_at', string]
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
      rows.sort((a, b) => {
        const [x, y] = [a[field], b[field]]
        if ((x === null) !== (y === null)) return x === null ? 1 : -1
        const order = x === null || y === null ? 0 : field === 'name' ? collator.compare(x, y) : Date.parse(x) - Date.parse(y)
        if (order !== 0) return direction === 'desc' ? -order : order
        return a.id < b.id ? -1 : 1
      })
      return rows.map((r) => r.id)
    },
    { records: serverData, search: view, hour: hourNow() },
  )
}

/** Opens the app connected to `base` (a connection remembered in this tab), at `search`. */
async function openConnected(page: Page, base: string, search: string): Promise<void> {
  await page.addInitScript(
    ({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })),
    { baseUrl: base, apiKey: ADMIN_KEY },
  )
  await page.goto(`/${search}`)
}

/** Another view in the same page, as a person pasting a link would, without losing what the app learnt. */
async function navigate(page: Page, search: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, `/${search}`)
}

const format = (n: number) => new Intl.NumberFormat('en').format(n)

/** The page shown is page `n` of `ids` (size `size`), with the right count, and nothing else. */
async function expectPage(page: Page, ids: string[], n: number, size: number): Promise<void> {
  const first = (n - 1) * size
  const slice = ids.slice(first, first + size)
  if (ids.length === 0) {
    await expect(page.getByRole('heading', { name: 'No keys match these filters' })).toBeVisible()
    await expect(page.getByText('0 keys match', { exact: true })).toBeVisible()
    return
  }
  await expect(pagination(page).getByText(`${format(first + 1)}–${format(first + slice.length)} of ${format(ids.length)}`, { exact: true })).toBeVisible({ timeout: 15_000 })
  await expectSettled(page)
  expect(await rowIds(page)).toEqual(slice)
}

/** Checks every page of a view, from page 1 to the last with Next. */
async function expectEveryPage(page: Page, ids: string[], size: number): Promise<void> {
  const pages = Math.max(1, Math.ceil(ids.length / size))
  for (let n = 1; n <= pages; n++) {
    await expectPage(page, ids, n, size)
    const next = pagination(page).getByRole('button', { name: 'Next' })
    if (n < pages) await next.click()
    else if (ids.length > 0) await expect(next).toHaveAttribute('aria-disabled', 'true')
  }
}

// Each filter and preset, search, each sort; several of them to the last page.
const FILTERS = ['?env=PRODUCTION', '?env=DEVELOPMENT&status=ACTIVE', '?status=SUSPENDED,REVOKED', '?type=USER', '?type=SERVICE&env=STAGING']
const PRESETS = ['?used=never', '?used=unused_30d', '?used=unused_90d&env=PRODUCTION', '?used=used_24h&status=ACTIVE']
const SEARCHES = ['?q=bridge', '?q=E&type=SERVICE', '?q=no key is called this']
const SORTS = ['?sort=name.asc', '?sort=name.desc&status=ACTIVE', '?sort=create_time.asc', '?sort=last_used_at.asc&env=STAGING', '?sort=last_used_at.desc']

for (const dialect of Object.keys(ANSWERS_SERVERS) as Dialect[]) {
  test.describe(`a ${dialect} server`, () => {
    const base = ANSWERS_SERVERS[dialect]
    let records: ServerRecord[] = []
    test.beforeAll(async ({ request }) => {
      records = await serverRecords(request, base)
      expect(records).toHaveLength(320)
    })

    test.afterEach(({ consoleErrors }) => {
      expect(consoleErrors).toEqual([])
    })

    for (const [group, views] of [['filters', FILTERS], ['last-used presets', PRESETS], ['search', SEARCHES], ['sorts', SORTS]] as const) {
      test(`${group}: the rows, their order and the count are the view's`, async ({ page }) => {
        const [first, ...rest] = views
        await openConnected(page, base, first ?? '')
        for (const search of views) {
          if (search !== first) await navigate(page, search)
          await expectPage(page, await expectedIds(page, records, search), 1, 20)
        }
        expect(rest.length).toBeGreaterThan(0)
      })
    }

    test('paging to the last page of a view, and of the whole list', async ({ page }) => {
      const audit = '?env=PRODUCTION&used=unused_90d&sort=last_used_at.asc&size=10'
      await openConnected(page, base, audit)
      await expectEveryPage(page, await expectedIds(page, records, audit), 10)
      await navigate(page, '?size=100')
      await expectEveryPage(page, await expectedIds(page, records, ''), 100)
    })

    test('a link to a later page opens exactly that page', async ({ page }) => {
      const search = '?type=SERVICE&sort=name.desc&page=4'
      await openConnected(page, base, search)
      await expectPage(page, await expectedIds(page, records, search), 4, 20)
      await expect(keysTable(page)).toBeVisible()
    })
  })
}
