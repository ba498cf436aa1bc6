import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectRowsSettled, filters, startFromSeed } from './page-helpers'

// The phone's filters sheet closes as a phone's own sheets close: swiped down from its top. Real
// touches, sent through the browser's input pipeline (CDP), so its own tap and scroll rules apply.
test.use({ hasTouch: true, serviceWorkers: 'block', viewport: { width: 375, height: 740 } })

const filtersButton = (page: Page): Locator => filters(page).getByRole('button', { name: /^Filters/ })
const sheet = (page: Page): Locator => page.getByRole('dialog', { name: 'Filters' })
const sheetOption = (page: Page, group: string, option: string): Locator => sheet(page).getByRole('group', { name: group, exact: true }).getByRole('button', { name: option, exact: true })

interface Pace {
  /** How many moves the finger makes. */
  steps?: number
  /** The ms between them: 16 is a 60 Hz screen's pace. */
  every?: number
  /** The ms it rests at the end before it lifts. */
  rest?: number
}

/**
 * A finger put down at (x, y), moved `down` px (upward when negative) in `steps` moves `every` ms
 * apart, and lifted `rest` ms after the last. Each event carries its own time, so the swipe's speed
 * is the test's, not the busy machine's: sent as fast as CDP goes, a slow swipe read as a flick.
 */
async function swipe(page: Page, x: number, y: number, down: number, { steps = 8, every = 16, rest = every }: Pace = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const start = Date.now() / 1000
  const at = (ms: number) => start + ms / 1000
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp: at(0) })
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (down * i) / steps }], timestamp: at(i * every) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(steps * every + rest) })
  await cdp.detach()
}

async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  expect(box, 'laid out').not.toBeNull()
  return box?.y ?? 0
}

/** The sheet open, at rest, with Production chosen in it. */
async function openWithProduction(page: Page): Promise<number> {
  await page.goto('/')
  await expectRowsSettled(page)
  await filtersButton(page).tap()
  await sheetOption(page, 'Environment', 'Production').tap()
  await expect(sheetOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
  return topOf(sheet(page))
}

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('a swipe down from the sheet’s title closes it, the filter chosen kept and the focus back on Filters', async ({ page }) => {
  const top = await openWithProduction(page)
  const title = sheet(page).getByRole('heading', { name: 'Filters' })
  const at = await title.boundingBox()
  await swipe(page, (at?.x ?? 0) + 20, (at?.y ?? 0) + 8, 220)
  await expect(sheet(page)).toBeHidden()
  await expect(filtersButton(page)).toBeFocused()
  await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active')
  await expect(page).toHaveURL(/env=production/i)
  // Opened again, it sits where it did: nothing of the swipe is left on it.
  await filtersButton(page).tap()
  await expect(sheet(page)).toBeVisible()
  await expect.poll(() => topOf(sheet(page))).toBe(top)
})

test('a short swipe springs back; a swipe up or sideways is not one to close', async ({ page }) => {
  const top = await openWithProduction(page)
  const title = sheet(page).getByRole('heading', { name: 'Filters' })
  const at = await title.boundingBox()
  const x = (at?.x ?? 0) + 20
  const y = (at?.y ?? 0) + 8
  await swipe(page, x, y, 60, { every: 40 })
  await expect.poll(() => topOf(sheet(page))).toBe(top)
  await expect(sheet(page)).toBeVisible()
  await swipe(page, x, y + 40, -200)
  await expect.poll(() => topOf(sheet(page))).toBe(top)
  await expect(sheet(page)).toBeVisible()
  await expect(sheetOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
})

test('a short flick closes it; the same flick held still before the finger lifts springs back', async ({ page }) => {
  const top = await openWithProduction(page)
  const title = sheet(page).getByRole('heading', { name: 'Filters' })
  const at = await title.boundingBox()
  const x = (at?.x ?? 0) + 20
  const y = (at?.y ?? 0) + 8
  // 60 px in 64 ms, then 300 ms still: the finger stopped, so it is not a flick.
  await swipe(page, x, y, 60, { steps: 4, rest: 300 })
  await expect.poll(() => topOf(sheet(page))).toBe(top)
  await expect(sheet(page)).toBeVisible()
  // The same 60 px lifted as it moves: a flick, which closes.
  await swipe(page, x, y, 60, { steps: 4 })
  await expect(sheet(page)).toBeHidden()
  await expect(filtersButton(page)).toBeFocused()
})

test('a swipe that starts on an option closes the sheet without choosing the option', async ({ page }) => {
  await openWithProduction(page)
  const staging = sheetOption(page, 'Environment', 'Staging')
  const at = await staging.boundingBox()
  await swipe(page, (at?.x ?? 0) + 10, (at?.y ?? 0) + 10, 240)
  await expect(sheet(page)).toBeHidden()
  await expect(page).toHaveURL(/env=production/i)
  await expect(page).not.toHaveURL(/staging/i)
})

test.describe('at 320 × 480, where the sheet’s filters scroll', () => {
  test.use({ viewport: { width: 320, height: 480 } })

  test('scrolled down, a swipe down scrolls the filters back up and leaves the sheet open', async ({ page }) => {
    await openWithProduction(page)
    const body = sheet(page).locator('[data-dialog-body]')
    // Whichever scrolls here (the body, or the whole box on a short screen), it is scrolled to its end.
    const scroller = await body.evaluate((el) => (el.scrollHeight > el.clientHeight ? 'body' : 'box'))
    const scrolled = scroller === 'body' ? body : sheet(page)
    await scrolled.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect.poll(() => scrolled.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    const at = await body.boundingBox()
    await swipe(page, (at?.x ?? 0) + (at?.width ?? 0) - 12, (at?.y ?? 0) + 40, 160)
    await expect(sheet(page)).toBeVisible()
    await expect.poll(() => sheet(page).evaluate((el) => getComputedStyle(el).transform)).toBe('none')
  })
})
