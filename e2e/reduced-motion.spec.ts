import { expect, setDemoFaults, test } from './fixtures'
import { expectRowsSettled, startFromSeed } from './page-helpers'

// Asked for less motion (prefers-reduced-motion), nothing spins or pulses; otherwise the busy signs move.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`with reduced motion ${reducedMotion === 'reduce' ? 'asked for' : 'not asked for'}, Create's busy spinner ${reducedMotion === 'reduce' ? 'holds still' : 'spins'}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion })
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'Create key', exact: true }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Still spinner')
    await dialog.getByRole('radio', { name: 'Service' }).check()
    await dialog.getByRole('radio', { name: 'Staging' }).check()
    // The answer held back long enough to look at the button while it waits.
    await setDemoFaults(page, { latencyMs: 60_000, method: 'POST' })
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const spinner = dialog.locator('.animate-spin')
    await expect(spinner).toBeVisible()
    const animation = await spinner.evaluate((element) => getComputedStyle(element).animationName)
    expect(animation === 'none').toBe(reducedMotion === 'reduce')
  })
}
