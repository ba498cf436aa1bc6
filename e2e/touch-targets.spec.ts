// On a touch screen the small controls of the keys list are sized for a thumb: the sort buttons,
// "8 hours ago" and "3 scopes" (20 px of text each). A mouse keeps the table's compact rows.
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, keysTable } from './page-helpers'

const height = async (locator: Locator) => (await locator.boundingBox())?.height ?? 0

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true })

  for (const width of [320, 375]) {
    test(`at ${width} px the sort buttons, last use and scopes are at least 28 px tall, and every card is one height`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 })
      await page.goto('/')
      await expectRowsSettled(page)
      for (const name of [/^Name/, /^Created/, /^Last used/]) expect(await height(keysTable(page).getByRole('button', { name }))).toBeGreaterThanOrEqual(28)
      const lastUse = keysTable(page).locator('td[data-column="last_used_at"] button').first()
      const scopes = keysTable(page).getByRole('button', { name: /^\d+ scopes? of / }).first()
      expect(await height(lastUse)).toBeGreaterThanOrEqual(32)
      expect(await height(scopes)).toBeGreaterThanOrEqual(32)
      // A card with "Full access" (no button) is as tall as one with "3 scopes"; so is one used "Never".
      const cards = await bodyRows(page).evaluateAll((rows) =>
        rows.map((row) => ({
          height: Math.round(row.getBoundingClientRect().height),
          described: (row.querySelector('td[data-column="name"] div + div')?.textContent ?? '') !== '',
          scopes: row.querySelector('td[data-column="permissions"] button') !== null,
          used: row.querySelector('td[data-column="last_used_at"] button') !== null,
        })),
      )
      expect(new Set(cards.map((card) => card.scopes)).size, 'cards with and without a scopes button').toBe(2)
      expect(new Set(cards.map((card) => card.height)), JSON.stringify(cards)).toEqual(new Set([cards[0]?.height]))
      // The tap still opens what it opened.
      await scopes.tap()
      await expect(page.getByRole('dialog', { name: /^Scopes of / })).toBeVisible()
    })
  }
})

test('with a mouse at 1280 px the table keeps its compact header and 20 px last-use button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectRowsSettled(page)
  expect(await height(keysTable(page).getByRole('button', { name: /^Name/ }))).toBeLessThan(24)
  expect(await height(keysTable(page).locator('td[data-column="last_used_at"] button').first())).toBeLessThan(24)
})
