import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { allowFailedLoads, connect } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { bulkBar } from './key-actions-helpers'
import { ownMockAudit, ownServerKeys, setOwnMockFaults, test, type OwnKey, type OwnMockApi } from './own-mock-api'
import { rowIds } from './keys-table-helpers'
import { bodyRows, expectRowStatus, pressUntilFocused } from './page-helpers'

// Bulk actions over every key a view matches, against a mock API of the test's own (nothing else changes its keys).
// Each test reads a whole view and sends dozens of changes: on a busy shared machine allow room.
test.describe.configure({ timeout: 150_000 })

/** Every key's status on the server, read over HTTP as another client would. */
async function serverKeys(request: APIRequestContext, api: OwnMockApi): Promise<Map<string, string>> {
  return new Map([...(await ownServerKeys(request, api)).values()].map((key) => [key.id, key.status]))
}

/** Opens a view, selects its page, then every matching key; returns the bar. */
async function selectAllMatching(page: Page, api: OwnMockApi, path: string, total: number): Promise<Locator> {
  await connect(page, { baseUrl: api.baseUrl, path })
  await expect(bodyRows(page)).toHaveCount(10)
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  await bulkBar(page).getByRole('button', { name: `Select all ${total} matching keys` }).click()
  await expect(bulkBar(page)).toContainText(`All ${total} matching keys selected`)
  return bulkBar(page)
}

/** Chooses Suspend for the whole selection and waits for the preview. */
async function openSuspendPreview(page: Page, count: number): Promise<Locator> {
  await bulkBar(page).getByRole('button', { name: 'Suspend' }).click()
  const dialog = page.getByRole('dialog', { name: `Suspend ${count} keys?` })
  await expect(dialog).toBeVisible()
  return dialog
}

/**
 * Lets the first `passed` changes (PATCH) through and holds the rest at the door until the returned
 * function opens it: a run is caught midway whatever the machine's speed.
 */
async function holdChangesAfter(page: Page, api: OwnMockApi, passed: number): Promise<() => void> {
  let routed = 0
  let openDoor = () => {}
  const door = new Promise<void>((resolve) => (openDoor = resolve))
  await page.route(`${api.baseUrl}/v1/api-keys/*`, async (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback()
    if (++routed > passed) await door
    await route.continue().catch(() => undefined)
  })
  return openDoor
}

const staging = (keys: OwnKey[]) => keys.filter((key) => key.environment === 'STAGING')
// A run of dozens of requests, four at a time, takes tens of seconds on a busy shared machine.
const RUN = { timeout: 60_000 }
const result = (page: Page) => page.getByRole('region', { name: 'Bulk action result' })

test('suspends every key of a view across pages with one reason, verified on the server; skipped keys are reported', async ({ page, request, ownMock: api }) => {
  const view = staging(api.keys())
  const active = view.filter((key) => key.status === 'ACTIVE')
  const revoked = view.filter((key) => key.status === 'REVOKED')
  const others = view.length - active.length - revoked.length
  expect(view.length).toBeGreaterThan(30)
  expect(revoked.length).toBeGreaterThan(0)

  await selectAllMatching(page, api, '/?env=STAGING&size=10', view.length)
  const dialog = await openSuspendPreview(page, active.length)
  await expect(dialog.getByRole('group', { name: 'What will happen' })).toContainText(`${active.length} will be suspended; ${revoked.length} are revoked and will be skipped`)
  // Hundreds of keys are summarised, not listed.
  await expect(dialog.getByRole('list', { name: 'Keys' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Staging clean-up')
  await dialog.getByRole('button', { name: `Suspend ${active.length} keys` }).click()

  await expect(result(page).getByRole('status')).toHaveText(`${active.length} suspended, ${revoked.length + others} skipped.`, RUN)
  const statuses = await serverKeys(request, api)
  for (const key of active) expect(statuses.get(key.id), key.id).toBe('SUSPENDED')
  for (const key of revoked) expect(statuses.get(key.id)).toBe('REVOKED')
  const audit = (await ownMockAudit(request, api)).filter((entry) => entry.action === 'status')
  expect(audit).toHaveLength(active.length)
  for (const key of active) expect(audit.find((entry) => entry.keyId === key.id)).toMatchObject({ status: 'SUSPENDED', reason: 'Staging clean-up' })
  await result(page).getByText(/^Skipped, revoked/).click()
  await expect(result(page).getByRole('list', { name: 'Skipped, revoked' }).getByRole('listitem')).toHaveCount(revoked.length)
  await expectNoAxeViolations(page)

  // One Undo puts back every key the run suspended, saying why, and offers no Undo of itself.
  await result(page).getByRole('button', { name: `Undo: reactivate ${active.length}` }).click()
  await expect(result(page).getByRole('status')).toHaveText(`${active.length} reactivated.`, RUN)
  await expect(result(page).getByRole('button', { name: /^Undo/ })).toHaveCount(0)
  const after = await serverKeys(request, api)
  for (const key of active) expect(after.get(key.id), key.id).toBe('ACTIVE')
  for (const key of revoked) expect(after.get(key.id)).toBe('REVOKED')
  const undone = (await ownMockAudit(request, api)).filter((entry) => entry.action === 'status').slice(active.length)
  expect(undone).toHaveLength(active.length)
  for (const entry of undone) expect(entry).toMatchObject({ status: 'ACTIVE', reason: expect.stringMatching(/^Undo of the suspension at \d{2}:\d{2} UTC$/) })
})

test('Cancel midway stops sending: what was done stays done and is listed, the rest is untouched', async ({ page, request, ownMock: api }) => {
  const active = staging(api.keys()).filter((key) => key.status === 'ACTIVE')
  await selectAllMatching(page, api, '/?env=STAGING&status=ACTIVE&size=10', active.length)
  const dialog = await openSuspendPreview(page, active.length)
  // Eight changes go through; the rest wait at the door until Cancel is pressed, so the run is caught midway whatever the machine's speed.
  const openDoor = await holdChangesAfter(page, api, 8)
  await dialog.getByRole('button', { name: `Suspend ${active.length} keys` }).click()
  await expect(page.getByRole('progressbar', { name: 'Suspending keys' })).toHaveJSProperty('value', 8)
  // The rows the server has answered show it while the rest wait: they stayed Active until the run ended.
  const answered = await serverKeys(request, api)
  const changedOnScreen = (await rowIds(page)).filter((id) => answered.get(id) === 'SUSPENDED')
  expect(changedOnScreen.length).toBeGreaterThan(0)
  for (const id of changedOnScreen) await expectRowStatus(page, id, 'SUSPENDED')
  await page.getByRole('button', { name: 'Cancel' }).click()
  openDoor()

  const summary = result(page).getByRole('status')
  await expect(summary).toHaveText(/^\d+ suspended, \d+ not sent \(cancelled\)\.$/, RUN)
  const [done = 0, notSent = 0] = ((await summary.innerText()).match(/\d+/g) ?? []).map(Number)
  expect(done).toBeGreaterThanOrEqual(8)
  expect(notSent).toBeGreaterThan(0)
  expect(done + notSent).toBe(active.length)
  const listed = await result(page).getByRole('list', { name: 'Keys suspended' }).locator('code').allInnerTexts()
  expect(listed).toHaveLength(done)
  const statuses = await serverKeys(request, api)
  const suspended = active.filter((key) => statuses.get(key.id) === 'SUSPENDED').map((key) => key.id)
  expect(suspended.sort()).toEqual([...listed].sort())
  expect(active.filter((key) => statuses.get(key.id) === 'ACTIVE')).toHaveLength(notSent)
})

test('a failed key is listed with its message, and Retry failed suspends it', async ({ page, request, ownMock: api }, testInfo) => {
  // The injected 500 is logged by the browser.
  allowFailedLoads(testInfo)
  const active = staging(api.keys()).filter((key) => key.status === 'ACTIVE')
  await selectAllMatching(page, api, '/?env=STAGING&status=ACTIVE&size=10', active.length)
  const dialog = await openSuspendPreview(page, active.length)
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 500 }, times: 1, method: 'PATCH' })
  await dialog.getByRole('button', { name: `Suspend ${active.length} keys` }).click()

  await expect(result(page).getByRole('alert')).toHaveText(`${active.length - 1} suspended, 1 failed.`, RUN)
  const failed = result(page).getByRole('list', { name: 'Failed keys' }).getByRole('listitem')
  await expect(failed).toHaveCount(1)
  await expectNoAxeViolations(page)
  const statuses = await serverKeys(request, api)
  expect(active.filter((key) => statuses.get(key.id) === 'ACTIVE')).toHaveLength(1)

  await result(page).getByRole('button', { name: 'Retry failed' }).click()
  await expect(result(page).getByRole('status')).toHaveText(`${active.length} suspended.`, RUN)
  const after = await serverKeys(request, api)
  for (const key of active) expect(after.get(key.id), key.id).toBe('SUSPENDED')
})

test('a 429 is waited out and the same key sent again', async ({ page, request, ownMock: api }, testInfo) => {
  allowFailedLoads(testInfo)
  const active = staging(api.keys()).filter((key) => key.status === 'ACTIVE')
  await selectAllMatching(page, api, '/?env=STAGING&status=ACTIVE&size=10', active.length)
  const dialog = await openSuspendPreview(page, active.length)
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 2 }, times: 1, method: 'PATCH' })
  await dialog.getByRole('button', { name: `Suspend ${active.length} keys` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Rate limited, retrying in 2 s' })).toBeVisible()
  await expect(result(page).getByRole('status')).toHaveText(`${active.length} suspended.`, RUN)
  const statuses = await serverKeys(request, api)
  for (const key of active) expect(statuses.get(key.id), key.id).toBe('SUSPENDED')
})

test('by keyboard alone at 320 px in dark mode: select all matching, suspend with one reason, every key checked on the server', async ({ page, request, ownMock: api }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 740 })
  const active = api.keys().filter((key) => key.status === 'ACTIVE' && key.environment === 'DEVELOPMENT')
  expect(active.length).toBeGreaterThan(20)
  await connect(page, { baseUrl: api.baseUrl, path: '/?env=DEVELOPMENT&status=ACTIVE&size=10' })
  await expect(bodyRows(page)).toHaveCount(10)
  const pageBox = page.getByRole('checkbox', { name: 'Select all keys on this page' })
  await pressUntilFocused(page, pageBox)
  await page.keyboard.press('Space')
  const selectAll = bulkBar(page).getByRole('button', { name: `Select all ${active.length} matching keys` })
  await pressUntilFocused(page, selectAll, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(bulkBar(page)).toContainText(`All ${active.length} matching keys selected`)
  await expect(bulkBar(page).getByRole('button', { name: 'Clear selection' })).toBeFocused()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)

  await pressUntilFocused(page, bulkBar(page).getByRole('button', { name: 'Suspend' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Suspend ${active.length} keys?` })
  await expect(dialog).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  await pressUntilFocused(page, dialog.getByRole('textbox', { name: 'Reason' }))
  await page.keyboard.type('Unused development keys')
  await pressUntilFocused(page, dialog.getByRole('button', { name: `Suspend ${active.length} keys` }))
  await page.keyboard.press('Enter')

  await expect(result(page).getByRole('status')).toHaveText(`${active.length} suspended.`, RUN)
  await expect(result(page)).toBeFocused()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  const statuses = await serverKeys(request, api)
  for (const key of active) expect(statuses.get(key.id), key.id).toBe('SUSPENDED')
  const reasons = (await ownMockAudit(request, api)).filter((entry) => entry.action === 'status').map((entry) => entry.reason)
  expect(reasons).toEqual(active.map(() => 'Unused development keys'))
})

test('over every active key of a view, Reactivate is unavailable and says why, as it is for a page of them; Suspend stays available', async ({ page, request, ownMock: api }) => {
  const active = [...(await ownServerKeys(request, api)).values()].filter((key) => key.status === 'ACTIVE')
  const bar = await selectAllMatching(page, api, '/?status=ACTIVE&size=10', active.length)
  const reactivate = bar.getByRole('button', { name: 'Reactivate…', exact: true })
  await expect(reactivate).toHaveAttribute('aria-disabled', 'true')
  await expect(reactivate).toHaveAccessibleDescription(`Not possible for active keys (all ${active.length} matching)`)
  await expect(bar).toContainText(`Reactivate: not possible for active keys (all ${active.length} matching)`)
  // Still focusable (aria-disabled): pressed, it opens nothing.
  await reactivate.focus()
  await page.keyboard.press('Enter')
  await expect(reactivate).toBeFocused()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(bar.getByRole('button', { name: 'Suspend…', exact: true })).not.toHaveAttribute('aria-disabled', 'true')
  await expect(bar.getByRole('button', { name: 'Revoke…', exact: true })).not.toHaveAttribute('aria-disabled', 'true')
})

test('by keyboard, the Undo of a run over every matching key keeps the focus on its progress, then on its result', async ({ page, ownMock: api }) => {
  const active = staging(api.keys()).filter((key) => key.status === 'ACTIVE')
  await selectAllMatching(page, api, '/?env=STAGING&status=ACTIVE&size=10', active.length)
  const dialog = await openSuspendPreview(page, active.length)
  await dialog.getByRole('button', { name: `Suspend ${active.length} keys` }).click()
  await expect(result(page).getByRole('status')).toHaveText(`${active.length} suspended.`, RUN)
  // Every key of the view (active ones) is suspended: the view is empty, with its Reset filters.
  await expect(page.getByRole('button', { name: 'Reset filters' }).first()).toBeVisible()
  // The Undo's first eight changes go through; the rest wait at the door, so the run is caught midway whatever the machine's speed.
  const openDoor = await holdChangesAfter(page, api, 8)
  await result(page).getByRole('button', { name: `Undo: reactivate ${active.length}` }).focus()
  await page.keyboard.press('Enter')
  // The Undo went with the result it was in: the focus is on the run's progress, not on the page's body or the empty view's button.
  const progress = page.getByRole('progressbar', { name: 'Reactivating keys' })
  await expect(progress).toHaveJSProperty('value', 8)
  await expect(progress).toBeFocused()
  openDoor()
  await expect(result(page).getByRole('status')).toHaveText(`${active.length} reactivated.`, RUN)
  await expect(result(page)).toBeFocused()
  // The keys are back in the view.
  await expect(bodyRows(page)).toHaveCount(10)
  await expect(result(page)).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(result(page).locator(':focus')).toHaveCount(1)
})
