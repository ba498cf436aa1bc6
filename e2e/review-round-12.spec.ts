// Found in review (session 41): an Advanced expression that does not parse (from a link or a saved
// view) filters nothing, yet named the export's title and file and was kept by a saved view; a
// saved view could take a ready-made view's name; "audit" then Enter in the palette opened a key.
import type { Page } from '@playwright/test'
import { chooseWithArrows, expectSearchSettled, openPaletteAndType, palette, paletteOption } from './command-palette-helpers'
import { exportButton, exportDialog, runExport, today } from './export-helpers'
import { expect, setDemoFaults, setDemoSettings, test } from './fixtures'
import { advancedButton, filterParam, openAdvanced } from './filter-expression-helpers'
import { expectFirstPage } from './keys-table-helpers'
import { filters, keysTable, pagination, searchBox, startFromSeed, storedKeys } from './page-helpers'

const HELD = { timeout: 30_000 }

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

// "SERVIC": a typo for SERVICE, which the field says is not applied.
const BROKEN = 'key_type = SERVIC'

async function openWithBrokenExpression(page: Page, params: string): Promise<void> {
  await page.goto(`/?${params}&filter=${encodeURIComponent(BROKEN)}`)
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
}

test('an expression that is not applied names neither the export nor its file', async ({ page }) => {
  await openWithBrokenExpression(page, 'env=PRODUCTION')
  const production = (await storedKeys(page)).filter((key) => key.environment === 'PRODUCTION').length
  await expectFirstPage(page, production)
  await exportButton(page).click()
  await expect(exportDialog(page)).toHaveAccessibleName(`Export ${production} keys: Production`)
  await exportDialog(page).getByRole('button', { name: 'Close' }).click()
  const download = await runExport(page, 'CSV')
  expect(download.suggestedFilename()).toBe(`coval-api-keys-production-${await today(page)}.csv`)
})

test('a view saved with an expression that is not applied is saved as the list shows it, and says so', async ({ page }) => {
  await openWithBrokenExpression(page, 'env=PRODUCTION')
  await filters(page).getByRole('button', { name: 'Views', exact: true }).click()
  await page.getByRole('menu', { name: 'Views' }).getByRole('menuitem', { name: /^Save current view/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this view' })
  await expect(dialog).toContainText('Shows: Production')
  await expect(dialog).not.toContainText('Matching')
  await expect(dialog).toContainText(`Not saved: the Advanced filter ${BROKEN}, which has an error and is not applied.`)
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Production only')
  await dialog.getByRole('button', { name: 'Save view' }).click()
  await expect(dialog).toHaveCount(0)
  const saved = await page.evaluate(() => localStorage.getItem('coval-saved-views:v1') ?? '')
  expect(saved).toContain('env=PRODUCTION')
  expect(saved).not.toContain('SERVIC')
})

test('a saved view cannot take a ready-made view’s name', async ({ page }) => {
  await page.goto('/?used=unused_90d')
  await filters(page).getByRole('button', { name: 'Views', exact: true }).click()
  await page.getByRole('menu', { name: 'Views' }).getByRole('menuitem', { name: /^Save current view/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this view' })
  const name = dialog.getByRole('textbox', { name: 'Name' })
  await name.fill('all keys')
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('“All keys” is the name of a ready-made view. Choose another name.')).toBeVisible()
  await expect(name).toBeFocused()
  await expect(name).toHaveValue('all keys')
})

test('in the palette a command goes before a key whose name starts just as well', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await openPaletteAndType(page, 'audit')
  await expectSearchSettled(page)
  // The seed has a key named "Audit log shipper …": its name starts with the text as well as the command's.
  await expect(paletteOption(page, 'Audit log shipper')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/audit$/)
})

test('the table’s caption writes its numbers as the pager does', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { seedCount: 1200 })
  await expectFirstPage(page, 1200)
  await expect(keysTable(page).locator('caption')).toHaveText('API keys, 1–20 of 1,200')
})

test('a letter more typed while the browser reads keeps the rows on screen, dimmed, not a skeleton in their place', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { dialect: 'documented' })
  await expectFirstPage(page, 320)
  const keys = await storedKeys(page)
  // Each page of the read held 800 ms: "e" finds its first 20 in the first pages read, "ex" only at the end.
  await setDemoFaults(page, { latencyMs: 800 })
  const box = searchBox(page)
  await box.fill('e')
  await expect(pagination(page)).toContainText('1–20', HELD)
  await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
  await page.evaluate(() => {
    const flags = window as unknown as { tableGone: boolean }
    flags.tableGone = false
    new MutationObserver(() => {
      if (!document.querySelector('table[aria-label="API keys"] tbody tr')) flags.tableGone = true
    }).observe(document.body, { subtree: true, childList: true })
  })
  await box.press('End')
  await box.press('x')
  const ex = keys.filter((k) => (k.name ?? '').toLowerCase().includes('ex')).length
  expect(ex).toBeGreaterThan(0)
  await expectFirstPage(page, ex)
  expect(await page.evaluate(() => (window as unknown as { tableGone: boolean }).tableGone)).toBe(false)
})

test('with single-key shortcuts off, the palette still opens their help, whose switch says what off does', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  const toggle = help.getByRole('switch', { name: 'Single-key shortcuts' })
  await expect(toggle).toHaveAccessibleDescription('When off, letters and symbols do nothing; Ctrl+K and Enter still work.')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await openPaletteAndType(page, 'shortcut')
  await expectSearchSettled(page)
  await page.keyboard.press('Enter')
  await expect(help).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
})

test('the palette says how many keys it found beyond the few it lists, and leads to all of them in the list', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  const found = (await storedKeys(page)).filter((k) => (k.name ?? '').toLowerCase().includes('sync')).length
  expect(found).toBeGreaterThan(8)
  await openPaletteAndType(page, 'sync')
  await expectSearchSettled(page)
  await expect(palette(page).getByRole('status')).toHaveText(new RegExp(`^${found} keys found, the first 8 shown\\.`))
  const all = paletteOption(page, `All ${found} keys matching sync`)
  await chooseWithArrows(page, all)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?q=sync$/)
  await expectFirstPage(page, found)
})

test('Advanced closed and opened again keeps what was typed: a valid edit is applied as it closes, an unfinished one waits in the field', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  const field = await openAdvanced(page)
  await field.fill('key_type = SERVICE')
  await expect.poll(() => filterParam(page)).toBe('key_type = SERVICE')
  // A valid edit, Advanced closed before its pause is over: applied, not lost.
  await field.press('End')
  await field.pressSequentially(' AND status = ACTIVE')
  await advancedButton(page).click()
  await expect(field).toHaveCount(0)
  await expect.poll(() => filterParam(page)).toBe('key_type = SERVICE AND status = ACTIVE')
  // An unfinished one: kept in the field, not applied.
  await advancedButton(page).click()
  await expect(field).toHaveValue('key_type = SERVICE AND status = ACTIVE')
  await field.press('End')
  await field.pressSequentially(' AND name = "CI dep')
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await advancedButton(page).click()
  await expect(field).toHaveCount(0)
  await advancedButton(page).click()
  await expect(field).toHaveValue('key_type = SERVICE AND status = ACTIVE AND name = "CI dep')
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  expect(filterParam(page)).toBe('key_type = SERVICE AND status = ACTIVE')
  // Once the applied expression changes (Reset filters), the draft over the old one is not brought back.
  await filters(page).getByRole('button', { name: 'Reset filters' }).click()
  await expect.poll(() => filterParam(page)).toBeNull()
  await expect(field).toHaveValue('')
  await advancedButton(page).click()
  await expect(field).toHaveCount(0)
  await advancedButton(page).click()
  await expect(field).toHaveValue('')
})

for (const width of [375, 1280]) {
  test(`at ${width} px, the error's mark in an expression longer than its line is scrolled into sight`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 })
    await page.goto('/')
    await expectFirstPage(page, 320)
    const field = await openAdvanced(page)
    const valid = 'environment = PRODUCTION AND key_type = SERVICE AND status = ACTIVE AND '.repeat(width > 1000 ? 4 : 1)
    await field.fill(`${valid}last_used_at < "2026-13-01T00:00:00Z"`)
    await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
    const line = page.getByTestId('expression-error-place')
    const mark = line.locator('mark')
    await expect(mark).toHaveText('"2026-13-01T00:00:00Z"')
    const [box, place] = await Promise.all([line.boundingBox(), mark.boundingBox()])
    // Within a pixel: at the line's end, the mark's last glyph may overhang by a fraction.
    expect(box && place && place.x >= box.x - 1 && place.x + place.width <= box.x + box.width + 1).toBe(true)
  })
}

test('a view that comes with an expression that does not parse opens Advanced to say so, without taking the focus', async ({ page }) => {
  await page.goto('/?env=PRODUCTION')
  await expect(keysTable(page)).toBeVisible()
  await expect(advancedButton(page)).toHaveAttribute('aria-expanded', 'false')
  const search = searchBox(page)
  await search.focus()
  // As Back, a saved view or the palette bring one: the address changes under the page.
  await page.evaluate((target) => {
    window.history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, `/?filter=${encodeURIComponent(BROKEN)}`)
  await expect(advancedButton(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await expect(search).toBeFocused()
})

test('on a phone, the filters sheet shows the browser’s read of the view chosen in it, with Cancel', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { dialect: 'documented' })
  await expectFirstPage(page, 320)
  await setDemoFaults(page, { latencyMs: 1500 })
  await filters(page).getByRole('button', { name: /^Filters/ }).click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await sheet.getByRole('group', { name: 'Environment' }).getByRole('button', { name: 'Production' }).click()
  await expect(sheet.getByRole('progressbar', { name: 'Keys read' })).toBeVisible(HELD)
  await expect(sheet.getByRole('status').filter({ hasText: /^Reading keys… [\d,]+ of 320$/ })).toHaveCount(1)
  await expect(sheet.getByRole('button', { name: 'Show keys' })).toBeVisible()
  await sheet.getByRole('button', { name: 'Cancel' }).click()
  await expect(sheet.getByRole('progressbar', { name: 'Keys read' })).toHaveCount(0)
  await sheet.getByRole('button', { name: 'Show keys' }).click()
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
})
