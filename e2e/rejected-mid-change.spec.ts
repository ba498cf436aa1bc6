// The server refuses the admin key (a 401) as a confirmed change is sent: the app drops the key and
// asks for it again, and the page goes, its confirmation with it. Nothing was changed, and nothing
// typed is lost: a toast says what was not done, and once connected again the confirmation opens
// again with the reason and the name as they were typed, to send with one press.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { allServerKeys, allowFailedLoads, banner, clearFaults, connect, connectDialog, fillConnection, MOCK_API, MOCK_HOST, openConnected, resetMockApi, serverKey, setFaults } from './connected-helpers'
import { pickKey, rowOf } from './page-helpers'
import { auditOf } from './rotate-key-helpers'

test.describe.configure({ mode: 'serial', timeout: 120_000 })
test.use({ serviceWorkers: 'block' })

/** The toasts, behind the modal Connect dialog (seen above its top edge; hidden from the accessibility tree meanwhile). */
const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications', includeHidden: true })

test.beforeEach(async ({ request }) => {
  await resetMockApi(request)
})
test.afterEach(async ({ request }) => {
  await clearFaults(request)
})

/** Connects again through the Connect dialog the 401 opened. */
async function connectAgain(page: Page) {
  const dialog = connectDialog(page)
  await fillConnection(dialog)
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
}

test('a Revoke refused with a 401 on a key’s page is not done, said so, and after Connect opens again as typed; sent, the key is revoked', async ({ page, request }, testInfo) => {
  allowFailedLoads(testInfo)
  const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
  await openConnected(page, MOCK_API, `keys/${key.id}`)
  await page.getByRole('group', { name: 'Key actions' }).getByRole('button', { name: 'Revoke…', exact: true }).click()
  let dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await dialog.getByLabel('Reason').fill('leaked in CI logs')
  await dialog.getByLabel(/^Type/).fill(key.name)

  await setFaults(request, { fault: { kind: 'status', status: 401 }, times: 1, method: 'PATCH' })
  await dialog.getByRole('button', { name: 'Revoke key' }).click()
  await expect(connectDialog(page)).toBeVisible()
  await expect(toasts(page)).toContainText(`Not revoked: ${key.name}`)
  await expect(toasts(page)).toContainText('nothing was changed')
  expect((await serverKey(request, key))?.status).toBe('ACTIVE')

  await connectAgain(page)
  dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('alert')).toContainText('Nothing was changed: the API rejected the admin key')
  await expect(dialog.getByLabel('Reason')).toHaveValue('leaked in CI logs')
  await expect(dialog.getByLabel(/^Type/)).toHaveValue(key.name)
  await dialog.getByRole('button', { name: 'Revoke key' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await serverKey(request, key))?.status).toBe('REVOKED')
  expect((await auditOf(request, key.id)).map((entry) => entry.reason)).toContain('leaked in CI logs')
})

test.describe('at 375 px by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })

  test('a Suspend refused with a 401 from a card comes back with its reason after Connect; Cancel then sends nothing', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
    await connect(page, { path: `/?q=${encodeURIComponent(key.name)}` })
    const row = rowOf(page, key.id)
    await row.getByRole('button', { name: `Actions for ${key.name}` }).tap()
    await page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).tap()
    let dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByLabel('Reason').fill('rotating after the incident')

    await setFaults(request, { fault: { kind: 'status', status: 401 }, times: 1, method: 'PATCH' })
    await dialog.getByRole('button', { name: 'Suspend key' }).tap()
    await expect(connectDialog(page)).toBeVisible()
    await expect(toasts(page)).toContainText(`Not suspended: ${key.name}`)

    await connectAgain(page)
    dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await expect(dialog.getByLabel('Reason')).toHaveValue('rotating after the incident')
    await dialog.getByRole('button', { name: 'Cancel' }).tap()
    await expect(dialog).toBeHidden()
    expect((await serverKey(request, key))?.status).toBe('ACTIVE')
    expect(await auditOf(request, key.id)).toEqual([])
  })
})
