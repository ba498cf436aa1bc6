// Saved views: named in the toolbar's Views menu, kept in this browser, applied from the menu or the palette.
import type { Locator, Page } from '@playwright/test'
import { chooseWithArrows, openPaletteAndType, palette, paletteOption } from './command-palette-helpers'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { nextButton, rowIds, tabTo, urlParams } from './keys-table-helpers'
import { arrowToMenuItem, expectRowsSettled, filterOption, filters, notifications, startFromSeed } from './page-helpers'

const viewsButton = (page: Page): Locator => filters(page).getByRole('button', { name: 'Views', exact: true })
const viewsMenu = (page: Page): Locator => page.getByRole('menu', { name: 'Views' })
const saveItem = (page: Page): Locator => viewsMenu(page).getByRole('menuitem', { name: /^Save current view/ })
const savedItem = (page: Page, name: string): Locator => viewsMenu(page).getByRole('group', { name: 'Saved views' }).getByRole('menuitemradio', { name, exact: true })
const saveDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Save this view' })
const manageDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Saved views' })

async function openViewsMenu(page: Page): Promise<void> {
  await viewsButton(page).click()
  await expect(viewsMenu(page)).toBeVisible()
}

/** Opens the menu, Save current view…, and saves under `name` with Enter. */
async function saveCurrentView(page: Page, name: string): Promise<void> {
  await openViewsMenu(page)
  await saveItem(page).click()
  await expect(saveDialog(page).getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

test.beforeEach(async ({ page }) => {
  // Each test walks a whole flow with reloads (the third adds four axe runs): 25 s of 30 on a busy 2-core machine.
  test.slow()
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

test('saved by keyboard alone, found in the menu and the palette, applied from another view, kept after a reload', async ({ page }) => {
  await page.goto('/?env=PRODUCTION&sort=name.asc&size=10')
  await expectRowsSettled(page)
  const savedRows = await rowIds(page)

  await tabTo(page, viewsButton(page))
  await page.keyboard.press('Enter')
  await expect(viewsMenu(page)).toBeVisible()
  await page.keyboard.press('End')
  await expect(saveItem(page)).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = saveDialog(page)
  await expect(dialog).toContainText('Shows: Production, by name, A to Z, 10 per page')
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused()
  // Empty first: the error says what to do, and nothing is saved.
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('Enter a name for the view.')).toBeVisible()
  await page.keyboard.type('Prod <b>by name</b> ש')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(notifications(page).getByText('Saved the view “Prod <b>by name</b> ש”')).toBeVisible()
  await expect(viewsButton(page)).toBeFocused()

  // Another view's second page, then the saved one from the menu: its filters, sort and size, from page 1.
  await filterOption(page, 'Environment', 'Staging').click()
  await expectRowsSettled(page)
  await nextButton(page).click()
  await expect(page).toHaveURL(/page=2/)
  await expectRowsSettled(page)
  await viewsButton(page).focus()
  await page.keyboard.press('Enter')
  const item = savedItem(page, 'Prod <b>by name</b> ש')
  await expect(item).toHaveAttribute('aria-checked', 'false')
  await arrowToMenuItem(page, item)
  await page.keyboard.press('Enter')
  await expect.poll(() => urlParams(page)).toEqual({ env: 'PRODUCTION', sort: 'name.asc', size: '10' })
  await expectRowsSettled(page)
  expect(await rowIds(page)).toEqual(savedRows)
  await openViewsMenu(page)
  await expect(savedItem(page, 'Prod <b>by name</b> ש')).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Escape')

  // The palette finds it by name, in its own group, and applies it the same way.
  await filterOption(page, 'Environment', 'Development').click()
  await expectRowsSettled(page)
  await openPaletteAndType(page, 'prod by')
  await expect(palette(page).getByRole('group', { name: 'Saved views' }).getByRole('option')).toHaveCount(1)
  await chooseWithArrows(page, paletteOption(page, 'Prod <b>by name</b> ש'))
  // The palette runs its command once radix has given focus back, a task after the dialog is gone: poll, as command-palette.spec does.
  await expect.poll(() => urlParams(page)).toEqual({ env: 'PRODUCTION', sort: 'name.asc', size: '10' })
  await expectRowsSettled(page)
  expect(await rowIds(page)).toEqual(savedRows)

  await page.reload()
  await expectRowsSettled(page)
  await openViewsMenu(page)
  await expect(savedItem(page, 'Prod <b>by name</b> ש')).toHaveAttribute('aria-checked', 'true')
})

test('a name already used asks before replacing; a deleted view is named in the dialog (once) and can come back', async ({ page }) => {
  await page.goto('/?used=never')
  await expectRowsSettled(page)
  await saveCurrentView(page, 'Stale')
  await expect(notifications(page).getByText('Saved the view “Stale”')).toBeVisible()

  await filterOption(page, 'Last used', 'Not used in 90 days').click()
  await expectRowsSettled(page)
  await saveCurrentView(page, ' stale ')
  const dialog = saveDialog(page)
  await expect(dialog.getByRole('alert')).toHaveText('A saved view is already named “Stale”. Replace it with this view?')
  await expect(dialog.getByRole('button', { name: 'Replace view' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(notifications(page).getByText('Replaced the view “stale”')).toBeVisible()

  await filterOption(page, 'Last used', 'Never used').click()
  await expectRowsSettled(page)
  await openViewsMenu(page)
  await expect(viewsMenu(page).getByRole('group', { name: 'Saved views' }).getByRole('menuitemradio')).toHaveText(['stale'])
  await savedItem(page, 'stale').click()
  await expect.poll(() => urlParams(page)).toEqual({ used: 'unused_90d' })

  await openViewsMenu(page)
  await viewsMenu(page).getByRole('menuitem', { name: 'Manage saved views…' }).click()
  const manage = manageDialog(page)
  await expect(manage.getByRole('listitem')).toHaveText(['staleNot used in 90 daysRename'])
  await manage.getByRole('button', { name: 'Delete the view stale' }).click()
  await expect(manage.getByText('No saved views left.')).toBeVisible()
  // The last view gone, the focus waits on its Undo, not past it on Done (review round 19).
  await expect(manage.getByRole('button', { name: 'Undo' })).toBeFocused()
  // Said by the dialog, with its Undo beside the words (not read as part of them); no toast behind it saying it again.
  await expect(manage.getByRole('status')).toHaveText('Deleted the view “stale”.')
  await expect(notifications(page).getByText('Deleted the view “stale”')).toHaveCount(0)
  await manage.getByRole('button', { name: 'Undo' }).click()
  await expect(manage.getByRole('listitem')).toHaveText(['staleNot used in 90 daysRename'])
  await expect(manage.getByText(/Deleted the view/)).toHaveCount(0)
  await expect(manage.getByRole('button', { name: 'Delete the view stale' })).toBeFocused()
  // Undone here, nothing is said of it once the dialog closes.
  await manage.getByRole('button', { name: 'Done' }).click()
  await expect(manage).toBeHidden()
  await expect(notifications(page).getByText('Deleted the view “stale”')).toHaveCount(0)

  // Deleted and left deleted: its toast comes once the dialog closes, and its Undo brings it back.
  await openViewsMenu(page)
  await viewsMenu(page).getByRole('menuitem', { name: 'Manage saved views…' }).click()
  await manage.getByRole('button', { name: 'Delete the view stale' }).click()
  await expect(manage.getByText('No saved views left.')).toBeVisible()
  await expect(notifications(page).getByText('Deleted the view “stale”')).toHaveCount(0)
  await manage.getByRole('button', { name: 'Done' }).click()
  await expect(notifications(page).getByText('Deleted the view “stale”')).toBeVisible()
  await notifications(page).getByRole('button', { name: 'Undo' }).click()
  await openViewsMenu(page)
  await expect(viewsMenu(page).getByRole('group', { name: 'Saved views' }).getByRole('menuitemradio')).toHaveCount(1)
  await expect(savedItem(page, 'stale')).toBeVisible()
  await page.keyboard.press('Escape')

  await openViewsMenu(page)
  await viewsMenu(page).getByRole('menuitem', { name: 'Manage saved views…' }).click()
  await manage.getByRole('button', { name: 'Delete the view stale' }).click()
  await expect(manage.getByText('No saved views left.')).toBeVisible()
  await manage.getByRole('button', { name: 'Done' }).click()
  await page.reload()
  await expectRowsSettled(page)
  await openViewsMenu(page)
  await expect(viewsMenu(page).getByText('None yet: save the view you are looking at.')).toBeVisible()
})

test('a saved view is renamed in place by keyboard: Escape leaves the name, another view’s name is refused, the new name is kept (320 px, dark)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/?used=never')
  await expectRowsSettled(page)
  await saveCurrentView(page, 'Stale')
  await expect(saveDialog(page)).toBeHidden()
  await page.goto('/?env=PRODUCTION')
  await expectRowsSettled(page)
  await saveCurrentView(page, 'Prod')
  await expect(saveDialog(page)).toBeHidden()

  await openViewsMenu(page)
  await viewsMenu(page).getByRole('menuitem', { name: 'Manage saved views…' }).click()
  const manage = manageDialog(page)
  const rename = manage.getByRole('button', { name: 'Rename the view Stale' })
  await rename.focus()
  await page.keyboard.press('Enter')
  const field = manage.getByRole('textbox', { name: 'New name for “Stale”' })
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('Stale')
  await expectNoAxeViolations(page)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  // Escape leaves the name as it was, and the dialog open.
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect(manage).toBeVisible()
  await expect(rename).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.type(' prod ')
  await page.keyboard.press('Enter')
  await expect(field).toHaveAccessibleDescription(/Another saved view is named “Prod”\. Choose another name\./)
  await expect(field).toBeFocused()
  await field.fill('Never used keys')
  await page.keyboard.press('Enter')
  await expect(manage.getByRole('status')).toHaveText('Renamed the view “Stale” to “Never used keys”.')
  await expect(manage.getByRole('button', { name: 'Rename the view Never used keys' })).toBeFocused()
  // In its place, first.
  await expect(manage.getByRole('listitem').first()).toContainText('Never used keys')
  await expect(manage.getByRole('listitem').nth(1)).toContainText('Prod')
  await manage.getByRole('button', { name: 'Done' }).click()

  // Its place, its query and the new name: in the menu, and after a reload.
  await page.reload()
  await expectRowsSettled(page)
  await openViewsMenu(page)
  await expect(viewsMenu(page).getByRole('group', { name: 'Saved views' }).getByRole('menuitemradio')).toHaveText(['Never used keys', '✓Prod'])
  await savedItem(page, 'Never used keys').click()
  await expect.poll(() => urlParams(page)).toEqual({ used: 'never' })
})

test('nothing to save on the plain list; no axe violations with the menu and the dialog open, at 320 px in dark mode too', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  await openViewsMenu(page)
  await expect(saveItem(page)).toHaveAttribute('aria-disabled', 'true')
  await expect(saveItem(page)).toContainText('Filter or sort the list first')
  await expect(viewsMenu(page).getByRole('menuitemradio', { name: 'All keys' })).toHaveAttribute('aria-checked', 'true')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 700 })
  await page.goto('/?env=PRODUCTION&type=SERVICE&used=unused_90d')
  await expectRowsSettled(page)
  await expect(page.locator('html')).toHaveClass(/dark/)
  const longName = `Production service keys not used in ninety days ${'w'.repeat(11)}`
  await saveCurrentView(page, longName)
  await expect(notifications(page).getByText(`Saved the view “${longName}”`)).toBeVisible()

  await openViewsMenu(page)
  await expect(savedItem(page, longName)).toHaveAttribute('aria-checked', 'true')
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  await saveItem(page).click()
  await expect(saveDialog(page)).toContainText('Shows: Production, service keys, not used in 90 days')
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(saveDialog(page)).toBeHidden()

  await openViewsMenu(page)
  await viewsMenu(page).getByRole('menuitem', { name: 'Manage saved views…' }).click()
  await expect(manageDialog(page).getByRole('listitem')).toHaveCount(1)
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
})
