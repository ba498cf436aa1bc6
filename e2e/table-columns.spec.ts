// The keys table's columns on a desktop: they hold still while paging, and a 1280 px window with
// a classic scrollbar shows every default column without scrolling sideways.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectFirstPage, expectRange, nextButton } from './keys-table-helpers'
import { keysTable, pressUntilFocused, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** Each column header's left edge and width, in whole pixels, by its `data-column`. */
async function columnBoxes(page: Page): Promise<Record<string, [number, number]>> {
  return keysTable(page)
    .locator('thead th')
    .evaluateAll((cells) => Object.fromEntries(cells.map((th) => [(th as HTMLElement).dataset.column ?? '?', [Math.round(th.getBoundingClientRect().left), Math.round(th.getBoundingClientRect().width)]])))
}

test('paging moves no column: "59 minutes ago" on one page and "2 days ago" on the next leave every header where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  const first = await columnBoxes(page)
  expect(Object.keys(first)).toEqual(expect.arrayContaining(['name', 'create_time', 'last_used_at', 'actions']))
  // The seed's dates and last uses differ from page to page: before the columns had their own
  // minimum widths, the Created and Last used columns (and the name beside them) changed width on most turns.
  const lastUsed = new Set<string>()
  for (let turn = 1; turn <= 6; turn++) {
    await nextButton(page).click()
    await expectRange(page, turn * 20 + 1, turn * 20 + 20, 320)
    expect(await columnBoxes(page), `columns after ${turn} page turn(s)`).toEqual(first)
    for (const text of await keysTable(page).locator('tbody td[data-column="last_used_at"]').allInnerTexts()) lastUsed.add(text.trim())
  }
  // The check means something only if the pages showed last uses of different lengths.
  expect(new Set([...lastUsed].map((text) => text.length)).size).toBeGreaterThan(2)
})

test('at 1280 px the table fits its frame: no sideways scroll, a scrollbar taking its share', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  // The page keeps a scrollbar's room (scrollbar-gutter), so the table has 1280 - 15 - 48 (padding) - 2 (border) px.
  expect(await page.locator('main').evaluate((main) => main.getBoundingClientRect().width)).toBeLessThanOrEqual(1280 - 15)
  const frame = keysTable(page).locator('xpath=..')
  const { scrollWidth, clientWidth } = await frame.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  await expect(keysTable(page).getByRole('columnheader', { name: 'Last used' })).toBeInViewport({ ratio: 1 })
})

for (const [width, scheme] of [
  [768, 'light'],
  [1024, 'dark'],
] as const) {
  test(`at ${width} px (${scheme}) the table scrolls sideways under its pinned select box, name and actions: a row stays named and actionable`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    await expectFirstPage(page, 320)
    const frame = keysTable(page).locator('xpath=..')
    const row = keysTable(page).locator('tbody tr').first()
    const name = row.locator('td[data-column="name"] a')
    const actions = row.getByRole('button', { name: /^Actions for / })
    await frame.evaluate((element) => (element.scrollLeft = element.scrollWidth))
    expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    // What is on top at each control's centre is that control: pinned, not scrolled away or painted over.
    for (const control of [row.getByRole('checkbox'), name, actions]) {
      await expect(control).toBeInViewport()
      expect(
        await control.evaluate((element) => {
          const box = element.getBoundingClientRect()
          return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))
        }),
      ).toBe(true)
    }
    // A scrolled column does not show through a pinned cell: it paints the page's colour.
    expect(await row.locator('td[data-column="name"]').evaluate((cell) => getComputedStyle(cell).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    await actions.click()
    await expect(page.getByRole('menu', { name: /^Actions for / })).toBeVisible()
  })
}

for (const width of [768, 1024]) {
  test(`at ${width} px the columns people decide by (status, environment, last use) show whole beside the pinned name, before any scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    await expectFirstPage(page, 320)
    // At 768 px Status used to start under the pinned actions, its badge cut to an icon.
    const row = keysTable(page).locator('tbody tr').first()
    for (const column of ['status', 'environment', 'last_used_at']) {
      const whole = await row.locator(`td[data-column="${column}"]`).evaluate((cell) => {
        const box = cell.getBoundingClientRect()
        const y = box.top + box.height / 2
        return [box.left + 2, box.right - 2].every((x) => cell.contains(document.elementFromPoint(x, y)))
      })
      expect(whole, `${column} at ${width} px`).toBe(true)
    }
  })
}

test('at 1024 px a control reached by Tab or Shift+Tab is scrolled clear of the pinned name and actions, its focus ring whole', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  const rows = keysTable(page).locator('tbody tr')
  /** The control is on top at its left and right edges (inside its 2 px ring), not under a pinned cell. */
  const clear = (control: Locator) =>
    control.evaluate((element) => {
      const box = element.getBoundingClientRect()
      const y = box.top + box.height / 2
      return [box.left + 1, box.right - 1].every((x) => element.contains(document.elementFromPoint(x, y)))
    })
  // Forward: row 1's last use and actions scroll the table right; row 2's Copy ID then sat under the name.
  await pressUntilFocused(page, rows.nth(0).getByRole('button', { name: /^Actions for / }))
  const copy = rows.nth(1).getByRole('button', { name: /^Copy ID of / })
  await pressUntilFocused(page, copy)
  expect(await clear(copy)).toBe(true)
  // Backward from row 2's actions, past its last use, to the same Copy ID.
  await pressUntilFocused(page, rows.nth(1).getByRole('button', { name: /^Actions for / }))
  await pressUntilFocused(page, copy, 'Shift+Tab')
  expect(await clear(copy)).toBe(true)
  // And a control at the right scrolls clear of the pinned actions.
  const lastUse = keysTable(page).locator('tbody tr:nth-child(n+3) td[data-column="last_used_at"] button').first()
  await keysTable(page).locator('xpath=..').evaluate((element) => (element.scrollLeft = 0))
  await pressUntilFocused(page, lastUse)
  expect(await clear(lastUse)).toBe(true)
})

test('at 1280 px nothing is pinned: the columns fit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expectFirstPage(page, 320)
  expect(await keysTable(page).locator('tbody tr').first().locator('td[data-column="actions"]').evaluate((cell) => getComputedStyle(cell).position)).toBe('static')
})
