import type { BrowserContext, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { expectFirstPage, expectRange, firstPageButton, nextButton, previousButton, rowIds, urlParams } from './keys-table-helpers'
import { expectSettled, filterOption, notifications, startFromSeed } from './page-helpers'

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

test('Previous works from a pasted link to a later page, back to the first', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 4)
  expect(urlParams(page)).toMatchObject({ env: 'PRODUCTION', page: '4' })

  // Previous finds the earlier page's token by reading forward.
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

test('the pages read on the way are kept: the next step back needs no server', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 5)
  const other = await openInNewTab(context, url, 81, total)
  await previousButton(other).click()
  await expectRange(other, 61, 80, total)
  // Every later request fails; the pages before this one were read on the way here.
  await setDemoFaults(other, { fault: { kind: 'status', status: 400 }, times: null })
  await stepBack(other, 41, total, pages[2])
  await stepBack(other, 21, total, pages[1])
  await other.close()
})

test('a failed walk back says so, keeps the page shown, and can be tried again', async ({ page, context }) => {
  const { pages, total, url } = await pageThrough(page, 4)
  const other = await openInNewTab(context, url, 61, total)
  // A slow server: the button says it is working while the earlier pages are read.
  await setDemoFaults(other, { latencyMs: 600 })
  await previousButton(other).click()
  await expect(previousButton(other)).toHaveAttribute('aria-busy', 'true')
  await expectRange(other, 41, 60, total)
  await expect(previousButton(other)).not.toHaveAttribute('aria-busy')

  // From a fresh tab again, with every list request refused (not retried, unlike a 5xx).
  const third = await openInNewTab(context, url, 61, total)
  await setDemoFaults(third, { fault: { kind: 'status', status: 400 }, times: null })
  await previousButton(third).click()
  // A toast, seen wherever the page is scrolled: Previous sits below the table.
  const failure = notifications(third).getByRole('alert').filter({ hasText: 'Could not open the previous page' })
  await expect(failure).toBeVisible()
  await expect(failure).toBeInViewport()
  await expect(failure).toContainText(/Request ID: req_[0-9A-Z]{26}/)
  await expect(failure).toContainText('The keys shown are unchanged.')
  await expectNoAxeViolations(third)
  expect(await rowIds(third)).toEqual(pages[3])
  expect(urlParams(third)).toMatchObject({ page: '4' })
  await expect(previousButton(third)).toBeEnabled()

  await setDemoFaults(third, { fault: null })
  await stepBack(third, 41, total, pages[2])
  // The failure is over once a later try gets there.
  await expect(failure).toHaveCount(0)
  await other.close()
  await third.close()
})

test('leaving the page while Previous is finding its way abandons the walk', async ({ page, context }) => {
  const { total, url } = await pageThrough(page, 4)
  const other = await openInNewTab(context, url, 61, total)
  await setDemoFaults(other, { latencyMs: 800 })
  await previousButton(other).click()
  await expect(previousButton(other)).toHaveAttribute('aria-busy', 'true')
  await firstPageButton(other).click()
  await expectRange(other, 1, 20, total)
  // The walk, had it gone on, would land on page 3 by now.
  await other.waitForTimeout(2500)
  await expectRange(other, 1, 20, total)
  expect(urlParams(other)).toEqual({ env: 'PRODUCTION' })
  await other.close()
})
