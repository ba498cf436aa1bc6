import type { Page } from '@playwright/test'
import { allowBlockedChunk, blockChunk } from './blocked-chunk-helpers'
import { allowFailedLoads, openConnected } from './connected-helpers'
import { expect } from './fixtures'
import { detailHeading, keyActions } from './key-detail-helpers'
import { ownMockAudit, ownServerKeys, test } from './own-mock-api'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'

// What a nineteenth review found on phones, by touch: a key's page opened by its link could not
// confirm a suspend offline (its code was fetched only then), and said nothing about it.
test.use({ hasTouch: true, viewport: { width: 375, height: 667 } })

/** The key's page open by its URL, and the code its actions need (loaded ahead when idle) come. */
async function openKeyPageLoaded(page: Page, path: string): Promise<void> {
  const ahead = ['run-key-action', 'undo-offer', 'action-dialog'].map((name) => page.waitForResponse(new RegExp(`/assets/${name}-[\\w-]+\\.js`)))
  await page.goto(path)
  await expect(detailHeading(page)).toBeVisible()
  await Promise.all(ahead)
}

test('connected, a key’s page opened by its link suspends offline: the change waits, then reaches the server', async ({ page, context, request, ownMock: api }, testInfo) => {
  allowFailedLoads(testInfo)
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE')
  if (!key) throw new Error('Expected an active key')
  await openConnected(page, api.baseUrl, '')
  await openKeyPageLoaded(page, `/keys/${key.id}`)
  await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
  const dialog = page.getByRole('dialog', { name: /^Suspend / })
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Lost phone')
  await context.setOffline(true)
  await dialog.getByRole('button', { name: 'Suspend key' }).tap()
  await expect(dialog).toBeHidden()
  await expect(keyActions(page)).toContainText('Suspend is not sent yet: it waits for the connection.')
  await context.setOffline(false)
  await expect.poll(async () => (await ownMockAudit(request, api)).filter((e) => e.keyId === key.id)).toEqual([expect.objectContaining({ status: 'SUSPENDED', reason: 'Lost phone' })])
})

test('connected, offline with the action’s code not loaded: the dialog stays with what was typed and says so; back online, the same button suspends', async ({ page, context, request, ownMock: api }, testInfo) => {
  allowBlockedChunk(testInfo)
  const blocked = await blockChunk(page, 'run-key-action')
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE')
  if (!key) throw new Error('Expected an active key')
  await openConnected(page, api.baseUrl, `keys/${key.id}`)
  await expect(detailHeading(page)).toBeVisible()
  await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
  const dialog = page.getByRole('dialog', { name: /^Suspend / })
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Lost phone')
  await context.setOffline(true)
  const confirm = dialog.getByRole('button', { name: 'Suspend key' })
  await confirm.tap()
  // Not closed as if done: nothing was sent, and nothing waits to be.
  await expect(dialog.getByRole('alert')).toContainText('Nothing was sent: you are offline, and this action’s code could not load. Try again once connected.')
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveValue('Lost phone')
  expect(await ownMockAudit(request, api)).toEqual([])

  await context.setOffline(false)
  await blocked.online()
  await confirm.tap()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await ownMockAudit(request, api)).filter((e) => e.keyId === key.id)).toEqual([expect.objectContaining({ status: 'SUSPENDED', reason: 'Lost phone' })])
})

test.describe('demo', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  test('a key’s page whose action code cannot load says nothing was sent and why, not “Something went wrong”', async ({ page, context }, testInfo) => {
    allowBlockedChunk(testInfo)
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const blocked = await blockChunk(page, 'run-key-action')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    await keyActions(page).getByRole('button', { name: 'Revoke…' }).tap()
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await context.setOffline(true)
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`Could not revoke ${key.name}`)
    await expect(alert).toContainText('Nothing was sent: you are offline, and this action’s code could not load.')
    await expect(alert).not.toContainText('Something went wrong')
    // Online again, it says how to get the code: a reload.
    await context.setOffline(false)
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    await expect(alert).toContainText('Nothing was sent: this action’s code could not load. Reload the page for the latest version.')
    await blocked.online()
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    await expect(dialog).toBeHidden()
    await expect(keyActions(page).getByRole('button', { name: 'Delete…' })).toBeVisible()
  })

  test('an action dialog that cannot load gives its Retry the focus, which opens it once it can', async ({ page }, testInfo) => {
    allowBlockedChunk(testInfo)
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const blocked = await blockChunk(page, 'action-dialog')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the action’s dialog' })
    const retry = alert.getByRole('button', { name: 'Retry' })
    await expect(retry).toBeFocused()
    await blocked.online()
    await retry.tap()
    await expect(page.getByRole('dialog', { name: `Suspend ${key.name}?` })).toBeVisible()
  })
})
