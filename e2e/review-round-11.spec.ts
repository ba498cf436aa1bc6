// Found in review (session 40): a keyboard user reaching a failed read's Retry from below saw the
// button but not the message it retries; while a Retry ran, the count said "Counting…" of rows that
// were still the earlier page's, and "Updating…" took a line of its own at 320 px, moving the rows.
import type { Locator, Page } from '@playwright/test'
import { expect, setDemoFaultsFromLoad, setDemoSettings, test } from './fixtures'
import { expectFirstPage, nextButton } from './keys-table-helpers'
import { startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

const refusePageTwo = { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null } as const

interface Setting {
  width: number
  height: number
  /** The server the demo plays: `documented` ignores environment, filter and order_by. */
  dialect: 'coval' | 'documented'
  scheme: 'light' | 'dark'
}

/** A page turn by pointer that the server refuses, at this size: returns the failure's alert, in sight. */
async function failedPageTurn(page: Page, { width, height, dialect, scheme }: Setting): Promise<Locator> {
  await setDemoFaultsFromLoad(page, refusePageTwo)
  await page.setViewportSize({ width, height })
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto('/')
  await expectFirstPage(page, 320)
  if (dialect !== 'coval') {
    await setDemoSettings(page, { dialect })
    await expectFirstPage(page, 320)
  }
  await nextButton(page).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(alert).toBeInViewport()
  return alert
}

for (const setting of [
  { width: 375, height: 740, dialect: 'documented', scheme: 'dark' },
  { width: 1280, height: 800, dialect: 'coval', scheme: 'light' },
] as const) {
  const { width, height, dialect, scheme } = setting
  test(`at ${width} px (${dialect}, ${scheme}) Shift+Tab back to a failed read’s Retry brings the whole alert into sight, not the button alone`, async ({ page }) => {
    const alert = await failedPageTurn(page, setting)
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
  const alert = await failedPageTurn(page, { width: 1280, height: 800, dialect: 'coval', scheme: 'light' })
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

for (const setting of [
  { width: 320, height: 640, dialect: 'coval', scheme: 'light' },
  { width: 320, height: 640, dialect: 'documented', scheme: 'dark' },
] as const) {
  test(`at 320 px (${setting.dialect}, ${setting.scheme}) a Retry that runs a while neither counts the earlier page’s rows nor moves them`, async ({ page }) => {
    const alert = await failedPageTurn(page, setting)
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
}
