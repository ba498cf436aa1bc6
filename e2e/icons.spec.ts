import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { sortButton } from './keys-table-helpers'
import { bodyRows, keysTable, startFromSeed } from './page-helpers'

interface IconLook {
  width: number
  height: number
  mask: string
  paint: string
  text: string
  background: string
}

/** How the one icon inside a control is drawn: its box, its shape, its paint and the control's own colours. */
function iconLook(control: Locator): Promise<IconLook> {
  return control.locator('.icon').evaluate((icon) => {
    const style = getComputedStyle(icon)
    const box = icon.getBoundingClientRect()
    // The nearest ancestor with a background of its own is what the icon is seen against.
    let behind: Element | null = icon.parentElement
    while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement
    return {
      width: box.width,
      height: box.height,
      mask: style.maskImage,
      paint: style.backgroundColor,
      text: getComputedStyle(icon.parentElement ?? icon).color,
      background: getComputedStyle(behind ?? document.documentElement).backgroundColor,
    }
  })
}

const rowActions = (page: Page) => bodyRows(page).first().getByRole('button', { name: /^Actions for / })
const themeToggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: /theme\. Switch to/ })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  await page.goto('/')
  await expect(bodyRows(page)).toHaveCount(20)
})

test('icons are drawn at their size, in the colour of the text beside them, light and dark', async ({ page }) => {
  // axe over a page of 20 rows takes most of the default 30 s on a loaded 2-core machine.
  test.slow()
  const light = await iconLook(rowActions(page))
  expect(light).toMatchObject({ width: 16, height: 16 })
  expect(light.mask).toMatch(/^image-set\(url\("?[^")]*\/assets\/icons-48-[\w-]+\.png"?\) 2(x|dppx), url\("?[^")]*\/assets\/icons-72-[\w-]+\.png"?\) 3(x|dppx), url\("?[^")]*\/assets\/icons-96-[\w-]+\.png"?\) 4(x|dppx)\)$/)
  expect(light.paint).toBe(light.text)
  expect(await iconLook(sortButton(page, 'Name'))).toMatchObject({ width: 14, height: 14 })

  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  const dark = await iconLook(rowActions(page))
  expect(dark.paint).toBe(dark.text)
  expect(dark.paint).not.toBe(light.paint)
  await expectNoAxeViolations(page)
})

/** One icon as drawn, then transparent (what is behind it alone) and unmasked (a filled square). */
async function shots(icon: Locator): Promise<{ drawn: Buffer; hidden: Buffer; filled: Buffer }> {
  await expect(icon).toBeVisible()
  const set = (style: string) => icon.evaluate((element, css) => element.setAttribute('style', css), style)
  const drawn = await icon.screenshot()
  await set('opacity: 0')
  const hidden = await icon.screenshot()
  await set('mask: none')
  const filled = await icon.screenshot()
  await set('')
  return { drawn, hidden, filled }
}

/** Shots of the icon once it shows: the grid is a separate image, decoded after the first frame that asked for it. */
async function drawnShots(icon: Locator): Promise<{ drawn: Buffer; hidden: Buffer; filled: Buffer }> {
  let last = await shots(icon)
  await expect.poll(async () => {
    last = await shots(icon)
    return last.drawn.equals(last.hidden)
  }, { message: 'the icon stays blank' }).toBe(false)
  return last
}

for (const [scale, grid] of [[1, '48'], [3, '72'], [4, '96']] as const) {
  test.describe(`at ${scale}× pixels`, () => {
    test.use({ deviceScaleFactor: scale })

    test('each icon is drawn from its own cell of the grid: not blank, not a filled square, not another icon', async ({ page }) => {
      const columns = await drawnShots(page.getByRole('button', { name: 'Columns' }).locator('.icon'))
      expect(columns.drawn.equals(columns.filled)).toBe(false)
      // Another cell, at the same size on the same background: a different picture.
      const views = await drawnShots(page.getByRole('button', { name: 'Views', exact: true }).locator('.icon'))
      expect(views.drawn.equals(views.filled)).toBe(false)
      expect(views.drawn.equals(columns.drawn)).toBe(false)
      // Only the grid of this density was asked for: 48 px cells up to 2×, 72 px to 3×, 96 px above.
      const grids = await page.evaluate(() => performance.getEntriesByType('resource').flatMap((entry) => /\/assets\/icons-(\d+)-[\w-]+\.png$/.exec(entry.name)?.[1] ?? []))
      expect(grids).toEqual([grid])
    })
  })
}

test("a checkbox shows lucide's bold check when ticked and its bold dash when mixed", async ({ page }) => {
  const row = bodyRows(page).first().getByRole('checkbox')
  const all = keysTable(page).getByRole('checkbox', { name: 'Select all keys on this page' })
  const marks = (box: Locator) => ({ check: box.locator('..').locator('.icon-check'), dash: box.locator('..').locator('.icon-minus') })
  await expect(marks(row).check).toBeHidden()
  await row.check()
  await expect(marks(row).check).toBeVisible()
  await expect(marks(row).check).toHaveClass(/\bicon-bold\b/)
  await expect(marks(row).dash).toBeHidden()
  await expect(all).toHaveAttribute('aria-checked', 'mixed')
  await expect(marks(all).dash).toBeVisible()
  await expect(marks(all).check).toBeHidden()
})

test('in forced colours every icon still shows, in the forced colour of its text', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await expect.poll(() => page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
  for (const control of [rowActions(page), themeToggle(page), sortButton(page, 'Name'), page.getByRole('button', { name: 'Next' })]) {
    const look = await iconLook(control)
    expect(look.paint).toBe(look.text)
    expect(look.paint).not.toBe(look.background)
  }
})
