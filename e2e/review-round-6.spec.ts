import { expect, test } from './fixtures'
import { startFromSeed } from './page-helpers'

// What a sixth review found, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('by keyboard at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('Clear selection after “Select all N matching keys” puts the focus on the page’s select-all box, not on the page’s body', async ({ page }) => {
    await page.goto('/?status=ACTIVE')
    const pageBox = page.getByRole('checkbox', { name: 'Select all keys on this page' })
    await pageBox.focus()
    await page.keyboard.press('Space')
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await bar.getByRole('button', { name: /^Select all \S+ matching keys$/ }).focus()
    await page.keyboard.press('Enter')
    await expect(bar.getByText(/^All \S+ matching keys selected$/)).toBeVisible()
    await expect(bar.getByRole('button', { name: 'Clear selection' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(bar).toHaveCount(0)
    await expect(pageBox).toBeFocused()
    await expect(pageBox).not.toBeChecked()
  })
})
