// Session 41's new states, seen in dark mode and at phone width: the filters sheet's read, the
// read that stopped part way, the Save dialog's "Not saved" note and the palette's count. Each is
// checked by axe (contrast among its rules) and, on a phone, for sideways scroll.
import type { Page } from '@playwright/test'
import { expectSearchSettled, openPaletteAndType, palette, paletteOption } from './command-palette-helpers'
import { expect, expectNoAxeViolations, setDemoFaults, setDemoSettings, test } from './fixtures'
import { expectFirstPage } from './keys-table-helpers'
import { chooseFilter, filters, startFromSeed, storedKeys } from './page-helpers'

const HELD = { timeout: 30_000 }

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  await page.emulateMedia({ colorScheme: 'dark' })
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function openDocumented(page: Page): Promise<void> {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { dialect: 'documented' })
  await expectFirstPage(page, 320)
}

test('at 320 px in dark mode, the filters sheet’s read and its stop fit and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await openDocumented(page)
  await setDemoFaults(page, { latencyMs: 1500 })
  await filters(page).getByRole('button', { name: /^Filters/ }).click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await sheet.getByRole('group', { name: 'Environment' }).getByRole('button', { name: 'Production' }).click()
  await expect(sheet.getByRole('progressbar', { name: 'Keys read' })).toBeVisible(HELD)
  // The next pages held a minute: the read is still under way when axe has looked, however busy the machine.
  await setDemoFaults(page, { latencyMs: 60_000 })
  expect(await sideways(page)).toBe(0)
  // The sheet itself: the rows behind it stand in, dimmed, under the modal's shade, which no one reads.
  await expectNoAxeViolations(page, { within: '[role="dialog"]' })
  await sheet.getByRole('button', { name: 'Cancel' }).click()
  await expect(sheet.getByRole('progressbar', { name: 'Keys read' })).toHaveCount(0)
  await expect(sheet.getByRole('button', { name: 'Show keys' })).toBeVisible()
  await expectNoAxeViolations(page, { within: '[role="dialog"]' })
  await sheet.getByRole('button', { name: 'Show keys' }).click()
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
  expect(await sideways(page)).toBe(0)
  await expectNoAxeViolations(page)
})

test('at 375 px in dark mode, a read that stopped part way says how far it got, fits and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openDocumented(page)
  const all = (await storedKeys(page)).length
  // Every page after the first refused, after the client's retries.
  await setDemoFaults(page, { fault: { kind: 'status', status: 503 }, method: 'GET', queryIncludes: 'page_token=', times: null })
  // Production: the server ignores it, so the browser reads every key.
  await chooseFilter(page, 'Environment', 'Production')
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(failure).toContainText(`Stopped after 100 of ${all} keys read; Retry reads them again.`, HELD)
  expect(await sideways(page)).toBe(0)
  await expectNoAxeViolations(page)
})

test('in dark mode, the Save dialog’s note on an expression not applied and the palette’s count pass axe', async ({ page }) => {
  await page.goto(`/?env=PRODUCTION&filter=${encodeURIComponent('key_type = SERVIC')}`)
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await filters(page).getByRole('button', { name: 'Views', exact: true }).click()
  await page.getByRole('menu', { name: 'Views' }).getByRole('menuitem', { name: /^Save current view/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this view' })
  await expect(dialog).toContainText('Not saved: the Advanced filter key_type = SERVIC, which has an error and is not applied.')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await page.goto('/')
  await expectFirstPage(page, 320)
  const found = (await storedKeys(page)).filter((k) => (k.name ?? '').toLowerCase().includes('sync')).length
  await openPaletteAndType(page, 'sync')
  await expectSearchSettled(page)
  await expect(palette(page).getByRole('status')).toHaveText(new RegExp(`^${found} keys found, the first 8 shown\\.`))
  await expect(paletteOption(page, `All ${found} keys matching sync`)).toBeVisible()
  await expectNoAxeViolations(page)
})
