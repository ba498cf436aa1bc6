// What a screen reader hears of changes that move nothing it is on: a new order, a cleared
// selection, the audit's figures arriving. Each is a status region present from the start.
import type { Page } from '@playwright/test'
import { expect, setDemoFaults, test } from './fixtures'
import { openView } from './key-actions-helpers'
import { bodyRows, keysTable, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** The keys list's own status region (the sr-only one beside the count). */
const listStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Sorted|Selection)/ })
const firstName = (page: Page) => bodyRows(page).first().locator('td[data-column="name"] a')

test('sorting by a header says the new order once its rows show, by keyboard alone', async ({ page }) => {
  await openView(page, '/')
  const header = keysTable(page).getByRole('button', { name: 'Name' })
  // Nothing is said on arrival: the order is the default one.
  await expect(listStatus(page)).toHaveCount(0)
  await header.focus()
  await page.keyboard.press('Enter')
  await expect(listStatus(page)).toHaveText(/^Sorted by name, A to Z\.\s?$/)
  await expect(keysTable(page).locator('th[data-column="name"]')).toHaveAttribute('aria-sort', 'ascending')
  const first = await firstName(page).textContent()
  await page.keyboard.press('Enter')
  await expect(listStatus(page)).toHaveText(/^Sorted by name, Z to A\.\s?$/)
  await expect(firstName(page)).not.toHaveText(first ?? '')
  await expect(header).toBeFocused()
})

test('a sort the server fails is not said to have worked; said once Retry brings its rows', async ({ page }) => {
  await openView(page, '/')
  await setDemoFaults(page, { fault: { kind: 'status', status: 403 }, method: 'GET', times: null })
  await keysTable(page).getByRole('button', { name: 'Created' }).click()
  const failed = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(failed).toBeVisible()
  await expect(listStatus(page)).toHaveCount(0)
  await page.evaluate(() => window.covalDemo?.clearFaults())
  await failed.getByRole('button', { name: 'Retry' }).click()
  await expect(listStatus(page)).toHaveText(/^Sorted by created, oldest first\.\s?$/)
})

test('Clear selection says so, every time, and leaves focus on the table', async ({ page }) => {
  await openView(page, '/')
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  const heard: (string | null)[] = []
  for (const round of [1, 2]) {
    await bodyRows(page).nth(round).getByRole('checkbox').check()
    await bar.getByRole('button', { name: 'Clear selection' }).focus()
    await page.keyboard.press('Enter')
    await expect(bar).toHaveCount(0)
    // The same words the second time differ by a trailing space, which is what makes them heard again.
    await expect(listStatus(page)).toHaveText(/^Selection cleared\.\s?$/)
    await expect(keysTable(page).getByRole('checkbox', { name: 'Select all keys on this page' })).toBeFocused()
    heard.push(await listStatus(page).textContent())
  }
  expect(heard[0]).not.toBe(heard[1])
})

test('a page turn that leaves a selection behind says so once the new page is up; a turn with nothing selected says nothing of it', async ({ page }) => {
  await openView(page, '/')
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  const pager = page.getByRole('navigation', { name: 'Pagination' })
  await bodyRows(page).nth(1).getByRole('checkbox').check()
  await bodyRows(page).nth(2).getByRole('checkbox').check()
  await expect(bar).toContainText('2 selected')
  await pager.getByRole('button', { name: 'Next' }).click()
  await expect(pager).toContainText('21–40')
  await expect(bar).toHaveCount(0)
  // It went without a word (the bar going is all a screen reader's user would miss).
  await expect(listStatus(page)).toHaveText(/^Selection cleared\.\s?$/)
  const said = await listStatus(page).textContent()
  await pager.getByRole('button', { name: 'Next' }).click()
  await expect(pager).toContainText('41–60')
  await expect(listStatus(page)).toHaveText(said ?? '')
})

test('the audit page says when its figures are in, and again after each change', async ({ page }) => {
  await page.goto('/audit')
  const said = page.getByRole('status').filter({ hasText: /^Figures counted/ })
  await expect(said).toHaveText('Figures counted. Keys: Active; rotation policy: 90 days.')
  await page.getByRole('group', { name: 'Keys' }).getByRole('button', { name: 'Suspended', exact: true }).click()
  await expect(said).toHaveText('Figures counted. Keys: Suspended; rotation policy: 90 days.')
  await page.getByRole('group', { name: 'Rotation policy' }).getByRole('button', { name: '180 days', exact: true }).click()
  await expect(said).toHaveText('Figures counted. Keys: Suspended; rotation policy: 180 days.')
})
