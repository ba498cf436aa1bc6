// A first search is answered in the browser, from every key of the view's statuses (no filter
// dialect the servers share searches names). The rows on screen stay, dimmed and busy, while that
// read runs, never a skeleton in the table's place; and the read starts as the search box takes the
// focus, so a search typed after a moment shows its rows at once.
import type { Page } from '@playwright/test'
import { expect, setDemoFaults, test } from './fixtures'
import { allServerKeys, clearFaults, connect, resetMockApi } from './connected-helpers'
import { expectFirstPage, rowIds } from './keys-table-helpers'
import { bodyRows, keysTable, searchBox, startFromSeed, storedKeys } from './page-helpers'
import { nameHas } from './name-search'

const skeleton = (page: Page) => page.getByRole('status', { name: 'Loading keys' })
const matching = (keys: readonly { name?: string | null }[], text: string) => keys.filter((key) => nameHas(key.name, text)).length

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

for (const width of [375, 1280]) {
  test(`at ${width} px the first keystroke keeps the rows on screen, busy, until the keys are read; then the search’s own`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 640 ? 740 : 800 })
    await startFromSeed(page)
    await page.goto('/')
    await expectFirstPage(page, 320)
    const keys = await storedKeys(page)
    const before = await rowIds(page)
    // Each answer of the read held 2 s: it is still under way when the first keystroke is looked at.
    await setDemoFaults(page, { latencyMs: 2000 })
    await searchBox(page).fill('e')
    await expect(keysTable(page)).toHaveAttribute('aria-busy', 'true')
    await expect(skeleton(page)).toHaveCount(0)
    expect(await rowIds(page)).toEqual(before)
    await setDemoFaults(page, { latencyMs: 0 })
    await expectFirstPage(page, matching(keys, 'e'))
    await expect(skeleton(page)).toHaveCount(0)
  })
}

test.describe('connected to a server', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 })
  test.use({ serviceWorkers: 'block' })
  test.beforeEach(async ({ request }) => {
    await resetMockApi(request)
  })
  test.afterEach(async ({ request }) => {
    await clearFaults(request)
  })

  test('the search box’s focus reads the keys ahead: the first keystroke shows the search’s rows in its first change, never busy', async ({ page, request }) => {
    await connect(page)
    const keys = await allServerKeys(request)
    // The read's last page (100 keys each, no page after it) has come back.
    const readDone = page.waitForResponse(async (response) => response.request().method() === 'GET' && response.url().includes('page_size=100') && ((await response.json()) as { next_page_token: string | null }).next_page_token === null)
    await searchBox(page).focus()
    await readDone
    // What the table shows from the keystroke on: each state the page goes through, in order.
    await page.evaluate(() => {
      const states: string[] = []
      Object.assign(window, { tableStates: states })
      const record = () => {
        const table = document.querySelector('table[aria-label="API keys"]')
        const loading = document.querySelector('[role="status"][aria-label="Loading keys"]')
        states.push(`${table ? `table busy=${table.getAttribute('aria-busy')}` : 'no table'}${loading ? ' skeleton' : ''}`)
      }
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] })
    })
    await page.keyboard.press('e')
    await expectFirstPage(page, matching(keys, 'e'))
    await expect(bodyRows(page)).toHaveCount(20)
    const states = await page.evaluate(() => (window as unknown as { tableStates: string[] }).tableStates)
    expect(new Set(states)).toEqual(new Set(['table busy=false']))
  })
})
