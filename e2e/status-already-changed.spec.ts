import type { APIRequestContext, Page } from '@playwright/test'
import { ADMIN_KEY, allowFailedLoads, connect, showKey, unexpectedConsoleErrors } from './connected-helpers'
import { expect, setDemoFaults } from './fixtures'
import { chooseRowAction, errorToasts, expectStoredStatus, openKey, openView, statusToasts, type NamedKey } from './key-actions-helpers'
import { ownServerKeys, test, type OwnMockApi } from './own-mock-api'
import { expectRowStatus, pickKey, startFromSeed, storedKeys, type Status } from './page-helpers'

// A status change that already happened (elsewhere, or before its answer was lost) is told as done;
// one the key's new status no longer allows says so and is not offered again; a failed Undo is.
test.describe.configure({ timeout: 120_000 })

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

const active = (key: { status: Status }) => key.status === 'ACTIVE'
const suspendDialog = (page: Page, key: NamedKey) => page.getByRole('dialog', { name: `Suspend ${key.name}?` })

/** Opens Suspend from the key's row menu and confirms it. */
async function confirmSuspend(page: Page, key: NamedKey): Promise<void> {
  await chooseRowAction(page, key, 'Suspend')
  await suspendDialog(page, key).getByRole('button', { name: 'Suspend key' }).click()
}

// Coval's server is asked for the one key again; the documented one ignores the filter, so the
// check reads every key, as the key's page does there.
for (const dialect of ['coval', 'documented'] as const) {
  test.describe(`connected to a ${dialect} server, the key changed by another client first`, () => {
    test.use({ ownMockOptions: { dialect } })

    /** Changes a key's status over HTTP, as another client of the API would, behind the app's back. */
    async function changeBehind(request: APIRequestContext, api: OwnMockApi, key: NamedKey, status: Status): Promise<void> {
      const response = await request.patch(`${api.baseUrl}/v1/api-keys/${key.id}`, { headers: { 'x-api-key': ADMIN_KEY }, data: { status } })
      expect(response.status(), await response.text()).toBe(200)
    }

    async function shownKey(page: Page, api: OwnMockApi): Promise<NamedKey> {
      const key = pickKey(api.keys(), active)
      await connect(page, { baseUrl: api.baseUrl })
      await showKey(page, key)
      return key
    }

    test('Suspend of a key revoked elsewhere keeps the dialog, says so, and Suspend key is unavailable', async ({ page, request, ownMock: api }, testInfo) => {
      // The server refuses the suspend (400): the browser logs it.
      allowFailedLoads(testInfo)
      const key = await shownKey(page, api)
      await changeBehind(request, api, key, 'REVOKED')
      const filters: string[] = []
      page.on('request', (r) => {
        const url = new URL(r.url())
        if (url.pathname === '/v1/api-keys' && r.method() === 'GET') filters.push(url.searchParams.get('filter') ?? '')
      })
      await confirmSuspend(page, key)
      const dialog = suspendDialog(page, key)
      const alert = dialog.getByRole('alert')
      await expect(alert).toContainText(`Could not suspend ${key.name}`)
      await expect(alert).toContainText(`${key.name} was revoked elsewhere meanwhile: it can no longer be suspended.`)
      // Read again as the key's page reads it: by its id where the server filters, else every key.
      if (dialect === 'coval') expect(filters).toContain(`id = "${key.id}"`)
      else expect(filters.filter((f) => f === '').length).toBeGreaterThan(1)
      await expect(alert).not.toContainText('cannot change status')
      const confirm = dialog.getByRole('button', { name: 'Suspend key' })
      await expect(confirm).toHaveAttribute('aria-disabled', 'true')
      // Unavailable, not disabled (Playwright would wait for it): a press sends nothing, and the message stays.
      await confirm.click({ force: true })
      await expect(alert).toContainText('was revoked elsewhere meanwhile')
      expect((await ownServerKeys(request, api)).get(key.id)?.status).toBe('REVOKED')
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()
      // Told in the dialog, not in a toast as well (the open dialog hid the toasts from the check).
      await expect(errorToasts(page)).toBeEmpty()
    })

    test('Suspend of a key suspended elsewhere closes the dialog as done and says it already was', async ({ page, request, ownMock: api }, testInfo) => {
      allowFailedLoads(testInfo)
      const key = await shownKey(page, api)
      await changeBehind(request, api, key, 'SUSPENDED')
      await confirmSuspend(page, key)
      await expect(suspendDialog(page, key)).toBeHidden()
      await expect(statusToasts(page)).toContainText(`${key.name} was already suspended`)
      // Someone else's change: nothing of this app's to undo.
      await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toHaveCount(0)
      await expect(errorToasts(page)).toBeEmpty()
      await expectRowStatus(page, key.id, 'SUSPENDED')
    })

    test('Suspend whose answer is lost after the server made it is told as done, with Undo', async ({ page, request, ownMock: api }, testInfo) => {
      allowFailedLoads(testInfo)
      const key = await shownKey(page, api)
      let cut = false
      // The request reaches the server; its answer never reaches the page.
      await page.route(`${api.baseUrl}/v1/api-keys/${key.id}`, async (route) => {
        if (cut || route.request().method() !== 'PATCH') return route.fallback()
        cut = true
        await route.fetch()
        await route.abort('connectionreset')
      })
      await confirmSuspend(page, key)
      await expect(suspendDialog(page, key)).toBeHidden()
      await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
      await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeEnabled()
      await expect(errorToasts(page)).toBeEmpty()
      expect(cut).toBe(true)
      expect((await ownServerKeys(request, api)).get(key.id)?.status).toBe('SUSPENDED')
      await expectRowStatus(page, key.id, 'SUSPENDED')
    })
  })
}

test.describe('demo, an Undo that fails', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  async function suspendedWithUndo(page: Page): Promise<NamedKey> {
    await openView(page, '/')
    const key = pickKey(await storedKeys(page), active)
    await openKey(page, key)
    await confirmSuspend(page, key)
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeEnabled()
    return key
  }

  test('after a 500 its failure offers the Undo again, which then works', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    const key = await suspendedWithUndo(page)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: 1, method: 'PATCH', pathIncludes: key.id })
    await statusToasts(page).getByRole('button', { name: 'Undo' }).click()
    await expect(errorToasts(page)).toContainText(`Could not reactivate ${key.name}`)
    await expectRowStatus(page, key.id, 'SUSPENDED')
    const again = errorToasts(page).getByRole('button', { name: 'Undo' })
    await expect(again).toBeEnabled()
    await again.click()
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
    await expectStoredStatus(page, key.id, 'ACTIVE')
    await expect(errorToasts(page)).toBeEmpty()
  })

  test('after a 429 the Undo offered again waits, counting down, then z finds it', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    const key = await suspendedWithUndo(page)
    await setDemoFaults(page, { fault: { kind: 'status', status: 429, retryAfterSeconds: 3 }, times: 1, method: 'PATCH', pathIncludes: key.id })
    await page.keyboard.press('z')
    await expect(errorToasts(page)).toContainText(`Could not reactivate ${key.name}`)
    const again = errorToasts(page).getByRole('button', { name: 'Undo' })
    await expect(again).toHaveAttribute('aria-disabled', 'true')
    await expect(again).toHaveAccessibleDescription(/^Available in \d s$/)
    // One wait on screen, the Undo's count: not the message's fixed "Try again in 3 s." beside it.
    await expect(errorToasts(page)).not.toContainText('Try again in')
    // z meanwhile says when, not that there is nothing to undo.
    await page.keyboard.press('z')
    await expect(statusToasts(page)).toContainText(/Undo is unavailable\. Available in \d s/)
    await expect(statusToasts(page)).not.toContainText('Nothing to undo')
    await expect(again).not.toHaveAttribute('aria-disabled', { timeout: 10_000 })
    await page.keyboard.press('z')
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
    await expectStoredStatus(page, key.id, 'ACTIVE')
  })
})
