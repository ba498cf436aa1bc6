import type { Locator, Page } from '@playwright/test'
import { textContrast } from './contrast'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { ADMIN_KEY, READONLY_KEY, allServerKeys, allowFailedLoads, chooseRowAction, headerAction, clearFaults, connect, fillConnection, loadError, openConnectDialog, resetMockApi, serverKey, showKey, unexpectedConsoleErrors } from './connected-helpers'
import { bulkBar } from './key-actions-helpers'
import { actionsButton, bodyRows, chooseFilter, expectRowsSettled, filterOption, filters, keysTable, rowMenu, rowOf, searchBox, startFromSeed, storedKeys } from './page-helpers'

// Issue 13, item 5: what review found, each checked where a person would see it.
test.use({ serviceWorkers: 'block' })
// Connecting, axe and a create take much of the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 })

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

const columnsButton = (page: Page): Locator => page.getByRole('button', { name: 'Choose columns' })
const centreY = async (locator: Locator): Promise<number> => {
  const box = await locator.boundingBox()
  expect(box, 'laid out').not.toBeNull()
  return (box?.y ?? 0) + (box?.height ?? 0) / 2
}

test.describe('demo', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  for (const width of [1280, 768]) {
    test(`at ${width} px: Status shows "All statuses", Columns sits in the search row, every row is one height`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/')
      await expectRowsSettled(page)
      const all = filterOption(page, 'Status', 'All statuses')
      await expect(all).toHaveAttribute('aria-pressed', 'true')
      await filterOption(page, 'Status', 'Suspended').click()
      await expect(all).toHaveAttribute('aria-pressed', 'false')
      await all.click()
      await expect(all).toHaveAttribute('aria-pressed', 'true')
      await expect(filterOption(page, 'Status', 'Suspended')).toHaveAttribute('aria-pressed', 'false')
      await expectRowsSettled(page)

      // With the filters, on the search box's row: not a row of its own.
      await expect(filters(page).getByRole('button', { name: 'Choose columns' })).toBeVisible()
      expect(Math.abs((await centreY(columnsButton(page))) - (await centreY(searchBox(page))))).toBeLessThan(2)

      const rows = await bodyRows(page).evaluateAll((trs) => trs.map((tr) => ({ height: Math.round(tr.getBoundingClientRect().height), described: (tr.querySelector('td:nth-child(2) div + div')?.textContent ?? '') !== '' })))
      expect(rows.some((r) => r.described) && rows.some((r) => !r.described), 'rows with and without a description').toBe(true)
      expect(new Set(rows.map((r) => r.height)).size).toBe(1)
    })
  }

  test('the description takes the width the table leaves, truncated with the full text in its title', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/')
    const described = (await storedKeys(page)).filter((k) => k.name && k.description)
    const key = described.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a))
    await page.goto(`/?q=${encodeURIComponent(key.name ?? '')}`)
    await expectRowsSettled(page)
    const description = rowOf(page, key.id).getByTitle(key.description ?? '', { exact: true })
    await expect(description).toHaveText(key.description ?? '')
    // Every column fits at 1280 px: no sideways scroll, the description cut short.
    const scrolls = () => keysTable(page).evaluate((table) => (table.parentElement?.scrollWidth ?? 0) > (table.parentElement?.clientWidth ?? 0))
    expect(await scrolls()).toBe(false)
    const width = () => description.evaluate((el) => el.clientWidth)
    const before = await width()
    expect(await description.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)

    await columnsButton(page).click()
    const menu = page.getByRole('menu', { name: 'Columns' })
    // Not ID: rows are found by the id's code.
    for (const column of ['Key', 'Permissions', 'Created']) await menu.getByRole('menuitemcheckbox', { name: column }).click()
    await page.keyboard.press('Escape')
    await expect(keysTable(page).getByRole('columnheader', { name: 'Created' })).toHaveCount(0)
    // Three columns fewer: the description gets their room, not a fixed narrow box.
    expect(await width()).toBeGreaterThan(before + 200)
    expect(await scrolls()).toBe(false)
  })

  test('in dark mode at 375 px the disabled Done of the secret step keeps readable contrast, and axe passes', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expectRowsSettled(page)
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await page.getByRole('button', { name: 'Create key' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Dark mode check')
    await dialog.getByRole('radio', { name: 'Production' }).check()
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
    const done = step.getByRole('button', { name: 'Done' })
    await expect(done).toBeDisabled()
    // WCAG AA for text, though disabled controls are exempt from it: readable all the same.
    expect(await textContrast(done)).toBeGreaterThanOrEqual(4.5)
    await expectNoAxeViolations(page)
    await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
    await expect(done).toBeEnabled()
    expect(await textContrast(done)).toBeGreaterThanOrEqual(4.5)
    await done.click()
    await expect(step).toBeHidden()
  })

  test('at 320 px the request id of a failed load stays whole, on one line', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto('/')
    await expectRowsSettled(page)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'GET', times: null })
    await chooseFilter(page, 'Type', 'User')
    const id = loadError(page).locator('code', { hasText: /^req_[0-9A-Z]{26}$/ })
    // The list retries a 500 a few times (with backoff) before it says so.
    await expect(id).toHaveCount(1, { timeout: 20_000 })
    expect(await id.evaluate((code) => code.getClientRects().length)).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })
})

test.describe('connected', () => {
  // One mock API shared by these tests.
  test.describe.configure({ mode: 'serial' })

  test.beforeEach(async ({ request }) => {
    await resetMockApi(request)
  })

  test.afterEach(async ({ request }) => {
    await clearFaults(request)
  })

  test('a 403 says the missing scope once; the write actions then say they need it, until the connection changes', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    const key = (await allServerKeys(request)).find((k): k is typeof k & { name: string } => k.status === 'ACTIVE' && typeof k.name === 'string')
    if (!key) throw new Error('The seed has an active key with a name')
    await connect(page, { key: READONLY_KEY })
    const row = await showKey(page, key)
    const create = page.getByRole('button', { name: 'Create key' }).first()
    await expect(create).not.toHaveAccessibleDescription(/api-keys/)

    await chooseRowAction(page, key, 'Suspend')
    const suspendDialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await suspendDialog.getByRole('button', { name: 'Suspend key' }).click()
    const alert = suspendDialog.getByRole('alert')
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    const said = await alert.innerText()
    expect(said.match(/api-keys:write/g)).toHaveLength(1)
    expect(said.match(/lacks/g)).toHaveLength(1)
    expect((await serverKey(request, key))?.status).toBe('ACTIVE')
    await page.keyboard.press('Escape')
    await expect(suspendDialog).toBeHidden()

    await actionsButton(page, key).click()
    const menu = rowMenu(page, key)
    for (const item of ['Suspend', 'Revoke', 'Rotate', 'Create similar to']) await expect(menu.getByRole('menuitem', { name: `${item} ${key.name}`, exact: true })).toHaveAccessibleDescription('Needs api-keys:write')
    await page.keyboard.press('Escape')
    await row.getByRole('checkbox').check()
    await expect(bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true })).toHaveAccessibleDescription(/Needs the api-keys:write permission/)
    await expect(bulkBar(page).getByRole('button', { name: 'Delete…', exact: true })).not.toHaveAccessibleDescription(/api-keys/)
    await expect(create).toHaveAccessibleDescription('Needs api-keys:write')
    await expectNoAxeViolations(page)

    // Another connection starts knowing nothing of what the last one was refused.
    await headerAction(page, 'Disconnect')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { key: ADMIN_KEY })
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expectRowsSettled(page)
    await expect(create).not.toHaveAccessibleDescription(/api-keys/)
  })
})
