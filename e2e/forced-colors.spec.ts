import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { bulkBar, openKey } from './key-actions-helpers'
import { actionsButton, expectRowsSettled, filterOption, keysTable, pickKey, pressUntilFocused, startFromSeed, storedKeys } from './page-helpers'

// Windows High Contrast (forced colours) drops the page's colours, backgrounds and box shadows:
// what only they showed (a choice, a focus ring, an unavailable action, a chart's key) still shows.
test.use({ forcedColors: 'active' })

const look = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element)
    return { background: style.backgroundColor, color: style.color, outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}` }
  })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  await page.goto('/?type=SERVICE&status=ACTIVE')
  await expectRowsSettled(page)
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
})

test('a pressed filter, a checked radio and a highlighted menu item stand out from the rest; a filled button keeps its edge', async ({ page }) => {
  const pressed = await look(filterOption(page, 'Type', 'Service'))
  const unpressed = await look(filterOption(page, 'Type', 'User'))
  expect(pressed.background).not.toBe(unpressed.background)
  expect(pressed.color).not.toBe(unpressed.color)
  // Create key is filled: its colour gone, an outline draws its edge.
  const create = page.getByRole('button', { name: 'Create key', exact: true }).first()
  expect((await look(create)).outline).not.toBe('none')

  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE' && k.key_type === 'SERVICE')
  await openKey(page, key)
  await actionsButton(page, key).focus()
  await page.keyboard.press('Enter')
  const items = page.getByRole('menu').getByRole('menuitem')
  await expect(items.first()).toBeFocused()
  expect((await look(items.first())).background).not.toBe((await look(items.nth(1))).background)
  await page.keyboard.press('Escape')

  await create.click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  const chosen = await look(dialog.getByRole('radio', { name: 'Service' }))
  expect(chosen.background).not.toBe((await look(dialog.getByRole('radio', { name: 'User' }))).background)
})

test('a checkbox reached by Tab shows its focus, and an unavailable bulk action looks unavailable', async ({ page }) => {
  const selectAll = keysTable(page).getByRole('checkbox', { name: 'Select all keys on this page' })
  await pressUntilFocused(page, selectAll)
  expect((await look(selectAll)).outline).toBe('solid 2px')
  await keysTable(page).locator('tbody tr').first().getByRole('checkbox').check()
  // Active keys only in this view: Reactivate is unavailable, Suspend is not.
  const reactivate = bulkBar(page).getByRole('button', { name: 'Reactivate', exact: true })
  const suspend = bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true })
  await expect(reactivate).toHaveAttribute('aria-disabled', 'true')
  await expect(suspend).not.toHaveAttribute('aria-disabled', 'true')
  expect((await look(reactivate)).color).not.toBe((await look(suspend)).color)
})

test('the audit chart’s key keeps its colours, as its bars do', async ({ page }) => {
  await page.goto('/audit')
  const legend = page.getByRole('list', { name: 'Legend' }).locator('span[aria-hidden]')
  await expect(legend).toHaveCount(5)
  const swatches = new Set<string>()
  for (const swatch of await legend.all()) swatches.add((await look(swatch)).background)
  expect(swatches.size).toBe(5)
})
