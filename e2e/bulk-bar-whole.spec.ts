// The bulk bar shows whole, its actions in it, never growing after it shows: on a phone it is pinned
// to the foot of the screen, and a bar that grew when its actions' code came rose over the card a
// finger was about to tick (review-round-5's double-tap test caught it in CI, ticking 2 of 3 boxes).
import { expect, test } from './fixtures'
import { expectRowsSettled, startFromSeed } from './page-helpers'

declare global {
  interface Window {
    /** Each height the bulk bar had, in order, from when it first showed. */
    barHeights: number[]
  }
}

test.use({ hasTouch: true, viewport: { width: 320, height: 740 } })

test('at 320 px by touch, the bar waits for its actions and shows with them, one height from the first frame', async ({ page }) => {
  await startFromSeed(page)
  await page.addInitScript(() => {
    window.barHeights = []
    new MutationObserver(() => {
      const bar = document.querySelector('[role="region"][aria-label="Bulk actions"]')
      const height = bar ? Math.round(bar.getBoundingClientRect().height) : null
      if (height !== null && window.barHeights.at(-1) !== height) window.barHeights.push(height)
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  // The actions' code is held until the first box is ticked.
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let asked = false
  await page.route('**/bulk-bar-actions-*.js', async (route) => {
    asked = true
    await released
    await route.continue()
  })
  await page.goto('/')
  await expectRowsSettled(page)
  await expect.poll(() => asked, { message: 'the list asks for the actions as its rows come' }).toBe(true)

  const bar = page.getByRole('region', { name: 'Bulk actions' })
  await page.getByRole('checkbox', { name: /^Select (?!all)/ }).first().tap()
  await expect(page.getByRole('checkbox', { name: /^Select (?!all)/ }).first()).toBeChecked()
  expect(await page.evaluate(() => window.barHeights), 'no bar without its actions').toEqual([])
  release()
  await expect(bar.getByRole('button', { name: /^Suspend/ })).toBeVisible()
  await expect(bar).toContainText('1 selected')
  const heights = await page.evaluate(() => window.barHeights)
  expect(heights, JSON.stringify(heights)).toHaveLength(1)
})
