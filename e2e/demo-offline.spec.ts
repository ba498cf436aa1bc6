import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { chooseRowAction, createServiceKey, expectStoredStatus, openView, statusToasts } from './key-actions-helpers'
import { sortButton } from './keys-table-helpers'
import { bodyRows, expectRowStatus, expectRowsSettled, pickKey, startFromSeed, storedKeys } from './page-helpers'

// The demo's server runs in the page: once the first screen is up, the rest of its code (writes,
// the filter and sort parsers) loads, so it keeps answering when the visitor's network goes. Before,
// that code loaded on first use: offline, a suspend failed after its retries with "Failed to fetch".

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Script files the page has fetched whose names start with one of `names` (Vite adds a hash). */
function fetchedScripts(page: Page, names: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
        .filter((file) => wanted.some((name) => file.startsWith(`${name}-`) && file.endsWith('.js'))),
    names,
  )
}

test('offline after the first screen, the demo still suspends, filters, sorts and creates', async ({ page, context }) => {
  await openView(page, '/?size=10')
  const keys = await storedKeys(page)
  const key = pickKey(keys, (k) => k.status === 'ACTIVE')
  // The page's own parts a suspend uses are loaded by the pointer: open the menu and the dialog, then cancel.
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // The server's parts load by themselves once the page is idle, nobody asking for them.
  await expect.poll(async () => (await fetchedScripts(page, ['mock-writes', 'list-parsers'])).map((file) => file.split('-').slice(0, 2).join('-')).sort()).toEqual([
    'list-parsers',
    'mock-writes',
  ])

  await context.setOffline(true)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
  await expectRowStatus(page, key.id, 'SUSPENDED')
  await expectStoredStatus(page, key.id, 'SUSPENDED')

  // A filter and a sort the server answers (Coval's server: its filter language and order_by).
  await page.getByRole('button', { name: 'Clear search' }).click()
  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Service' }).click()
  await expect(page).toHaveURL(/type=SERVICE/)
  await expectRowsSettled(page)
  const services = keys.filter((k) => k.key_type === 'SERVICE').length
  await expect(page.getByText(`${services} keys match`)).toBeVisible()
  await expect(bodyRows(page).first()).toContainText('Service')
  await sortButton(page, 'Name').click()
  await expect(page).toHaveURL(/sort=name\.asc/)
  await expectRowsSettled(page)
  // Answered, not refused: no alert, and the page in name order (keys without a name aside).
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  const names = (await bodyRows(page).getByRole('link').allInnerTexts()).filter((name) => name !== 'Untitled key')
  expect(names.length).toBeGreaterThan(1)
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  expect(names.toSorted((a, b) => collator.compare(a, b))).toEqual(names)

  await createServiceKey(page, 'Offline demo key', 'Staging')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(async () => (await storedKeys(page)).some((k) => k.name === 'Offline demo key')).toBe(true)
  await expect(page.getByText(/^You are offline/)).toHaveCount(0)
  await context.setOffline(false)
})
