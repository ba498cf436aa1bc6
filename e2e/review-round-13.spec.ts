// Found in review (session 42): on a server that filters environments but not "never used" (Coval's),
// "Never used" turned off and on again while the browser read its keys left the list on
// "Counting…" for good, the rows of the view before standing in under the new filter.
import { expect, setDemoFaults, test } from './fixtures'
import { expectFirstPage, rowIds } from './keys-table-helpers'
import { expectSettled, filterOption, keysTable, pagination, pickKey, startFromSeed, storedKeys } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

test('“Never used” turned off and on again during the browser’s read reads again and answers, by keyboard', async ({ page }) => {
  await page.goto('/?env=PRODUCTION')
  const keys = await storedKeys(page)
  const production = keys.filter((key) => key.environment === 'PRODUCTION')
  await expectFirstPage(page, production.length)
  // Each answer waits, so the read is caught after its first page.
  await setDemoFaults(page, { latencyMs: 800 })
  const never = filterOption(page, 'Last used', 'Never used')
  await never.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Reading keys… [1-9][\d,]* of 320$/ })).toBeVisible({ timeout: 30_000 })
  // Off (the server answers that view) and on again before the read could end.
  await filterOption(page, 'Last used', 'Any use').focus()
  await page.keyboard.press('Enter')
  await never.focus()
  await page.keyboard.press('Enter')
  await setDemoFaults(page, { latencyMs: 0 })
  const neverUsed = production.filter((key) => key.last_used_at === null)
  await expectFirstPage(page, neverUsed.length)
  await expectSettled(page)
  // The view's own rows, none of the view before.
  const shown = await rowIds(page)
  expect(shown.length).toBe(Math.min(20, neverUsed.length))
  for (const id of shown) expect(neverUsed.map((key) => key.id)).toContain(id)
})

test('one key found is “1 key matches”; a link past the end says what is known, not why', async ({ page }) => {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), () => true)
  await page.goto(`/?q=${encodeURIComponent(key.name)}`)
  await expectFirstPage(page, 1)
  await expect(page.getByText('1 key matches', { exact: true })).toBeVisible()
  await page.goto('/?page=50')
  await expect(page.getByRole('heading', { name: 'Page 50 is past the end of the list' })).toBeVisible()
  // No key was removed: the page number was simply past the end.
  await expect(page.getByText('The list has fewer pages than that now, or had when this link was made.')).toBeVisible()
})

test('while a slow view loads over the rows before, the table’s caption names no count, as the pager does', async ({ page }) => {
  await page.goto('/?env=PRODUCTION')
  const keys = await storedKeys(page)
  await expectFirstPage(page, keys.filter((key) => key.environment === 'PRODUCTION').length)
  await setDemoFaults(page, { latencyMs: 3000 })
  await filterOption(page, 'Environment', 'Staging').click()
  await expect(pagination(page).getByText('Loading…', { exact: true })).toBeVisible()
  // It said "API keys, 1–20 of 128", the Production count, over the Staging view.
  await expect(keysTable(page).locator('caption')).toHaveText('API keys, loading…')
  await setDemoFaults(page, { latencyMs: 0 })
  await expectFirstPage(page, keys.filter((key) => key.environment === 'STAGING').length)
  await expect(keysTable(page).locator('caption')).toHaveText(/^API keys, 1–20 of \d+$/)
})
