// Found in review of the production build (round 16), on phones by touch: the secret step's Done
// was natively disabled (a tap did nothing and left the user where they were, the box below the fold).
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectRowsSettled, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Whether the element's box lies wholly inside the window. */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth
  })

async function secretStepByTouch(page: Page): Promise<Locator> {
  await page.goto('/')
  await expectRowsSettled(page)
  await page.getByRole('button', { name: 'Create key' }).first().tap()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Tapped too soon')
  await dialog.getByRole('radio', { name: 'Production' }).tap()
  await dialog.getByRole('button', { name: 'Create key' }).tap()
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await expect(step).toBeVisible()
  return step
}

test.describe('a 320 × 568 phone, by touch', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true })

  test('Done tapped before the box is ticked says what is missing and brings the box into view with focus; the secret stays', async ({ page }) => {
    const step = await secretStepByTouch(page)
    const secret = await step.getByRole('textbox', { name: 'Secret key' }).inputValue()
    const box = step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' })
    const done = step.getByRole('button', { name: 'Done' })
    // Unavailable (Playwright counts aria-disabled), but focusable and answering a tap.
    await expect(done).toBeDisabled()
    await expect(done).toHaveAttribute('aria-disabled', 'true')
    await expect(done).toHaveAccessibleDescription('Tick “I have stored this key somewhere safe” to go on.')
    // force: Playwright waits for an aria-disabled button to be enabled before it taps.
    await done.tap({ force: true })
    await expect(box).toBeFocused()
    expect(await inView(box)).toBe(true)
    await expect(step).toBeVisible()
    await expect(step.getByRole('textbox', { name: 'Secret key' })).toHaveValue(secret)
    await box.tap()
    await expect(done).toBeEnabled()
    await done.tap()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
  })
})
