// Found in review (session 38): what a failed page turn or sort did to the selection and the headers, and a way to the toasts.
import type { Page } from '@playwright/test'
import { expect, setDemoFaults, setDemoFaultsFromLoad, setDemoSettings, test, type DemoSettings } from './fixtures'
import { bulkBar, chooseRowAction, openKey, statusToasts } from './key-actions-helpers'
import { expectFirstPage, expectRange, nextButton, previousButton, rowNames, urlParams } from './keys-table-helpers'
import { bodyRows, expectRowStatus, keysTable, notifications, pagination, pickKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** The list's first page, on a server that sorts and filters as asked (coval) or ignores both (documented: the browser does it). */
async function openOn(page: Page, server: DemoSettings['dialect']): Promise<void> {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { dialect: server })
  await expectFirstPage(page, 320)
}

for (const server of ['coval', 'documented'] as const) {
  test(`a page turn that fails keeps the selection on the rows that stay, and the bulk bar with it (${server} server)`, async ({ page }) => {
    // Every later page refused (a 400 is not retried).
    await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
    await openOn(page, server)
    const boxes = bodyRows(page).getByRole('checkbox')
    await boxes.nth(1).check()
    await boxes.nth(3).check()
    await expect(bulkBar(page)).toContainText('2 selected')
    await nextButton(page).click()
    await expect(pagination(page)).toContainText('Page 2 did not load.')
    // Page 1's rows stay, and so does what was chosen among them.
    await expect(boxes.nth(1)).toBeChecked()
    await expect(boxes.nth(3)).toBeChecked()
    await expect(bulkBar(page)).toContainText('2 selected')
    // It can still be changed there, and it is page 1's: Previous shows it as left.
    await boxes.nth(3).uncheck()
    await expect(bulkBar(page)).toContainText('1 selected')
    await previousButton(page).click()
    await expectRange(page, 1, 20, 320)
    await expect(boxes.nth(1)).toBeChecked()
    await expect(boxes.nth(3)).not.toBeChecked()
    // A page that does load clears it, as any page turn does.
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await nextButton(page).click()
    await expectRange(page, 21, 40, 320)
    await expect(bodyRows(page).getByRole('checkbox', { checked: true })).toHaveCount(0)
    await expect(bulkBar(page)).toHaveCount(0)
  })

  test(`a sort that fails leaves its header saying the order the rows are still in; Retry brings the new one (${server} server)`, async ({ page }) => {
    await openOn(page, server)
    const created = keysTable(page).getByRole('columnheader', { name: 'Created' })
    await expect(created).toHaveAttribute('aria-sort', 'descending')
    const before = await rowNames(page)
    await setDemoFaults(page, { fault: { kind: 'status', status: 403 }, method: 'GET', times: null })
    await created.getByRole('button', { name: 'Created' }).click()
    const failed = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await expect(failed).toContainText('the ones shown before this change')
    // Newest first, as the rows below still are: not the oldest first that was asked for.
    await expect(created).toHaveAttribute('aria-sort', 'descending')
    expect(await rowNames(page)).toEqual(before)
    expect(urlParams(page)).toEqual({ sort: 'create_time.asc' })
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await failed.getByRole('button', { name: 'Retry' }).click()
    await expectFirstPage(page, 320)
    await expect(created).toHaveAttribute('aria-sort', 'ascending')
    expect(await rowNames(page)).not.toEqual(before)
  })
}

test('while a slow page turn loads, the pager says the rows shown, then Loading page 3…: never the next range before its rows', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  // Page 2 was read ahead; page 3, asked for as page 2 shows, now takes its time.
  await setDemoFaults(page, { latencyMs: 3000 })
  await nextButton(page).click()
  await expectRange(page, 21, 40, 320)
  await page.evaluate(() => {
    const live = document.querySelector('nav[aria-label="Pagination"] p[aria-live]')
    if (!live) throw new Error('No live range')
    const said: string[] = [live.textContent ?? '']
    ;(window as unknown as { said: string[] }).said = said
    new MutationObserver(() => said.push(live.textContent ?? '')).observe(live, { subtree: true, childList: true, characterData: true })
  })
  await nextButton(page).click()
  await expectRange(page, 41, 60, 320)
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said)
  expect(said.filter((text, index) => text !== said[index - 1])).toEqual(['21–40 of 320', 'Loading page 3…', '41–60 of 320'])
})

test('F8 goes from the table to the newest notification’s button; using it brings the focus back', async ({ page }) => {
  await page.goto('/')
  await expectFirstPage(page, 320)
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key', exact: true }).click()
  await expectRowStatus(page, key.id, 'SUSPENDED')
  const box = rowOf(page, key.id).getByRole('checkbox')
  await box.focus()
  await expect(notifications(page)).toHaveAttribute('aria-keyshortcuts', 'F8')
  await page.keyboard.press('F8')
  const undo = statusToasts(page).getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  // Escape goes back, leaving the toast be; F8 again returns to it.
  await page.keyboard.press('Escape')
  await expect(box).toBeFocused()
  await expect(undo).toBeVisible()
  await page.keyboard.press('F8')
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expectRowStatus(page, key.id, 'ACTIVE')
  await expect(box).toBeFocused()
  // Listed with the other shortcuts.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Go to the newest notification')
})
