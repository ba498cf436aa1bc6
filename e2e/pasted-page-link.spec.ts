import type { BrowserContext, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { expectFirstPage, expectRange, firstPageButton, nextButton, previousButton, rowIds, urlParams } from './keys-table-helpers'
import { expectSettled, filterOption, keysTable, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** Pages 1..n of the Production view, as the table showed them, and the URL of page n. */
async function pageThrough(page: Page, n: number): Promise<{ pages: string[][]; total: number; url: string }> {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await filterOption(page, 'Environment', 'Production').click()
  await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
  await expectSettled(page)
  const total = Number((await page.getByText(/^\d+ keys match$/).textContent())?.split(' ')[0])
  const pages = [await rowIds(page)]
  for (let p = 2; p <= n; p++) {
    await nextButton(page).click()
    await expectRange(page, (p - 1) * 20 + 1, p * 20, total)
    pages.push(await rowIds(page))
  }
  return { pages, total, url: page.url() }
}

/** The link in a new tab, which knows no page token but the link's; it shows rows `first`…. */
async function openInNewTab(context: BrowserContext, url: string, first: number, total: number): Promise<Page> {
  const tab = await context.newPage()
  await tab.goto(url)
  await expectRange(tab, first, first + 19, total)
  return tab
}

/** Previous, and the page it lands on: rows `first`… of `total`, these ids. */
async function stepBack(page: Page, first: number, total: number, ids: string[] | undefined): Promise<void> {
  expect(ids).toBeDefined()
  await previousButton(page).click()
  await expectRange(page, first, first + 19, total)
  expect(await rowIds(page)).toEqual(ids)
}

test('a pasted link to a later page opens it, and Previous goes back to the first', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 4)
  expect(urlParams(page)).toEqual({ env: 'PRODUCTION', page: '4' })

  // The link holds no page token: the list reads forward to page 4.
  const other = await openInNewTab(context, url, 61, total)
  expect(await rowIds(other)).toEqual(pages[3])
  await expect(previousButton(other)).toBeEnabled()
  await stepBack(other, 41, total, pages[2])
  expect(urlParams(other)).toMatchObject({ env: 'PRODUCTION', page: '3' })
  await stepBack(other, 21, total, pages[1])
  await stepBack(other, 1, total, pages[0])
  await expect(previousButton(other)).toBeDisabled()
  expect(urlParams(other)).toEqual({ env: 'PRODUCTION' })
  // Back walks the same way the other way round.
  await other.goBack()
  await expectRange(other, 21, 40, total)
  await other.close()
})

test('the pages read on the way are kept: stepping back needs no server', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 5)
  const other = await openInNewTab(context, url, 81, total)
  // Every later request fails; the pages before this one were read on the way here.
  await setDemoFaults(other, { fault: { kind: 'status', status: 400 }, times: null })
  await stepBack(other, 61, total, pages[3])
  await stepBack(other, 41, total, pages[2])
  await stepBack(other, 21, total, pages[1])
  await other.close()
})

/** Goes to another URL of the app without a reload (the demo's faults live in the page). */
async function navigateInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, url)
}

test('a link to a later page that cannot be read says why, with the request id, and Retry gets there', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 4)
  const other = await context.newPage()
  await other.goto('/?env=PRODUCTION')
  await expectRange(other, 1, 20, total)
  // Every list request refused (a 400 is not retried, unlike a 5xx), then the link to page 4.
  await setDemoFaults(other, { fault: { kind: 'status', status: 400 }, times: null })
  await navigateInApp(other, url)
  const failure = other.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(failure).toBeVisible()
  await expect(failure).toContainText(/Request ID: req_[0-9A-Z]{26}/)
  await expectNoAxeViolations(other)
  expect(urlParams(other)).toMatchObject({ page: '4' })

  await setDemoFaults(other, { fault: null })
  await failure.getByRole('button', { name: 'Retry' }).click()
  await expectRange(other, 61, 80, total)
  expect(await rowIds(other)).toEqual(pages[3])
  await expect(failure).toHaveCount(0)
  await other.close()
})

test('leaving a linked page while it is still being found shows the page chosen, and stays there', async ({ page, context }) => {
  const { total, url } = await pageThrough(page, 4)
  const other = await context.newPage()
  await other.goto('/?env=PRODUCTION')
  await expectRange(other, 1, 20, total)
  const first = await rowIds(other)
  await setDemoFaults(other, { latencyMs: 800 })
  await navigateInApp(other, url)
  await expect(keysTable(other)).toHaveAttribute('aria-busy', 'true')
  await firstPageButton(other).click()
  await expectRange(other, 1, 20, total)
  // Once nothing is being fetched any more, the first page is still the one shown.
  await expect.poll(() => other.evaluate(() => JSON.parse(window.covalTestHooks?.dumpCaches() ?? '{}').queries.some((q: { state: { fetchStatus: string } }) => q.state.fetchStatus !== 'idle')), { timeout: 15_000 }).toBe(false)
  await expectRange(other, 1, 20, total)
  expect(await rowIds(other)).toEqual(first)
  expect(urlParams(other)).toEqual({ env: 'PRODUCTION' })
  await other.close()
})
