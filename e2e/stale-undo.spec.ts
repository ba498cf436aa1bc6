import type { APIRequestContext, Page } from '@playwright/test'
import { ADMIN_KEY, allowFailedLoads, banner, connect, showKey, unexpectedConsoleErrors } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { chooseRowAction, errorToasts, expectStoredStatus, openKey, openView, statusToasts, storedKey, type NamedKey } from './key-actions-helpers'
import { test, type OwnMockApi } from './own-mock-api'
import { expectRowStatus, filterOption, pickKey, pressUntilFocused, rowOf, startFromSeed, storedKeys, type Status } from './page-helpers'

// An Undo is bound to the key as its action left it: once the key moves on, Undo is disabled or says there is nothing to undo.
// Each test is two or three whole flows; on a busy shared machine they take up to about 25 s, so allow room.
test.describe.configure({ timeout: 120_000 })

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

const active = (key: { status: Status }) => key.status === 'ACTIVE'
/** The toasts' Undo buttons (one at a time in these tests). */
const undoButton = (page: Page) => statusToasts(page).getByRole('button', { name: 'Undo' })

/** Suspends a shown key from its row menu; waits for the row and for the toast offering Undo. */
async function suspend(page: Page, key: NamedKey): Promise<void> {
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
  await expectRowStatus(page, key.id, 'SUSPENDED')
  await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
  await expect(undoButton(page)).toBeEnabled()
}

/** Revokes a shown key from its row menu, typing its name. */
async function revoke(page: Page, key: NamedKey): Promise<void> {
  await chooseRowAction(page, key, 'Revoke')
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
  await dialog.getByRole('button', { name: 'Revoke key' }).click()
  await expect(dialog).toBeHidden()
  await expectRowStatus(page, key.id, 'REVOKED')
  await expect(statusToasts(page)).toContainText(`${key.name} revoked`)
}

/** The suspend toast's Undo, disabled with the reason (the revoke toast offers no Undo of its own). */
async function expectUndoDisabled(page: Page, key: NamedKey): Promise<void> {
  await expect(undoButton(page)).toHaveCount(1)
  await expect(undoButton(page)).toBeDisabled()
  await expect(undoButton(page)).toHaveAccessibleDescription(`${key.name} has changed since then`)
  // Pointer over it: a toast whose Undo can no longer act leaves on its own, not while being read.
  await undoButton(page).hover()
}

test.describe('demo', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  async function activeKey(page: Page): Promise<NamedKey> {
    await openView(page, '/')
    return pickKey(await storedKeys(page), active)
  }

  test('by keyboard, Undo on the suspend toast restores the status', async ({ page }) => {
    const key = await activeKey(page)
    await openKey(page, key)
    await suspend(page, key)
    await pressUntilFocused(page, undoButton(page), 'Tab', 60)
    await page.keyboard.press('Enter')
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
    await expectStoredStatus(page, key.id, 'ACTIVE')
  })

  test('z undoes the newest change from where focus is, without tabbing to the toast', async ({ page }) => {
    const key = await activeKey(page)
    await openKey(page, key)
    // Nothing offered yet: z says so, and changes nothing.
    await page.keyboard.press('z')
    await expect(statusToasts(page)).toContainText('Nothing to undo')
    await suspend(page, key)
    const focused = await page.evaluate(() => document.activeElement?.outerHTML ?? '')
    await page.keyboard.press('z')
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
    await expectStoredStatus(page, key.id, 'ACTIVE')
    // Focus stayed where it was.
    expect(await page.evaluate(() => document.activeElement?.outerHTML ?? '')).toBe(focused)
    // The reactivation offers no Undo back (a double tap on Undo would have redone the suspend): z has nothing left to undo.
    await expect(statusToasts(page).getByText(`${key.name} suspended`)).toHaveCount(0)
    // The first "Nothing to undo" gone on its own (6 s), the next one is this z's.
    const nothing = statusToasts(page).getByText('Nothing to undo', { exact: true })
    await expect(nothing).toHaveCount(0)
    await page.keyboard.press('z')
    await expect(nothing).toHaveCount(1)
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expectStoredStatus(page, key.id, 'ACTIVE')
  })

  test('revoking the key from its row menu disables the suspend toast\'s Undo, which stays focusable and does nothing', async ({ page }) => {
    const key = await activeKey(page)
    await openKey(page, key)
    await suspend(page, key)
    await revoke(page, key)
    await expectUndoDisabled(page, key)
    await expectNoAxeViolations(page)
    await pressUntilFocused(page, undoButton(page), 'Tab', 60)
    await page.keyboard.press('Enter')
    // An Undo that acted would have taken its toast away at once.
    await expect(undoButton(page)).toBeFocused()
    await expect(errorToasts(page)).toBeEmpty()
    await expectStoredStatus(page, key.id, 'REVOKED')
    await expectRowStatus(page, key.id, 'REVOKED')
  })

  test('Reset demo data disables an Undo offered before it, and says the reset happened', async ({ page }) => {
    const key = await activeKey(page)
    await openKey(page, key)
    await suspend(page, key)
    // A toast whose Undo is disabled leaves after 6 s unless pointed at or focused, and this test reads
    // it for longer than that on a busy machine (it once timed out looking for it): the pointer rests
    // on it, the reset is pressed by keyboard, and focus goes to its Undo at once.
    const suspendToast = statusToasts(page).locator('[data-toast]').filter({ hasText: `${key.name} suspended` })
    const suspendUndo = suspendToast.getByRole('button', { name: 'Undo' })
    await suspendToast.hover()
    await banner(page).getByRole('button', { name: 'Reset demo data', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(suspendUndo).toBeDisabled()
    await suspendUndo.focus()
    await expect(statusToasts(page)).toContainText('Demo data reset')
    await expect(statusToasts(page)).toContainText('Back to the original 320 sample keys. Saved views and demo settings stay.')
    // A new seed: new keys, new ids. Before, the Undo stayed live and then said the key "was deleted".
    await expect.poll(async () => (await storedKeys(page)).length).toBe(320)
    expect(await storedKey(page, key.id)).toBeUndefined()
    // Two Undos now: the suspend's, disabled, and the reset's own, live.
    await expect(undoButton(page)).toHaveCount(2)
    await expect(suspendUndo).toBeDisabled()
    await expect(suspendUndo).toHaveAccessibleDescription(`${key.name} was reset with the demo data`)
    await expect(statusToasts(page).locator('[data-toast]').filter({ hasText: 'Demo data reset' }).getByRole('button', { name: 'Undo' })).toBeEnabled()
    await expect(suspendUndo).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(suspendUndo).toBeFocused()
    await expect(errorToasts(page)).toBeEmpty()
    expect(await storedKey(page, key.id)).toBeUndefined()
  })

  test('at 320 px in dark mode the disabled Undo and its reason fit, and axe finds no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 320, height: 740 })
    const key = await activeKey(page)
    await openKey(page, key)
    await suspend(page, key)
    await revoke(page, key)
    // On a phone the stack shows the newest toast (the revoke's): the suspend's is one tap away.
    await page.getByRole('button', { name: '1 more notification', exact: true }).click()
    await expectUndoDisabled(page, key)
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const box = await statusToasts(page).getByText(`${key.name} has changed since then`).boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true)
    await expectNoAxeViolations(page)
  })
})

test.describe('connected, the key changed by another client', () => {
  /** Changes a key over HTTP, as another client of the API would, behind the app's back. */
  async function changeBehind(request: APIRequestContext, api: OwnMockApi, key: NamedKey, change: { status: Status } | 'delete'): Promise<void> {
    const url = `${api.baseUrl}/v1/api-keys/${key.id}`
    const headers = { 'x-api-key': ADMIN_KEY }
    const response = change === 'delete' ? await request.delete(url, { headers }) : await request.patch(url, { headers, data: change })
    expect(response.status(), await response.text()).toBe(change === 'delete' ? 204 : 200)
  }

  async function suspendedKey(page: Page, api: OwnMockApi): Promise<NamedKey> {
    const key = pickKey(api.keys(), active)
    await connect(page, { baseUrl: api.baseUrl })
    await showKey(page, key)
    await suspend(page, key)
    return key
  }

  test('Undo of a key revoked meanwhile says there is nothing to undo, with no error, and the row shows Revoked', async ({ page, request, ownMock: api }, testInfo) => {
    // The server refuses the reactivation (400): the browser logs it.
    allowFailedLoads(testInfo)
    const key = await suspendedKey(page, api)
    await changeBehind(request, api, key, { status: 'REVOKED' })
    await undoButton(page).click()
    await expect(statusToasts(page)).toContainText(`Nothing to undo: ${key.name} has changed since then (now Revoked).`)
    await expectRowStatus(page, key.id, 'REVOKED')
    await expect(errorToasts(page)).toBeEmpty()
  })

  test('Undo of a key deleted meanwhile says it was deleted, with no error, and the row goes', async ({ page, request, ownMock: api }, testInfo) => {
    // The server answers the reactivation 404: the browser logs it.
    allowFailedLoads(testInfo)
    const key = await suspendedKey(page, api)
    await changeBehind(request, api, key, 'delete')
    await undoButton(page).click()
    await expect(statusToasts(page)).toContainText(`Nothing to undo: ${key.name} was deleted.`)
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect(errorToasts(page)).toBeEmpty()
  })

  test('a list answer showing the key revoked meanwhile disables Undo', async ({ page, request, ownMock: api }) => {
    const key = await suspendedKey(page, api)
    await changeBehind(request, api, key, { status: 'REVOKED' })
    // The user asks for revoked keys: the server's answer shows this one.
    await filterOption(page, 'Status', 'Revoked').click()
    await expectRowStatus(page, key.id, 'REVOKED')
    await expectUndoDisabled(page, key)
  })
})
