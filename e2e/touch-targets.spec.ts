// On a touch screen the small controls of the keys list are sized for a thumb: the sort buttons,
// "8 hours ago" and "3 scopes" (20 px of text each), and the filters' and the audit's toggles.
// A mouse keeps the table's compact rows. And the bubble a last use shows follows it when the page
// scrolls, by touch or by keyboard.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, keysTable } from './page-helpers'

const heightOf = async (locator: Locator) => (await locator.boundingBox())?.height ?? 0

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true })

  for (const width of [320, 375]) {
    test(`at ${width} px the sort buttons, last use and scopes are at least 28 px tall, and every card is one height beside its name`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 })
      await page.goto('/')
      await expectRowsSettled(page)
      for (const name of [/^Name/, /^Created/, /^Last used/]) expect(await heightOf(keysTable(page).getByRole('button', { name }))).toBeGreaterThanOrEqual(28)
      const lastUse = keysTable(page).locator('td[data-column="last_used_at"] button').first()
      const scopes = keysTable(page).getByRole('button', { name: /^\d+ scopes? of / }).first()
      expect(await heightOf(lastUse)).toBeGreaterThanOrEqual(32)
      expect(await heightOf(scopes)).toBeGreaterThanOrEqual(32)
      // A card with "Full access" (no button) is as tall as one with "3 scopes"; so is one used "Never".
      // Beside its name, that is: a long name wraps (to three lines at most), and its card grows with it.
      const cards = await bodyRows(page).evaluateAll((rows) =>
        rows.map((row) => ({
          height: Math.round(row.getBoundingClientRect().height - (row.querySelector('td[data-column="name"] a')?.getBoundingClientRect().height ?? 0)),
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

  test('at 320 px the filters sheet’s and the audit’s toggles are 36 px tall, and a tap on one chooses it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 })
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: /^Filters/ }).tap()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    const toggles = sheet.locator('button[aria-pressed]')
    await expect(toggles.first()).toBeVisible()
    const sheetHeights = await toggles.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))
    expect(Math.min(...sheetHeights), 'the shortest toggle of the sheet').toBeGreaterThanOrEqual(36)
    await sheet.getByRole('button', { name: 'Never used' }).tap()
    await expect(sheet.getByRole('button', { name: 'Never used' })).toHaveAttribute('aria-pressed', 'true')

    await page.goto('/audit')
    const policy = page.getByRole('group', { name: 'Rotation policy' })
    await expect(policy).toBeVisible()
    const auditHeights = await page.locator('button[aria-pressed]').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))
    expect(Math.min(...auditHeights), 'the shortest toggle of the audit').toBeGreaterThanOrEqual(36)
    await policy.getByRole('button', { name: '30 days' }).tap()
    await expect(policy.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true')
  })

  test('at 375 px the search box’s Clear is a 24 px target, and a tap on it clears the search', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/')
    await expectRowsSettled(page)
    const search = page.getByRole('searchbox', { name: /^Search keys by name/ })
    await search.fill('grafana')
    const clear = page.getByRole('button', { name: 'Clear search' })
    const box = await clear.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(24)
    expect(box?.height).toBeGreaterThanOrEqual(24)
    await clear.tap()
    await expect(search).toHaveValue('')
    await expect(clear).toHaveCount(0)
  })
})

test('with a mouse at 1280 px the table keeps its compact header, its 20 px last-use button and its 28 px filters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectRowsSettled(page)
  expect(await heightOf(keysTable(page).getByRole('button', { name: /^Name/ }))).toBeLessThan(24)
  expect(await heightOf(keysTable(page).locator('td[data-column="last_used_at"] button').first())).toBeLessThan(24)
  expect(await heightOf(page.getByRole('button', { name: 'All environments' }))).toBeLessThan(30)
})

/** The visible bubble of a time (drawn in a portal, fixed to the screen), and how far it sits from its button. */
async function bubbleOffset(page: Page, button: Locator) {
  const bubble = page.locator('body > span.fixed[aria-hidden="true"]')
  await expect(bubble).toBeVisible()
  const [b, t] = [await bubble.boundingBox(), await button.boundingBox()]
  if (!b || !t) throw new Error('not laid out')
  return { dx: Math.round(b.x + b.width / 2 - (t.x + t.width / 2)), dy: Math.round(b.y - t.y) }
}

for (const { width, height, touch } of [
  { width: 375, height: 740, touch: true },
  { width: 1280, height: 800, touch: false },
]) {
  test.describe(`at ${width} px ${touch ? 'by touch' : 'by keyboard'}`, () => {
    test.use({ hasTouch: touch, isMobile: touch })

    test('a last use\'s bubble follows its button when the page scrolls, never resting over another key', async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto('/')
      await expectRowsSettled(page)
      const button = bodyRows(page).nth(1).locator('td[data-column="last_used_at"] button')
      if (touch) await button.tap()
      else await button.focus()
      const before = await bubbleOffset(page, button)
      await page.evaluate(() => window.scrollBy(0, 250))
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
      await expect.poll(() => bubbleOffset(page, button)).toEqual(before)
    })
  })
}
