import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { bulkBar } from './key-actions-helpers'
import { bodyRows, expectRowsSettled, pagination, renameStoredKey, startFromSeed, storedKeys } from './page-helpers'

// On a phone, by touch, with the browser's text at 200 % (WCAG 1.4.4, 1.4.10): the bulk bar's Revoke… and Delete…
// sat past the screen's edge, the pager's Next half off it, and the page scrolled sideways on the list, a key's page and the audit.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** What the browser's text-size setting does: every rem grows. */
const largerText = (page: Page) => page.evaluate(() => void (document.documentElement.style.fontSize = '200%'))
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function expectWithin(locator: Locator, width: number): Promise<void> {
  const box = await locator.boundingBox()
  expect(box, 'laid out').not.toBeNull()
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width)
}

for (const width of [320, 375]) {
  test(`at ${width} px with text at 200 %: nothing scrolls sideways on the list, its bulk bar, a key’s page or the audit`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 })
    await page.goto('/')
    await expectRowsSettled(page)
    await largerText(page)
    expect(await sideways(page)).toBe(0)
    await expectWithin(pagination(page).getByRole('button', { name: 'Next' }), width)

    await bodyRows(page).first().getByRole('checkbox').tap()
    await expect(bulkBar(page)).toContainText('1 selected')
    for (const name of ['Suspend…', 'Reactivate', 'Revoke…', 'Delete…']) await expectWithin(bulkBar(page).getByRole('button', { name }), width)
    expect(await sideways(page)).toBe(0)

    await bodyRows(page).first().getByRole('link').first().tap()
    await expect(page.getByRole('group', { name: 'Key actions' })).toBeVisible()
    expect(await sideways(page)).toBe(0)
    await expectWithin(page.getByRole('group', { name: 'Key actions' }).getByRole('button', { name: 'Create similar…' }), width)

    await page.getByRole('banner').getByRole('link', { name: 'Audit', exact: true }).tap()
    await expect(page.getByRole('status').filter({ hasText: /^Figures counted/ })).toBeAttached()
    expect(await sideways(page)).toBe(0)
  })
}

test('at 320 px a card shows a long name whole, wrapped: a rotated key and its replacement tell apart', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await expectRowsSettled(page)
  const [first, second] = await storedKeys(page)
  if (!first || !second) throw new Error('The seed has no keys')
  const names = ['Nightly export to the data warehouse', 'Nightly export to the data warehouse (rotated 2026-12-07)']
  await renameStoredKey(page, first.id, names[0] ?? '')
  await renameStoredKey(page, second.id, names[1] ?? '')
  await page.goto(`/?q=${encodeURIComponent('Nightly export to the data')}`)
  await expectRowsSettled(page)
  for (const name of names) {
    const link = bodyRows(page).getByRole('link', { name, exact: true })
    // Not cut: all of it is drawn, on at most three lines.
    expect(await link.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true)
    const lines = await link.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)))
    expect(lines).toBeLessThanOrEqual(3)
  }
  expect(await sideways(page)).toBe(0)
})
