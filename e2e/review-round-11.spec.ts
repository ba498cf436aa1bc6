// Found in review (session 40): a keyboard user reaching a failed read's Retry from below saw the
// button but not the message it retries.
import { expect, setDemoFaultsFromLoad, test } from './fixtures'
import { expectFirstPage, nextButton } from './keys-table-helpers'
import { startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

for (const { width, height } of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${width} px Shift+Tab back to a failed read’s Retry brings the whole alert into sight, not the button alone`, async ({ page }) => {
    await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expectFirstPage(page, 320)
    await nextButton(page).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await expect(alert).toBeInViewport({ ratio: 1 })
    const retry = alert.getByRole('button', { name: 'Retry' })
    const selectAll = page.getByRole('checkbox', { name: /^Select all/ })
    // Read on down: the alert's message goes above the screen, its Retry still in sight.
    const box = await alert.boundingBox()
    const retryBox = await retry.boundingBox()
    if (!box || !retryBox) throw new Error('the alert has no box')
    await page.evaluate((by) => window.scrollBy(0, by), retryBox.y - 8)
    await expect.poll(() => alert.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0)
    await expect(retry).toBeInViewport({ ratio: 1 })

    await selectAll.focus()
    await page.keyboard.press('Shift+Tab')
    await expect(retry).toBeFocused()
    await expect(alert).toBeInViewport({ ratio: 1 })
    expect(box.height).toBeLessThan(height)
  })
}

test('a pointer’s press on Retry does not move the alert under it', async ({ page }) => {
  await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  await nextButton(page).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(alert).toBeInViewport({ ratio: 1 })
  const retry = alert.getByRole('button', { name: 'Retry' })
  const retryBox = await retry.boundingBox()
  if (!retryBox) throw new Error('Retry has no box')
  await page.evaluate((by) => window.scrollBy(0, by), retryBox.y - 8)
  const scrolled = await page.evaluate(() => scrollY)
  const pressed = await retry.boundingBox()
  if (!pressed) throw new Error('Retry has no box')
  const { x, y, width, height } = pressed
  await page.mouse.move(x + width / 2, y + height / 2)
  await page.mouse.down()
  expect(await page.evaluate(() => scrollY)).toBe(scrolled)
  await page.mouse.up()
  // The press landed: the read is asked again (and fails again, as the server still refuses).
  await expect(page.getByRole('status').filter({ hasText: 'Retry failed: the keys still did not load.' })).toHaveCount(1)
})
