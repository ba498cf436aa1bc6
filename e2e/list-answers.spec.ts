// Right answers from any Coval server: the keys table, connected to the mock API playing each of
// the three server behaviours, must show exactly the rows, order and count this test computes
// itself from the server's data (read over HTTP). One spec, parametrised by behaviour.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ANSWERS_SERVERS, type Dialect } from './answers-servers'
import { openConnected } from './connected-helpers'
import { hourNow, rowIds } from './keys-table-helpers'
import { expectSettled, keysTable, pagination } from './page-helpers'
import { serverRecords, viewRecords, type ServerRecord } from './view-oracle'

/** The test's own answer for a view: every matching id, in order. */
async function expectedIds(page: Page, records: ServerRecord[], search: string): Promise<string[]> {
  return (await viewRecords(page, records, search)).map((record) => record.id)
}

/**
 * The answers for a view whose last-use ages count from the start of the hour: this hour's, and the
 * last hour's too when they differ. A view asked for just before the hour turned is the last hour's.
 */
async function expectedIdsEitherHour(page: Page, records: ServerRecord[], search: string): Promise<string[][]> {
  const hour = hourNow()
  const [now, before] = await Promise.all([hour, hour - HOUR].map(async (at) => (await viewRecords(page, records, search, at)).map((record) => record.id)))
  return before && JSON.stringify(before) !== JSON.stringify(now) ? [now ?? [], before] : [now ?? []]
}

/** Another view in the same page, as a person pasting a link would, without losing what the app learnt. */
async function navigate(page: Page, search: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, `/${search}`)
}

const format = (n: number) => new Intl.NumberFormat('en').format(n)
const HOUR = 3_600_000

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

/** Page 1 (20 rows) of one of `answers`: the one whose count the page shows. */
async function expectFirstPageOfEither(page: Page, answers: string[][]): Promise<void> {
  const range = (ids: string[]) => (ids.length === 0 ? '0 keys match' : `1–${format(Math.min(ids.length, 20))} of ${format(ids.length)}`)
  const shown = page.getByText(new RegExp(`^(${answers.map(range).join('|')})$`)).first()
  await expect(shown).toBeVisible({ timeout: 15_000 })
  const text = await shown.textContent()
  const ids = answers.find((candidate) => range(candidate) === text) ?? answers[0] ?? []
  await expectPage(page, ids, 1, 20)
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
          await expectFirstPageOfEither(page, await expectedIdsEitherHour(page, records, search))
        }
        expect(rest.length).toBeGreaterThan(0)
      })
    }

    // A server that filters nothing is answered in the browser, each view from the one before it
    // where that one holds all its keys (local-answer.ts): every step must still be the view's.
    test('a search typed letter by letter and taken back, then a filter added to it and taken off', async ({ page }) => {
      await openConnected(page, base, '?env=PRODUCTION')
      await expectPage(page, await expectedIds(page, records, '?env=PRODUCTION'), 1, 20)
      const box = page.getByRole('searchbox', { name: 'Search keys by name' })
      let typed = ''
      for (const key of ['b', 'R', 'i', 'Backspace', 'Backspace', 'e', 'Backspace', 'Backspace']) {
        await box.press(key)
        typed = key === 'Backspace' ? typed.slice(0, -1) : typed + key
        await expect(box).toHaveValue(typed)
        const view = typed ? `?env=PRODUCTION&q=${typed}` : '?env=PRODUCTION'
        await expect(page).toHaveURL((url) => (url.searchParams.get('q') ?? '') === typed && url.searchParams.get('env') === 'PRODUCTION')
        await expectPage(page, await expectedIds(page, records, view), 1, 20)
      }
      for (const view of ['?env=PRODUCTION&q=e', '?env=PRODUCTION&q=e&type=SERVICE', '?env=PRODUCTION&type=SERVICE&used=never', '?env=PRODUCTION&q=e']) {
        await navigate(page, view)
        await expectPage(page, await expectedIds(page, records, view), 1, 20)
      }
    })

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
