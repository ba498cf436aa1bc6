import { expect, expectNoAxeViolations, renameNewestDemoKey, test } from './fixtures'
import { arrowToMenuItem } from './page-helpers'

// Below 1280 px the header is one row: the mode's actions and the theme move into a "More" menu.
test.describe('the header on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } })

  test('is one row; the demo’s actions are in the More menu, by touch', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
    const header = page.locator('header')
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(60)
    // The demo says so on a phone too: its badge keeps its whole name for screen readers.
    await expect(header.getByRole('group', { name: 'Mode' })).toContainText('Demo data: not real keys')
    await expect(header.getByRole('button', { name: 'Reset demo data' })).toBeHidden()
    const count = page.getByRole('navigation', { name: 'Pagination' }).getByText(/of \d+/)
    const before = await count.textContent()

    await page.getByRole('button', { name: 'More actions' }).tap()
    const menu = page.getByRole('menu')
    await expect(menu.getByRole('menuitem')).toHaveText(['Demo settings…', 'Reset demo data', 'Connect to API…'])
    await expectNoAxeViolations(page)
    await menu.getByRole('menuitem', { name: 'Connect to API…' }).tap()
    const connect = page.getByRole('dialog', { name: /connect/i })
    await expect(connect).toBeVisible()
    await connect.getByRole('button', { name: 'Close' }).tap()
    await expect(connect).toBeHidden()

    // A change the reset must undo: the first key's name, in the demo's own store.
    await renameNewestDemoKey(page, 'Renamed before reset')
    await page.reload()
    await expect(page.getByText('Renamed before reset')).toBeVisible()
    await page.getByRole('button', { name: 'More actions' }).tap()
    await page.getByRole('menu').getByRole('menuitem', { name: 'Reset demo data' }).tap()
    await expect(page.getByText('Renamed before reset')).toHaveCount(0)
    await expect(count).toHaveText(before ?? '')
  })

  test('by keyboard: the menu opens, picks the dark theme, and gives focus back', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
    const more = page.getByRole('button', { name: 'More actions' })
    await more.focus()
    await page.keyboard.press('Enter')
    const dark = page.getByRole('menuitemradio', { name: 'Dark' })
    await arrowToMenuItem(page, dark)
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await expect(page.getByRole('menu')).toBeHidden()
    await expect(more).toBeFocused()
    await more.press('Enter')
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeChecked()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(more).toBeFocused()
  })
})

test('at 320 px the header is still one row: the key icon stands for the name, which screen readers still hear', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 })
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
  const header = page.locator('header')
  // The row's parts are centred on one line; a part that wrapped would sit a row (40 px) lower.
  const centres = await header.locator(':scope > div > *').evaluateAll((parts) =>
    parts.map((part) => {
      const { top, height } = part.getBoundingClientRect()
      return top + height / 2
    }),
  )
  expect(centres.length).toBeGreaterThanOrEqual(4)
  expect(Math.max(...centres) - Math.min(...centres), `centres ${centres.join(', ')}`).toBeLessThan(2)
  await expect(header.getByText('Coval', { exact: true })).toHaveClass(/sr-only/)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})
