// The audit page does not move when its figures arrive: each figure's placeholder takes the box its
// count and export button will fill (Lighthouse measured a layout shift of 0.032 on desktop before).
import type { Page } from '@playwright/test'
import { ANSWERS_SERVERS } from './answers-servers'
import { openConnected } from './connected-helpers'
import { expect, test } from './fixtures'

/** Where every row of the audit's tables and lists, and every section, sits. */
async function layout(page: Page) {
  return page.getByRole('main').locator('section, tr, li').evaluateAll((parts) =>
    parts.map((part) => {
      const box = part.getBoundingClientRect()
      return `${part.tagName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`
    }),
  )
}

// `documented` ignores environment, filter and order_by: the browser reads every key and counts them itself.
const SERVERS = [['coval', ANSWERS_SERVERS.coval], ['documented', ANSWERS_SERVERS.documented]] as const

for (const [dialect, base] of SERVERS) for (const width of [1280, 768, 375, 320]) {
  test(`from a ${dialect} server at ${width} px the audit stays still while its figures are counted and when they come`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    // The server's answers wait until the test has measured the page with every figure still counting.
    await page.route(`${base}/**`, async (route) => {
      await released
      await route.continue()
    })
    await openConnected(page, base, 'audit')
    const counting = page.getByRole('main').getByLabel(/: counting$/)
    await expect(page.getByRole('table', { name: 'Keys by last use and environment' })).toBeVisible()
    await expect(counting.first()).toBeVisible()
    const before = await layout(page)
    expect(before.length).toBeGreaterThan(10)

    release()
    await expect(counting).toHaveCount(0, { timeout: 15_000 })
    await expect(page.getByRole('main').getByRole('link', { name: /: [\d,]+ keys?$/ }).first()).toBeVisible()
    expect(await layout(page)).toEqual(before)
  })
}
