import type { Locator, Page } from '@playwright/test'
import { chooseRowAction, connect, showKey, type NamedKey } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { bulkBar, errorToasts } from './key-actions-helpers'
import { detailHeading } from './key-detail-helpers'
import { ownServerKeys, test, type OwnMockApi } from './own-mock-api'
import { actionsButton, expectRowStatus, pickKey, rowMenu, rowOf, statusCell, type Status } from './page-helpers'

// A change made offline waits for the connection. Until the server has it, the key's other changes
// wait too: a Suspend picked after a waiting Revoke used to hide the Revoke, then fail as "revoked
// elsewhere" once the Revoke was sent, and a Rotate promised an old key that keeps working.
test.describe.configure({ timeout: 120_000 })

const active = (key: { status: Status }) => key.status === 'ACTIVE'

async function expectHeld(page: Page, api: OwnMockApi, id: string, status: Status): Promise<void> {
  await expect.poll(async () => (await ownServerKeys(page.request, api)).get(id)?.status).toBe(status)
}

/** Every PATCH the page sends to the API, by key id. */
function recordPatches(page: Page, api: OwnMockApi): string[] {
  const ids: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().startsWith(api.baseUrl)) ids.push(new URL(request.url()).pathname.split('/').pop() ?? '')
  })
  return ids
}

/** Requests to the API not yet answered: a read still under way when the test goes offline would fail and log an error. */
function apiRequestsUnderWay(page: Page, api: OwnMockApi): Set<unknown> {
  const underWay = new Set<unknown>()
  page.on('request', (request) => {
    if (request.url().startsWith(api.baseUrl)) underWay.add(request)
  })
  page.on('requestfinished', (request) => underWay.delete(request))
  page.on('requestfailed', (request) => underWay.delete(request))
  return underWay
}

const keyActions = (page: Page): Locator => page.getByRole('group', { name: 'Key actions' })

test('on a key’s page at 375 px, a Revoke waiting for the connection holds the other actions, then is sent once', async ({ page, context, ownMock: api }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  const key = pickKey(api.keys(), active)
  await connect(page, { baseUrl: api.baseUrl })
  await showKey(page, key)
  const underWay = apiRequestsUnderWay(page, api)
  await rowOf(page, key.id).getByRole('link', { name: key.name }).click()
  await expect(detailHeading(page)).toHaveText(key.name)
  // The page shows the list's copy of the key while it reads the key itself.
  await expect.poll(() => underWay.size).toBe(0)
  const patches = recordPatches(page, api)

  await context.setOffline(true)
  await keyActions(page).getByRole('button', { name: 'Revoke…' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
  await dialog.getByRole('button', { name: 'Revoke key' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('dl').getByText('Revoke not sent yet')).toBeVisible()

  const note = keyActions(page).getByText('Revoke is not sent yet: it waits for the connection.')
  await expect(note).toBeVisible()
  for (const name of ['Rotate…', 'Suspend…', 'Revoke…', 'Delete…']) {
    const button = keyActions(page).getByRole('button', { name })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toHaveAccessibleDescription(/Revoke is not sent yet/)
  }
  // Pressed anyway, nothing opens: no second change is queued behind the first.
  await keyActions(page).getByRole('button', { name: 'Suspend…' }).click({ force: true })
  await keyActions(page).getByRole('button', { name: 'Rotate…' }).click({ force: true })
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await expectNoAxeViolations(page)
  expect(patches).toEqual([])
  await expectHeld(page, api, key.id, 'ACTIVE')

  await context.setOffline(false)
  await expectHeld(page, api, key.id, 'REVOKED')
  await expect(note).toBeHidden()
  await expect(keyActions(page).getByRole('button', { name: 'Delete…' })).not.toHaveAttribute('aria-disabled', 'true')
  await expect(keyActions(page).getByRole('button', { name: 'Suspend…' })).toHaveCount(0)
  await expect(errorToasts(page)).toBeEmpty()
  expect(patches).toEqual([key.id])
})

test('in the list, a Suspend waiting for the connection holds the row menu’s changes and the bulk bar’s, and says why', async ({ page, context, ownMock: api }) => {
  const key: NamedKey = pickKey(api.keys(), active)
  await connect(page, { baseUrl: api.baseUrl })
  await showKey(page, key)
  // Selected while online: the bar's parts load then.
  await rowOf(page, key.id).getByRole('checkbox', { name: `Select ${key.name}`, exact: true }).check()
  const revoke = bulkBar(page).getByRole('button', { name: 'Revoke…' })
  await expect(revoke).not.toHaveAttribute('aria-disabled', 'true')
  await chooseRowAction(page, key, 'Suspend')
  const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  await expect(dialog.getByRole('button', { name: 'Suspend key' })).toBeEnabled()
  await context.setOffline(true)
  await dialog.getByRole('button', { name: 'Suspend key' }).click()
  await expect(await statusCell(page, rowOf(page, key.id))).toContainText('Suspend not sent yet')

  await actionsButton(page, key).click()
  const menu = rowMenu(page, key)
  const why = menu.getByRole('menuitem', { name: /^Suspend is not sent yet: it waits for the connection\./ })
  await expect(why).toHaveAttribute('aria-disabled', 'true')
  for (const name of [`Rotate ${key.name}`, `Suspend ${key.name}`, `Revoke ${key.name}`, `Delete ${key.name}`]) {
    await expect(menu.getByRole('menuitem', { name, exact: true })).toHaveAttribute('aria-disabled', 'true')
  }
  // What is not a change stays usable.
  await expect(menu.getByRole('menuitem', { name: `Copy ID of ${key.name}` })).not.toHaveAttribute('aria-disabled', 'true')
  await expectNoAxeViolations(page)
  await why.click({ force: true })
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()

  await expect(revoke).toHaveAttribute('aria-disabled', 'true')
  await expect(revoke).toHaveAccessibleDescription('Not possible while a change waits for the connection (1 selected)')

  await context.setOffline(false)
  await expectRowStatus(page, key.id, 'SUSPENDED')
  await expectHeld(page, api, key.id, 'SUSPENDED')
  await expect(revoke).not.toHaveAttribute('aria-disabled', 'true')
})
