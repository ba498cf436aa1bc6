// The audit page on phones and tablets, in the demo: every figure stays inside its card, a count
// never reaches into its bar, and the bars of one chart start and end together. Measured from the
// boxes the browser lays out, once every figure has come.
import type { Page } from '@playwright/test'
import { expect, setDemoSettings, test } from './fixtures'

const FIGURE_COUNT = 15 + 2 + 2 + 4
// A count's link is this far from the end of its bar at least: clear of it, not touching it.
const CLEARANCE = 4

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const figureLinks = (page: Page) => page.getByRole('main').getByRole('link', { name: /: [\d,]+ keys?$/ })

async function openAudit(page: Page, width: number, scheme: 'light' | 'dark'): Promise<void> {
  await page.setViewportSize({ width, height: 640 })
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto('/audit')
  if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
  await expect(figureLinks(page)).toHaveCount(FIGURE_COUNT)
}

/** The counts shown, as numbers. */
async function shownCounts(page: Page): Promise<number[]> {
  return (await figureLinks(page).allTextContents()).map((text) => Number(text.replace(/,/g, '')))
}

/**
 * What does not fit, in words (empty when all is well): anything of a card past its content box,
 * a count's link or export button not clear of its bar, the bars of one list not starting and ending
 * together, a link or button smaller than 24 px, and (`oneLine`) a count's export button wrapped
 * under it or less than 6 px beside it.
 */
async function misfits(page: Page, { oneLine }: { oneLine: boolean }): Promise<string[]> {
  return page.getByRole('main').locator('section[aria-label]').evaluateAll(
    (cards, { clearance, sameLine }) => {
      const found: string[] = []
      const px = (n: number) => Math.round(n * 10) / 10
      for (const card of cards) {
        const title = card.getAttribute('aria-label') ?? ''
        const box = card.getBoundingClientRect()
        const style = getComputedStyle(card)
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
        const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)
        for (const part of card.querySelectorAll('*')) {
          const r = part.getBoundingClientRect()
          // Screen-reader-only text is a clipped 1 px box: nothing to see.
          if (r.width <= 1 || getComputedStyle(part).position === 'absolute') continue
          if (r.right > right + 0.5 || r.left < left - 0.5) {
            found.push(`${title}: <${part.tagName.toLowerCase()}> ${part.getAttribute('aria-label') ?? part.textContent?.slice(0, 30) ?? ''} spans ${px(r.left)}–${px(r.right)}, the card's content ${px(left)}–${px(right)}`)
          }
        }
        for (const target of card.querySelectorAll('a, button')) {
          const r = target.getBoundingClientRect()
          if (r.width < 23.5 || r.height < 23.5) found.push(`${title}: ${target.getAttribute('aria-label')} is ${px(r.width)}×${px(r.height)}`)
        }
        for (const list of card.querySelectorAll('ul')) {
          const rows = [...list.children].filter((row) => row.querySelector('svg'))
          const bars = rows.map((row) => row.querySelector('svg')?.getBoundingClientRect()).filter((bar) => bar !== undefined)
          if (bars.length === 0) continue
          const [first] = bars
          if (bars.some((bar) => Math.abs(bar.left - (first?.left ?? 0)) > 0.5 || Math.abs(bar.right - (first?.right ?? 0)) > 0.5)) {
            found.push(`${title}: the bars span ${bars.map((bar) => `${px(bar.left)}–${px(bar.right)}`).join(', ')}`)
          }
          rows.forEach((row, i) => {
            const bar = bars[i]
            if (!bar) return
            for (const target of row.querySelectorAll('a, button')) {
              const r = target.getBoundingClientRect()
              if (r.left < bar.right + clearance) found.push(`${title}: ${target.getAttribute('aria-label')} starts at ${px(r.left)}, its bar ends at ${px(bar.right)}`)
            }
          })
        }
        if (sameLine) {
          for (const link of card.querySelectorAll('a')) {
            const button = link.parentElement?.querySelector('button')?.getBoundingClientRect()
            const r = link.getBoundingClientRect()
            if (button && Math.abs(button.top + button.height / 2 - (r.top + r.height / 2)) > 1) found.push(`${title}: ${link.getAttribute('aria-label')}: its export button is not beside it`)
            // At 2 px apart, a tap just right of a count exported its keys instead of listing them.
            else if (button && button.left - r.right < 5.5) found.push(`${title}: ${link.getAttribute('aria-label')}: its export button is ${px(button.left - r.right)} px from it`)
          }
        }
      }
      return found
    },
    { clearance: CLEARANCE, sameLine: oneLine },
  )
}

for (const [width, scheme] of [[320, 'light'], [320, 'dark'], [375, 'light'], [375, 'dark'], [768, 'light']] as const) {
  test(`at ${width} px in ${scheme} mode every figure fits its card, each count sits clear of its bar and a chart's bars line up`, async ({ page }) => {
    await openAudit(page, width, scheme)
    // Three-digit counts are what used to run into the bars.
    expect(Math.max(...(await shownCounts(page)))).toBeGreaterThanOrEqual(100)
    expect(await misfits(page, { oneLine: true })).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  })
}

test('at 320 px with 2,500 keys (four-digit counts) every figure still fits its card, clear of its bar', async ({ page }) => {
  await openAudit(page, 320, 'dark')
  await setDemoSettings(page, { seedCount: 2_500 })
  await page.reload()
  await expect.poll(async () => Math.max(...(await shownCounts(page)))).toBeGreaterThanOrEqual(1_000)
  await expect(figureLinks(page)).toHaveCount(FIGURE_COUNT)
  // A count too wide for its cell may put its export button under it: it stays inside the card.
  expect(await misfits(page, { oneLine: false })).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})
