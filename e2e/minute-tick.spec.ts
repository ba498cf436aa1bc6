import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { sortButton } from './keys-table-helpers'
import { bodyRows, expectRowsSettled, keysTable } from './page-helpers'

// Every minute the table redraws its times, so "3 minutes ago" stays true. That redraw must not
// take anything from someone using the table: an open row menu, or focus on a control in it.

const lastUsedTexts = (page: Page): Promise<string[]> => keysTable(page).locator('tbody td[data-column="last_used_at"]').allTextContents()

/** Moves the page's clock two hours on at once, and waits until the rows show the new times. */
async function twoHoursLater(page: Page): Promise<void> {
  const before = await lastUsedTexts(page)
  await page.clock.fastForward('02:00:00')
  await expect.poll(() => lastUsedTexts(page)).not.toEqual(before)
}

test.beforeEach(async ({ page }) => {
  await page.clock.install()
  await page.goto('/')
  await expectRowsSettled(page)
})

test('a row menu open by keyboard stays open, its item focused, when the times move on', async ({ page }) => {
  const trigger = bodyRows(page).nth(1).getByRole('button', { name: /^Actions for / })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  const first = menu.getByRole('menuitem').first()
  await expect(first).toBeFocused()
  await twoHoursLater(page)
  await expect(menu).toBeVisible()
  await expect(first).toBeFocused()
  // Still the same menu: Escape gives focus back to its trigger.
  await page.keyboard.press('Escape')
  await expect(trigger).toBeFocused()
})

test('focus on a row control or a sort header stays where it is when the times move on', async ({ page }) => {
  const select = bodyRows(page).nth(2).getByRole('checkbox')
  await select.focus()
  await twoHoursLater(page)
  await expect(select).toBeFocused()
  const sort = sortButton(page, 'Last used')
  await sort.focus()
  await twoHoursLater(page)
  await expect(sort).toBeFocused()
})
