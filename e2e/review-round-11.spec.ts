// Found in review (session 40): a keyboard user reaching a failed read's Retry from below saw the
// button but not the message it retries; while a Retry ran, the count said "Counting…" of rows that
// were still the earlier page's, and "Updating…" took a line of its own at 320 px, moving the rows.
import type { Locator, Page } from '@playwright/test'
import { expect, setDemoFaultsFromLoad, test } from './fixtures'
import { expectFirstPage, nextButton } from './keys-table-helpers'
import { startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

const refusePageTwo = { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null } as const

/** A page turn by pointer that the server refuses, at this size: returns the failure's alert, in sight. */
async function failedPageTurn(page: Page, width: number, height: number): Promise<Locator> {
  await setDemoFaultsFromLoad(page, refusePageTwo)
  await page.setViewportSize({ width, height })
  await page.goto('/')
  await expectFirstPage(page, 320)
  await nextButton(page).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(alert).toBeInViewport()
  return alert
}

for (const { width, height } of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${width} px Shift+Tab back to a failed read’s Retry brings the whole alert into sight, not the button alone`, async ({ page }) => {
    const alert = await failedPageTurn(page, width, height)
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
  const alert = await failedPageTurn(page, 1280, 800)
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

test('at 320 px a Retry that runs a while neither counts the earlier page’s rows nor moves them', async ({ page }) => {
  const alert = await failedPageTurn(page, 320, 640)
  // The Retry's answer takes a second (and is refused again): long past the moment a loading line would show.
  await page.evaluate((config) => window.covalDemo?.setFaults({ ...config, latencyMs: 1000 }), refusePageTwo)
  await page.evaluate(() => {
    const seen: { words: string; top: number }[] = []
    ;(window as unknown as { retryFrames: typeof seen }).retryFrames = seen
    const record = () => {
      seen.push({
        words: (document.querySelector('main')?.textContent?.match(/Counting…|Updating…/g) ?? []).join(' '),
        top: Math.round(document.querySelector('table[aria-label="API keys"]')?.getBoundingClientRect().top ?? -1),
      })
      requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  })
  const retry = alert.getByRole('button', { name: 'Retry' })
  await retry.click()
  await expect(retry).toHaveText('Retrying…')
  await expect(page.getByRole('status').filter({ hasText: 'Retry failed: the keys still did not load.' })).toHaveCount(1)
  const frames = await page.evaluate(() => (window as unknown as { retryFrames: { words: string; top: number }[] }).retryFrames)
  expect(frames.length).toBeGreaterThan(10)
  expect(frames.filter((frame) => frame.words !== '')).toEqual([])
  expect(new Set(frames.map((frame) => frame.top)).size).toBe(1)
})
