import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { expectFirstPage, expectRange, firstPageButton, nextButton, previousButton, rangeText } from './keys-table-helpers'
import { keysTable, startFromSeed, storedKeys } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('keyboard paging keeps focus on the pager at both ends of the list', async ({ page }) => {
  // A short list of short pages: four page turns each way, little to draw.
  await page.goto('/')
  const total = (await storedKeys(page)).filter((k) => k.status === 'SUSPENDED').length
  const pages = Math.ceil(total / 10)
  expect(pages).toBeGreaterThanOrEqual(3)
  await page.goto('/?status=SUSPENDED&size=10')
  await expectFirstPage(page, total, 10)
  await nextButton(page).focus()
  for (let p = 2; p <= pages; p++) {
    await page.keyboard.press('Enter')
    await expectRange(page, (p - 1) * 10 + 1, Math.min(p * 10, total), total)
  }
  // The last page: Next cannot act, says so, and still holds focus.
  await expect(nextButton(page)).toBeDisabled()
  await expect(nextButton(page)).toBeFocused()
  await page.keyboard.press('Enter')
  await expectRange(page, (pages - 1) * 10 + 1, total, total)

  await page.keyboard.press('Shift+Tab')
  await expect(previousButton(page)).toBeFocused()
  for (let p = pages - 1; p >= 1; p--) {
    await page.keyboard.press('Enter')
    await expectRange(page, (p - 1) * 10 + 1, p * 10, total)
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

test('while a page turn waits on a slow server, the range says it is loading, not the rows of a page still off screen', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  // The server now takes its time: page 2 was fetched ahead, page 3 is asked for as page 2 shows.
  await setDemoFaults(page, { latencyMs: 5000 })
  await nextButton(page).focus()
  await page.keyboard.press('Enter')
  await expect(rangeText(page)).toHaveText('21–40 of 320')
  await page.keyboard.press('Enter')
  const range = page.getByRole('navigation', { name: 'Pagination' }).locator('p[aria-live]')
  // Page 2's rows stay, dimmed: "41–60 of 320" said beside them named rows not on screen.
  await expect(range).toHaveText('Loading page 3…')
  await expect(keysTable(page)).toHaveAttribute('aria-busy', 'true')
  await expectRange(page, 41, 60, 320)
  await expect(nextButton(page)).toBeFocused()
})
