import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import {
  bulkBar,
  chooseRowAction,
  errorToasts,
  expectStoredStatus,
  menuItemNames,
  openKey,
  openRowMenu,
  openView,
  shownTotal,
  statusBehindDialog,
  statusToasts,
  storedKey,
  type NamedKey,
} from './key-actions-helpers'
import {
  actionsButton,
  bodyRows,
  expectRowStatus,
  expectSettled,
  keysTable,
  notifications,
  pagination,
  pickKey,
  arrowToMenuItem,
  pressUntilFocused,
  rowOf,
  startFromSeed,
  storedKeys,
  type Status,
  type StoredKey,
} from './page-helpers'

/** What every row's menu offers after the lifecycle's actions. */
const keyItems = (name: string, rotates = true) => [`View details of ${name}`, ...(rotates ? [`Rotate ${name}`] : []), `Create similar to ${name}`, `Copy ID of ${name}`]

const REQUEST_ID = /Request ID: req_[0-9A-Z]{26}/

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Opens the app on the seed (every key, ten to a page); returns the server's records. */
async function seed(page: Page): Promise<StoredKey[]> {
  await openView(page, '/?size=10')
  const keys = await storedKeys(page)
  expect(keys).toHaveLength(320)
  return keys
}

const withStatus = (status: Status) => (key: StoredKey) => key.status === status

test.describe('row menu', () => {
  test('offers only what the lifecycle allows, each item naming the key', async ({ page }) => {
    const keys = await seed(page)
    const expected: Record<Status, string[]> = {
      ACTIVE: ['Suspend', 'Revoke', 'Delete'],
      SUSPENDED: ['Reactivate', 'Revoke', 'Delete'],
      EXPIRED: ['Reactivate', 'Revoke', 'Delete'],
      REVOKED: ['Delete'],
    }
    for (const status of ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED'] as const) {
      const key = pickKey(keys, withStatus(status))
      await openKey(page, key)
      const menu = await openRowMenu(page, key)
      expect(await menuItemNames(menu), status).toEqual([...keyItems(key.name, status !== 'REVOKED'), ...expected[status].map((verb) => `${verb} ${key.name}`)])
      // Label in name (WCAG 2.5.3): each item's name starts with the words it shows, so "click Create similar" finds it.
      for (const item of await menu.getByRole('menuitem').all()) {
        const shown = (await item.innerText()).split('\n')[0]?.replace(/…$/, '') ?? ''
        const name = (await item.getAttribute('aria-label')) ?? ''
        expect(name.startsWith(`${shown} `), `"${name}" shows "${shown}"`).toBe(true)
      }
      await page.keyboard.press('Escape')
      await expect(menu).toBeHidden()
      await expect(actionsButton(page, key)).toBeFocused()
    }
  })

  // The menu is non-modal and lives in <main>, so nothing focusable is aria-hidden and it sits in a landmark.
  test('axe finds no violations with the row menu open', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await openRowMenu(page, key)
    await expectNoAxeViolations(page)
  })

  test('Copy ID puts the full id on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    const menu = await openRowMenu(page, key)
    await menu.getByRole('menuitem', { name: `Copy ID of ${key.name}`, exact: true }).click()
    await expect(statusToasts(page)).toContainText('ID copied')
    await expect(statusToasts(page)).toContainText(key.id)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key.id)
  })
})

test.describe('one key', () => {
  test('Suspend asks once, with an optional reason; the row shows Suspended at once, and a reload keeps it', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('will be refused until it is reactivated')
    const reason = dialog.getByRole('textbox', { name: 'Reason (optional)' })
    await expect(reason).toBeVisible()
    // Suspending is undoable: no name to type.
    await expect(dialog.getByRole('textbox')).toHaveCount(1)
    await expectNoAxeViolations(page)
    await reason.fill('Rotating after the Q3 audit')
    // The server answers slowly: the row must not wait for it; the dialog does, and says so.
    await setDemoFaults(page, { latencyMs: 1000 })
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    await expect(statusBehindDialog(page, key.id)).toHaveText('Suspended')
    await expect(dialog.getByRole('button', { name: 'Suspending key…' })).toBeVisible()
    await expect(statusToasts(page)).not.toContainText(`${key.name} suspended`)
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeVisible()
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await page.reload()
    await expectSettled(page)
    await expectRowStatus(page, key.id, 'SUSPENDED')
  })

  test('Undo on the suspend toast reactivates the key', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    const toast = statusToasts(page)
    await expect(toast).toContainText(`${key.name} suspended`)
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(toast).toContainText(`${key.name} reactivated`)
    await expectStoredStatus(page, key.id, 'ACTIVE')
    await page.reload()
    await expectSettled(page)
    await expectRowStatus(page, key.id, 'ACTIVE')
  })

  test('Reactivate needs no confirmation for one key', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('SUSPENDED'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Reactivate')
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeVisible()
    await expectStoredStatus(page, key.id, 'ACTIVE')
    await page.reload()
    await expectSettled(page)
    await expectRowStatus(page, key.id, 'ACTIVE')
  })

  test('Revoke of a production key names it and Production, and wants the exact name typed', async ({ page }) => {
    const key = pickKey(await seed(page), (k) => k.status === 'ACTIVE' && k.environment === 'PRODUCTION')
    await openKey(page, key)
    await chooseRowAction(page, key, 'Revoke')
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(`${key.name} (Production)`)
    await expect(dialog).toContainText('cannot be undone')
    const confirm = dialog.getByRole('button', { name: 'Revoke key' })
    const typed = dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` })
    await expect(confirm).toBeDisabled()
    await expectNoAxeViolations(page)
    for (const almost of [key.name.slice(0, -1), key.name.toUpperCase(), `${key.name}x`]) {
      await typed.fill(almost)
      await expect(confirm).toBeDisabled()
    }
    await typed.fill(key.name)
    await expect(confirm).toBeEnabled()
    await confirm.click()
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'REVOKED')
    await expect(statusToasts(page)).toContainText(`${key.name} revoked`)
    // Revoking is for good: nothing to undo.
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toHaveCount(0)
    await expectStoredStatus(page, key.id, 'REVOKED')
    await page.reload()
    await expectSettled(page)
    await expectRowStatus(page, key.id, 'REVOKED')
    const menu = await openRowMenu(page, key)
    expect(await menuItemNames(menu)).toEqual([...keyItems(key.name, false), `Delete ${key.name}`])
  })

  test('Delete says it removes the record for good, wants the name, and the row and the count go', async ({ page }) => {
    // Every key, newest first, ten to a page: the count is the whole organisation's.
    const keys = await storedKeysOf(page, '/?size=10')
    const firstPage = await shownIds(page)
    const key = pickKey(keys, (k) => firstPage.includes(k.id))
    await expect(rowOf(page, key.id)).toHaveCount(1)
    expect(await shownTotal(page)).toBe(320)
    await chooseRowAction(page, key, 'Delete')
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await expect(dialog).toContainText(`removes the record of ${key.name}`)
    await expect(dialog).toContainText('for good')
    await expect(dialog).toContainText('cannot be undone')
    // DELETE takes no reason.
    await expect(dialog.getByRole('textbox', { name: /Reason/ })).toHaveCount(0)
    const confirm = dialog.getByRole('button', { name: 'Delete key' })
    await expect(confirm).toBeDisabled()
    await expectNoAxeViolations(page)
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await confirm.click()
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect(page.getByText('319 keys', { exact: true })).toBeVisible()
    await expect(statusToasts(page)).toContainText(`${key.name} deleted`)
    await expect.poll(async () => storedKey(page, key.id)).toBeUndefined()
    await expectSettled(page)
    await expect(pagination(page)).toContainText('1–10 of 319')
    await page.reload()
    await expectSettled(page)
    await expect(page.getByText('319 keys', { exact: true })).toBeVisible()
    await expect(rowOf(page, key.id)).toHaveCount(0)
  })
})

test.describe('failures', () => {
  test('a refused change rolls the row back; its dialog stays open with the server message and request id, and what was typed, to try again', async ({ page }) => {
    await page.clock.install()
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    const reason = dialog.getByRole('textbox', { name: /Reason/ })
    await reason.fill('Leaked in a build log')
    const confirm = dialog.getByRole('button', { name: 'Suspend key' })
    await expect(confirm).toBeEnabled()
    // A refusal held back 10 s in fake time (under the client's 15 s timeout): the row changes at once, and goes back only once the clock moves on.
    await setDemoFaults(page, { latencyMs: 10_000, fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    await confirm.click()
    await expect(statusBehindDialog(page, key.id)).toHaveText('Suspended')
    // While the server answers, the dialog says so and keeps the focus on its button.
    const pending = dialog.getByRole('button', { name: 'Suspending key…' })
    await expect(pending).toBeFocused()
    await expect(pending).toHaveAttribute('aria-disabled', 'true')
    await page.clock.fastForward(10_000)
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    // The contract's INTERNAL code: the server's own message, with its request id.
    await expect(alert).toContainText('Internal error (injected).')
    await expect(alert).toContainText(REQUEST_ID)
    await expect(statusBehindDialog(page, key.id)).toHaveText('Active')
    // Said once, where the user is: no toast repeats it, nor claims success (the dialog hides the toasts from roles, not from the page).
    await expect(page.locator('section[aria-label="Notifications"]')).toHaveText('')
    await expect(reason).toHaveValue('Leaked in a build log')
    await expect(confirm).toBeFocused()
    await expectNoAxeViolations(page)
    expect((await storedKey(page, key.id))?.status).toBe('ACTIVE')

    // The fault was for one request: trying again from the same dialog works.
    await confirm.click()
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
    expect((await storedKey(page, key.id))?.status).toBe('SUSPENDED')
    await page.reload()
    await expectSettled(page)
    await expectRowStatus(page, key.id, 'SUSPENDED')
  })

  test('closed while the server answers, a refused change is told by a toast that stays until dismissed', async ({ page }) => {
    await page.clock.install()
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await setDemoFaults(page, { latencyMs: 10_000, fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    await expect(dialog.getByRole('button', { name: 'Suspending key…' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await page.clock.fastForward(10_000)
    const alert = errorToasts(page)
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    await expect(alert).toContainText(REQUEST_ID)
    await expectRowStatus(page, key.id, 'ACTIVE')
    // Success toasts leave after a few seconds; an error stays until dismissed.
    await page.clock.fastForward(60_000)
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    await alert.getByRole('button', { name: 'Dismiss notification' }).click()
    await expect(alert).toBeEmpty()
  })

  test('at 320 px the request id in a failed action’s message stays whole, on one line', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    const id = dialog.getByRole('alert').locator('code', { hasText: /^req_[0-9A-Z]{26}$/ })
    await expect(id).toHaveCount(1)
    expect(await id.evaluate((code) => code.getClientRects().length)).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  test('a 403 names the missing scope once; then the write actions say they need it', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    const row = await openKey(page, key)
    await setDemoFaults(page, { fault: { kind: 'status', status: 403 }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    await expect(alert).toContainText('lacks the api-keys:write permission')
    expect((await alert.innerText()).match(/api-keys:write/g)).toHaveLength(1)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'ACTIVE')

    const menu = await openRowMenu(page, key)
    await expect(menu.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true })).toHaveAccessibleDescription('Needs api-keys:write')
    await expect(menu.getByRole('menuitem', { name: `Revoke ${key.name}`, exact: true })).toHaveAccessibleDescription('Needs api-keys:write')
    // Rotate and Create similar make a key: the same scope, the same note.
    await expect(menu.getByRole('menuitem', { name: `Rotate ${key.name}`, exact: true })).toHaveAccessibleDescription('Needs api-keys:write')
    await expect(menu.getByRole('menuitem', { name: `Create similar to ${key.name}`, exact: true })).toHaveAccessibleDescription('Needs api-keys:write')
    await expect(menu.getByRole('menuitem', { name: `View details of ${key.name}`, exact: true })).not.toHaveAccessibleDescription(/api-keys/)
    await expect(menu.getByRole('menuitem', { name: `Copy ID of ${key.name}`, exact: true })).not.toHaveAccessibleDescription(/api-keys/)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await row.getByRole('checkbox').check()
    await expect(bulkBar(page)).toContainText('Needs the api-keys:write permission')
    await expect(bulkBar(page)).not.toContainText('api-keys:delete')
    await page.getByRole('button', { name: 'Create key' }).first().click()
    await expect(page.getByRole('dialog', { name: 'Create API key' })).toContainText('Needs the api-keys:write permission')
  })

  test('a delete answered 404 (deleted elsewhere) keeps the row gone, with no error', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('SUSPENDED'))
    await openKey(page, key)
    await chooseRowAction(page, key, 'Delete')
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    // Slow answers leave time to look between the 404 and the refetch that follows it.
    await setDemoFaults(page, { latencyMs: 2500, fault: { kind: 'status', status: 404 }, method: 'DELETE', pathIncludes: key.id, times: 1 })
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect(statusToasts(page)).toContainText(key.name)
    // The 404 has been answered: the row is not put back, and nothing is reported as failed.
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect(errorToasts(page)).toBeEmpty()
    await page.evaluate(() => window.covalDemo?.clearFaults())
  })

  test('a delete answered 404 says the key was already deleted elsewhere', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('SUSPENDED'))
    await openKey(page, key)
    await setDemoFaults(page, { fault: { kind: 'status', status: 404 }, method: 'DELETE', pathIncludes: key.id, times: 1 })
    await chooseRowAction(page, key, 'Delete')
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(notifications(page)).toContainText(key.name)
    await expect(notifications(page)).toContainText(/deleted elsewhere|already deleted|no longer exist/i)
  })

  test('a status change on a key deleted elsewhere (404) removes the row and says so', async ({ page }) => {
    const key = pickKey(await seed(page), withStatus('ACTIVE'))
    await openKey(page, key)
    // Slow answers leave time to look between the 404 and the refetch that follows it.
    await setDemoFaults(page, { latencyMs: 2500, fault: { kind: 'status', status: 404 }, method: 'PATCH', pathIncludes: key.id, times: 1 })
    await chooseRowAction(page, key, 'Suspend')
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    await expect(errorToasts(page)).toContainText(`Could not suspend ${key.name}`)
    await expect(errorToasts(page)).toContainText('It no longer exists: it was deleted elsewhere.')
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await page.evaluate(() => window.covalDemo?.clearFaults())
  })
})

/** Ticks a row's checkbox. */
async function select(page: Page, key: { id: string; name: string | null }): Promise<void> {
  await rowOf(page, key.id).getByRole('checkbox', { name: `Select ${key.name ?? 'untitled key'}`, exact: true }).check()
}

/** The ids of the rows shown, in order. */
async function shownIds(page: Page): Promise<string[]> {
  return bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title') ?? ''))
}

test.describe('bulk', () => {
  test('a mixed selection offers what some keys can do, skipping the others as the confirmation says; what none can do says why', async ({ page }) => {
    // Two statuses, ten to a page: active keys and revoked ones side by side.
    const keys = await storedKeysOf(page, '/?status=ACTIVE,REVOKED&size=10')
    const shown = await shownIds(page)
    // Named keys, to tell them apart in the confirmation's list.
    const onPage = (status: Status) => keys.filter((k): k is NamedKey => k.status === status && k.name !== null && shown.includes(k.id))
    const active = onPage('ACTIVE').slice(0, 2)
    const [revoked] = onPage('REVOKED')
    if (!revoked) throw new Error('no revoked key on the first page')
    const selection = [...active, revoked]
    expect(selection).toHaveLength(3)
    for (const key of selection) await select(page, key)
    const bar = bulkBar(page)
    await expect(bar).toContainText('3 selected')
    // Each asks first for 3 keys: "…".
    const button = (verb: string) => bar.getByRole('button', { name: `${verb}…`, exact: true })
    // One revoked key does not take Suspend and Revoke away from the two active ones.
    await expect(button('Suspend')).toBeEnabled()
    await expect(button('Revoke')).toBeEnabled()
    await expect(button('Delete')).toBeEnabled()
    // None of the three can be reactivated: that one says why.
    await expect(button('Reactivate')).toBeDisabled()
    await expect(button('Reactivate')).toHaveAccessibleDescription(/^Not possible for (active or revoked|revoked or active) keys \(3 selected\)$/)
    await expect(bar).toContainText(/Reactivate: not possible for (active or revoked|revoked or active) keys \(3 selected\)/)
    await expect(bar).not.toContainText('Suspend: not possible')
    await expectNoAxeViolations(page)

    await button('Suspend').click()
    const dialog = page.getByRole('dialog', { name: 'Suspend 2 keys?' })
    await expect(dialog.getByRole('group', { name: 'What will happen' })).toContainText('2 will be suspended; 1 is revoked and will be skipped.')
    const listed = dialog.getByRole('list', { name: 'Keys' }).getByRole('listitem')
    await expect(listed).toHaveCount(2)
    for (const key of active) await expect(dialog.getByRole('list', { name: 'Keys' })).toContainText(key.name)
    await expect(dialog.getByRole('list', { name: 'Keys' })).not.toContainText(revoked.name)
    await dialog.getByRole('button', { name: 'Suspend 2 keys' }).click()
    await expect(dialog).toBeHidden()
    for (const key of active) await expectStoredStatus(page, key.id, 'SUSPENDED')
    expect((await storedKey(page, revoked.id))?.status).toBe('REVOKED')
    await expect(statusToasts(page)).toContainText('2 keys suspended')
    // A clean run leaves nothing selected, the skipped key included: the bar goes.
    await expect(bulkBar(page)).toHaveCount(0)
    await expect(keysTable(page).locator('tbody').getByRole('checkbox', { checked: true })).toHaveCount(0)
  })

  test('one key left to change of a mixed selection: refused, it is told in the bar, key by key, and stays selected', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?status=ACTIVE,REVOKED&size=10')
    const shown = await shownIds(page)
    const onPage = (status: Status) => keys.filter((k): k is NamedKey => k.status === status && k.name !== null && shown.includes(k.id))
    const [active] = onPage('ACTIVE')
    const [revoked] = onPage('REVOKED')
    if (!active || !revoked) throw new Error('no active or no revoked key on the first page')
    for (const key of [active, revoked]) await select(page, key)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: active.id, times: 1 })
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Suspend ${active.name}?` })
    await expect(dialog.getByRole('group', { name: 'What will happen' })).toContainText('1 will be suspended; 1 is revoked and will be skipped.')
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    await expect(dialog).toBeHidden()
    // As any run of the bar's: the failure in its panel, the failed key still selected (the skipped one not).
    const outcome = page.getByRole('alert').filter({ hasText: 'still selected' })
    await expect(outcome).toContainText('0 suspended, 1 failed (still selected, to try again)')
    await expect(outcome.getByRole('list', { name: 'Failed keys' })).toContainText(`${active.name}: Internal error (injected).`)
    await expect(bulkBar(page)).toContainText('1 selected')
    await expect(rowOf(page, active.id).getByRole('checkbox')).toBeChecked()
    await expect(rowOf(page, revoked.id).getByRole('checkbox')).not.toBeChecked()
    expect((await storedKey(page, active.id))?.status).toBe('ACTIVE')
  })

  test('Suspend on a page of active keys: the confirmation counts them, and one failure is listed and stays selected', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?status=ACTIVE&size=10')
    const activeTotal = keys.filter((k) => k.status === 'ACTIVE').length
    await expect(page.getByText(`${activeTotal} keys match`, { exact: true })).toBeVisible()
    const ids = await shownIds(page)
    expect(ids).toHaveLength(10)
    const failing = pickKey(keys, (k) => ids.includes(k.id))
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: failing.id, times: 1 })

    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
    await expect(bulkBar(page)).toContainText('10 selected')
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Suspend 10 keys?' })
    await expect(dialog).toContainText('Requests made with these 10 keys will be refused')
    await expect(dialog.getByRole('list', { name: 'Keys' }).getByRole('listitem')).toHaveCount(10)
    await dialog.getByRole('button', { name: 'Suspend 10 keys' }).click()
    await expect(dialog).toBeHidden()

    const outcome = page.getByRole('alert').filter({ hasText: 'still selected' })
    await expect(outcome).toContainText('9 suspended, 1 failed (still selected, to try again)')
    const failed = outcome.getByRole('list', { name: 'Failed keys' }).getByRole('listitem')
    await expect(failed).toHaveCount(1)
    await expect(failed).toContainText(`${failing.name}: Internal error (injected).`)
    await expect(failed).toContainText(REQUEST_ID)
    // Told once, in the bar's panel: no toast repeats the count or the failure.
    await expect(errorToasts(page)).toBeEmpty()
    await expect(statusToasts(page)).toBeEmpty()
    // Exactly the failed key stays selected, ready for another try.
    await expect(bulkBar(page)).toContainText('1 selected')
    await expect(rowOf(page, failing.id).getByRole('checkbox')).toBeChecked()
    await expect(keysTable(page).locator('tbody').getByRole('checkbox', { checked: true })).toHaveCount(1)
    await expectSettled(page)
    await expect(page.getByText(`${activeTotal - 9} keys match`, { exact: true })).toBeVisible()

    const after = await storedKeys(page)
    for (const id of ids) expect(after.find((k) => k.id === id)?.status, id).toBe(id === failing.id ? 'ACTIVE' : 'SUSPENDED')
    await page.reload()
    await expectSettled(page)
    await expect(page.getByText(`${activeTotal - 9} keys match`, { exact: true })).toBeVisible()
    expect((await shownIds(page)).filter((id) => ids.includes(id))).toEqual([failing.id])
  })

  test('Undo on a bulk suspend’s toast reactivates every key it suspended, and its own toast offers no Undo back', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?size=10')
    const shown = await shownIds(page)
    const selection = keys.filter((k) => k.status === 'ACTIVE' && shown.includes(k.id)).slice(0, 3)
    expect(selection).toHaveLength(3)
    for (const key of selection) await select(page, key)
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
    await page.getByRole('dialog', { name: 'Suspend 3 keys?' }).getByRole('button', { name: 'Suspend 3 keys' }).click()
    for (const key of selection) await expectRowStatus(page, key.id, 'SUSPENDED')
    const toast = statusToasts(page)
    await expect(toast).toContainText('3 keys suspended')
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect(toast).toContainText('3 keys reactivated')
    await expect(toast.getByRole('button', { name: 'Undo' })).toHaveCount(0)
    for (const key of selection) {
      await expectRowStatus(page, key.id, 'ACTIVE')
      await expectStoredStatus(page, key.id, 'ACTIVE')
    }
  })

  test('axe finds no violations with the confirmation for a full page of keys open', async ({ page }) => {
    await openView(page, '/?status=ACTIVE&size=10')
    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
    await expect(page.getByRole('dialog', { name: 'Suspend 10 keys?' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('Revoke wants the number of keys typed, then clears the selection', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?status=ACTIVE&size=10')
    const ids = (await shownIds(page)).slice(0, 3)
    for (const id of ids) await select(page, keys.find((k) => k.id === id) ?? { id, name: null })
    await expect(bulkBar(page)).toContainText('3 selected')
    await bulkBar(page).getByRole('button', { name: 'Revoke…', exact: true }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Revoke 3 keys?' })
    await expect(dialog).toContainText('cannot be undone')
    const confirm = dialog.getByRole('button', { name: 'Revoke 3 keys' })
    const typed = dialog.getByRole('textbox', { name: 'Type 3 to confirm' })
    await expect(confirm).toBeDisabled()
    await expectNoAxeViolations(page)
    await typed.fill('2')
    await expect(confirm).toBeDisabled()
    await typed.fill('3')
    await expect(confirm).toBeEnabled()
    await confirm.click()
    // A clean run: the toast says it, and no panel repeats it.
    await expect(statusToasts(page)).toContainText('3 keys revoked')
    await expect(bulkBar(page)).toHaveCount(0)
    await expect(page.getByText('3 revoked', { exact: true })).toHaveCount(0)
    for (const id of ids) await expectStoredStatus(page, id, 'REVOKED')
    await page.reload()
    await expectSettled(page)
    expect((await shownIds(page)).filter((id) => ids.includes(id))).toEqual([])
  })

  test('Delete wants the number of keys typed, and the total drops by that many', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?size=10')
    const ids = (await shownIds(page)).slice(0, 2)
    for (const id of ids) await select(page, keys.find((k) => k.id === id) ?? { id, name: null })
    await bulkBar(page).getByRole('button', { name: 'Delete…', exact: true }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete 2 keys?' })
    await expect(dialog).toContainText('removes the record of these 2 keys for good')
    await expectNoAxeViolations(page)
    await dialog.getByRole('textbox', { name: 'Type 2 to confirm' }).fill('2')
    await dialog.getByRole('button', { name: 'Delete 2 keys' }).click()
    for (const id of ids) await expect(rowOf(page, id)).toHaveCount(0)
    await expect(page.getByText('318 keys', { exact: true })).toBeVisible()
    await expect(bulkBar(page)).toHaveCount(0)
    await page.reload()
    await expectSettled(page)
    await expect(page.getByText('318 keys', { exact: true })).toBeVisible()
    expect((await storedKeys(page)).filter((k) => ids.includes(k.id))).toEqual([])
  })

  test('the selection clears when a filter or the page changes', async ({ page }) => {
    const keys = await storedKeysOf(page, '/')
    const ids = (await shownIds(page)).slice(0, 2)
    for (const id of ids) await select(page, keys.find((k) => k.id === id) ?? { id, name: null })
    await expect(bulkBar(page)).toContainText('2 selected')
    await page.getByRole('search', { name: 'Filter keys' }).getByRole('group', { name: 'Environment', exact: true }).getByRole('button', { name: 'Production', exact: true }).click()
    await expect(page).toHaveURL(/env=PRODUCTION/)
    await expectSettled(page)
    await expect(bulkBar(page)).toHaveCount(0)
    await expect(keysTable(page).getByRole('checkbox', { checked: true })).toHaveCount(0)

    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
    await expect(bulkBar(page)).toContainText('20 selected')
    await pagination(page).getByRole('button', { name: 'Next' }).click()
    await expect(pagination(page)).toContainText('21–40')
    await expectSettled(page)
    await expect(bulkBar(page)).toHaveCount(0)
    await expect(keysTable(page).getByRole('checkbox', { checked: true })).toHaveCount(0)
  })
})

/** With the keyboard only: from the page to the row's menu, the action, the name typed, and confirm. */
async function terminalActionByKeyboard(page: Page, key: NamedKey, verb: 'Revoke' | 'Delete'): Promise<void> {
  await pressUntilFocused(page, actionsButton(page, key))
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu', { name: `Actions for ${key.name}` })
  await expect(menu).toBeVisible()
  const item = menu.getByRole('menuitem', { name: `${verb} ${key.name}`, exact: true })
  await arrowToMenuItem(page, item)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('alertdialog', { name: `${verb} ${key.name}?` })
  await expect(dialog).toBeVisible()
  // Focus starts on the least destructive choice.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await pressUntilFocused(page, dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }), 'Shift+Tab', 6)
  await page.keyboard.type(key.name)
  await pressUntilFocused(page, dialog.getByRole('button', { name: `${verb} key` }), 'Tab', 4)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

test.describe('keyboard only', () => {
  test('revoke a key from its row menu; focus goes back to the row', async ({ page }) => {
    const key = pickKey(await seed(page), (k) => k.status === 'ACTIVE' && k.environment === 'PRODUCTION')
    await openKey(page, key)
    await terminalActionByKeyboard(page, key, 'Revoke')
    await expectRowStatus(page, key.id, 'REVOKED')
    // Back where the action started: the row's actions button.
    await expect(actionsButton(page, key)).toBeFocused()
    await expectStoredStatus(page, key.id, 'REVOKED')
  })

  test('delete a key from its row menu; focus stays on the page, not lost to its body', async ({ page }) => {
    const keys = await storedKeysOf(page, '/?size=10')
    const shown = await shownIds(page)
    const key = pickKey(keys, (k) => shown.includes(k.id))
    await terminalActionByKeyboard(page, key, 'Delete')
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true)
    await expect(page.locator('main :focus')).toHaveCount(1)
  })
})

/** Opens a view and returns the server's records. */
async function storedKeysOf(page: Page, path: string): Promise<StoredKey[]> {
  await openView(page, path)
  return storedKeys(page)
}
