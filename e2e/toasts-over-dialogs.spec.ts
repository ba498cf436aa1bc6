import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { allServerKeys, chooseRowAction, clearFaults, connect, resetMockApi, serverKey, showKey, unexpectedConsoleErrors, type NamedKey } from './connected-helpers'
import { statusToasts } from './key-actions-helpers'
import { expectRowStatus, pickKey } from './page-helpers'

// Issue 13: on a phone, Cancel tapped in the Create dialog a few seconds after a suspend hit the
// suspend toast's Undo and reactivated the key. Connected to the HTTP mock, so the server says what happened.
// Connecting, a suspend and axe take most of the default 30 s on a busy two-core machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 })
test.use({ serviceWorkers: 'block', hasTouch: true })

test.beforeEach(async ({ request }) => {
  await resetMockApi(request)
})

test.afterEach(async ({ request, consoleErrors }, testInfo) => {
  await clearFaults(request)
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

// CSS locators: an open modal hides the toasts from the accessibility tree (as connected-helpers' banner).
const toastStack = (page: Page): Locator => page.locator('section[aria-label="Notifications"] [role="status"]')
const undoButton = (page: Page): Locator => toastStack(page).locator('button', { hasText: /^Undo$/ })

type Box = { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  expect(box, 'laid out').not.toBeNull()
  return box ?? { x: 0, y: 0, width: 0, height: 0 }
}

/** Whether a tap at the centre of `target` would reach it (or what it holds), not whatever lies over it. */
const tapReaches = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return top !== null && (el === top || el.contains(top))
  })

async function expectOnServer(request: APIRequestContext, key: NamedKey, status: string): Promise<void> {
  await expect.poll(async () => (await serverKey(request, key))?.status).toBe(status)
}

/** Connects at this size, suspends an active key by touch; returns it and its toast's Undo. */
async function suspendByTouch(page: Page, request: APIRequestContext, width: number, height: number): Promise<{ key: NamedKey; undo: Locator }> {
  const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
  await page.setViewportSize({ width, height })
  await connect(page)
  await showKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
  await expectRowStatus(page, key.id, 'SUSPENDED')
  await expectOnServer(request, key, 'SUSPENDED')
  await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeVisible()
  return { key, undo: undoButton(page) }
}

for (const [width, height] of [
  [320, 568],
  [375, 740],
  [768, 1024],
] as const) {
  test(`at ${width}×${height} the Undo toast stays clear of the Create dialog, and Cancel tapped there only closes it`, async ({ page, request }) => {
    const { key, undo } = await suspendByTouch(page, request, width, height)
    await page.getByRole('button', { name: 'Create key' }).first().tap()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await expect(dialog).toBeVisible()
    // The Create dialog leaves no room above it at these sizes: the toast waits, out of the dialog's way.
    await expect(undo).toBeHidden()
    expect(intersects(await boxOf(toastStack(page)), await boxOf(dialog))).toBe(false)
    for (const control of [dialog.getByRole('button', { name: 'Cancel' }), dialog.getByRole('button', { name: 'Create key' })]) {
      await control.scrollIntoViewIfNeeded()
      expect(await tapReaches(control)).toBe(true)
    }

    await dialog.getByRole('button', { name: 'Cancel' }).tap()
    await expect(dialog).toBeHidden()
    // Back once the dialog closes, never used: the key is still suspended, here and on the server.
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeVisible()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expectOnServer(request, key, 'SUSPENDED')
  })
}

test('where a dialog leaves room above it, the toast stacks there under its overlay, out of reach of a tap', async ({ page, request }) => {
  const { key, undo } = await suspendByTouch(page, request, 768, 1024)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap()
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(undo).toBeVisible()
  const toastBox = await boxOf(toastStack(page))
  const dialogBox = await boxOf(dialog)
  expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(dialogBox.y)
  expect(await tapReaches(undo)).toBe(false)
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Close' }).tap()
  await expect(dialog).toBeHidden()
  // In its corner again, and usable: the Undo reactivates the key on the server.
  expect((await boxOf(toastStack(page))).y).toBeGreaterThan(dialogBox.y)
  await statusToasts(page).getByRole('button', { name: 'Undo' }).click()
  await expectOnServer(request, key, 'ACTIVE')
})
