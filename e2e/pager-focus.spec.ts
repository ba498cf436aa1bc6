import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { expectFirstPage, expectRange, firstPageButton, nextButton, pageSizeSelect, previousButton } from './keys-table-helpers'
import { keysTable, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('keyboard paging keeps focus on the pager at both ends of the list', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await pageSizeSelect(page).selectOption('100')
  await expectFirstPage(page, 320, 100)
  await nextButton(page).focus()
  for (const first of [101, 201, 301]) {
    await page.keyboard.press('Enter')
    await expectRange(page, first, Math.min(first + 99, 320), 320)
  }
  // The last page: Next cannot act, says so, and still holds focus.
  await expect(nextButton(page)).toBeDisabled()
  await expect(nextButton(page)).toBeFocused()
  await page.keyboard.press('Enter')
  await expectRange(page, 301, 320, 320)

  await page.keyboard.press('Shift+Tab')
  await expect(previousButton(page)).toBeFocused()
  for (const first of [201, 101, 1]) {
    await page.keyboard.press('Enter')
    await expectRange(page, first, first + 99, 320)
  }
  await expect(previousButton(page)).toBeDisabled()
  await expect(previousButton(page)).toBeFocused()
  await expect(firstPageButton(page)).toBeDisabled()
  await expectNoAxeViolations(page)
})

test('Next pressed while a page loads keeps focus and does not skip a page', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoFaults(page, { latencyMs: 1200 })
  // A new order: its second page is not fetched ahead yet.
  await keysTable(page).getByRole('button', { name: 'Name' }).click()
  await expect(keysTable(page)).toHaveAttribute('aria-busy', 'true')
  await nextButton(page).focus()
  await expect(nextButton(page)).toBeDisabled()
  await page.keyboard.press('Enter')
  await expect(nextButton(page)).toBeFocused()
  await expectFirstPage(page, 320)
  await expect(nextButton(page)).toBeFocused()
})
