import type { Page, Route } from '@playwright/test'
import { connect, showKey } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { bulkBar, chooseRowAction, errorToasts, statusToasts, type NamedKey } from './key-actions-helpers'
import { ownServerKeys, test, type OwnKey, type OwnMockApi } from './own-mock-api'
import { bodyRows, expectRowStatus, notifications, pickKey, rowOf, statusCell, type Status } from './page-helpers'

// Connected to a mock API of the test's own: writes answered 200 with another status than asked, and writes made offline.
test.describe.configure({ timeout: 120_000 })

const active = (key: { status: Status }) => key.status === 'ACTIVE'
const keyUrl = (api: OwnMockApi, id: string) => `${api.baseUrl}/v1/api-keys/${id}`

/** Every PATCH the page sends to the API, by key id. */
function recordPatches(page: Page, api: OwnMockApi): string[] {
  const ids: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().startsWith(api.baseUrl)) ids.push(new URL(request.url()).pathname.split('/').pop() ?? '')
  })
  return ids
}

/** The server answers the key's PATCH 200 without changing it: the key as it holds it. */
async function answerKept(page: Page, api: OwnMockApi, key: OwnKey): Promise<void> {
  await page.route(keyUrl(api, key.id), async (route: Route) => {
    if (route.request().method() !== 'PATCH') return route.fallback()
    const held = (await ownServerKeys(page.request, api)).get(key.id)
    await route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, json: { api_key: held } })
  })
}

/** The server sets (and holds) another status than asked, and answers with it. */
async function answerSetting(page: Page, api: OwnMockApi, key: OwnKey, status: Status): Promise<void> {
  await page.route(keyUrl(api, key.id), async (route: Route) => {
    if (route.request().method() !== 'PATCH') return route.fallback()
    const response = await route.fetch({ postData: JSON.stringify({ status }) })
    await route.fulfill({ response })
  })
}

async function expectHeld(page: Page, api: OwnMockApi, id: string, status: Status): Promise<void> {
  await expect.poll(async () => (await ownServerKeys(page.request, api)).get(id)?.status).toBe(status)
}

async function suspendOne(page: Page, key: NamedKey): Promise<void> {
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
}

test.describe('a status change answered with another status', () => {
  test('suspend answered with the key still Active: the row, the toast and the announcement say the server kept it, with no Undo', async ({ page, ownMock: api }) => {
    const key = pickKey(api.keys(), active)
    await connect(page, { baseUrl: api.baseUrl })
    await showKey(page, key)
    const patches = recordPatches(page, api)
    await answerKept(page, api, key)
    await suspendOne(page, key)
    await expect(errorToasts(page)).toContainText(`The server kept ${key.name} Active`)
    await expect(errorToasts(page)).toContainText('You asked for Suspended; the server answered that nothing changed.')
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(statusToasts(page)).not.toContainText(`${key.name} suspended`)
    await expect(notifications(page).getByRole('button', { name: 'Undo' })).toHaveCount(0)
    expect(patches).toEqual([key.id])
    await expectHeld(page, api, key.id, 'ACTIVE')
    await expectNoAxeViolations(page)
  })

  test('suspend answered Revoked: the row and the announcement say it is now Revoked, with no Undo', async ({ page, ownMock: api }) => {
    const key = pickKey(api.keys(), active)
    await connect(page, { baseUrl: api.baseUrl })
    await showKey(page, key)
    await answerSetting(page, api, key, 'REVOKED')
    await suspendOne(page, key)
    await expect(errorToasts(page)).toContainText(`${key.name} is now Revoked`)
    await expectRowStatus(page, key.id, 'REVOKED')
    await expect(notifications(page).getByRole('button', { name: 'Undo' })).toHaveCount(0)
    await expectHeld(page, api, key.id, 'REVOKED')
  })

  test('a bulk suspend counts each key by what the server answered', async ({ page, ownMock: api }) => {
    await connect(page, { baseUrl: api.baseUrl })
    const held = await ownServerKeys(page.request, api)
    // Three active keys on the first page, as the table shows them.
    const ids = await bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title') ?? ''))
    const shown = ids.map((id) => held.get(id)).filter((key): key is OwnKey & { name: string } => key !== undefined && active(key) && Boolean(key.name?.trim()))
    const [kept, moved, done] = shown
    if (!kept || !moved || !done) throw new Error('fewer than three named active keys on the first page')
    await answerKept(page, api, kept)
    await answerSetting(page, api, moved, 'REVOKED')
    for (const key of [kept, moved, done]) await rowOf(page, key.id).getByRole('checkbox', { name: `Select ${key.name}`, exact: true }).check()
    await bulkBar(page).getByRole('button', { name: 'Suspend' }).click()
    await page.getByRole('dialog', { name: 'Suspend 3 keys?' }).getByRole('button', { name: 'Suspend 3 keys' }).click()
    const panel = page.getByRole('alert').filter({ hasText: '1 suspended, 2 answered otherwise by the server' })
    await expect(panel).toBeVisible()
    const answered = panel.getByRole('list', { name: 'Keys the server answered otherwise' })
    await expect(answered).toContainText(`${kept.name}: kept Active`)
    await expect(answered).toContainText(`${moved.name}: now Revoked`)
    // Told once, in the bar's panel: no toast repeats it.
    await expect(errorToasts(page)).toBeEmpty()
    await expect(statusToasts(page)).toBeEmpty()
    await expectRowStatus(page, kept.id, 'ACTIVE')
    await expectRowStatus(page, moved.id, 'REVOKED')
    await expectRowStatus(page, done.id, 'SUSPENDED')
    await expectHeld(page, api, kept.id, 'ACTIVE')
    await expectHeld(page, api, moved.id, 'REVOKED')
    await expectHeld(page, api, done.id, 'SUSPENDED')
  })
})

test.describe('a change made offline', () => {
  test('waits for the connection on its row, asks before leaving, then is sent once and shows the server answer', async ({ page, context, ownMock: api }) => {
    const key = pickKey(api.keys(), active)
    await connect(page, { baseUrl: api.baseUrl })
    await showKey(page, key)
    const patches = recordPatches(page, api)
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await expect(dialog.getByRole('button', { name: 'Suspend key' })).toBeEnabled()
    await context.setOffline(true)
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    const cell = await statusCell(page, rowOf(page, key.id))
    await expect(cell).toContainText('Waiting for connection')
    await expect(cell).toContainText('Suspend not sent yet')
    await expect(cell).not.toContainText('Suspended')
    expect(patches).toEqual([])
    await expectHeld(page, api, key.id, 'ACTIVE')
    await expectNoAxeViolations(page)

    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (prompt) => {
        resolve(prompt.type())
        void prompt.dismiss()
      }),
    )
    await page.close({ runBeforeUnload: true })
    expect(await asked).toBe('beforeunload')
    await expect(cell).toContainText('Waiting for connection')

    await context.setOffline(false)
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expect(statusToasts(page)).toContainText(`${key.name} suspended`)
    await expectHeld(page, api, key.id, 'SUSPENDED')
    expect(patches).toEqual([key.id])
  })
})

test('at 320 px in dark mode a row waiting for the connection fits, and axe finds no violations', async ({ page, context, ownMock: api }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 740 })
  const key = pickKey(api.keys(), active)
  await connect(page, { baseUrl: api.baseUrl })
  await showKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  await expect(dialog.getByRole('button', { name: 'Suspend key' })).toBeEnabled()
  await context.setOffline(true)
  await dialog.getByRole('button', { name: 'Suspend key' }).click()
  const cell = await statusCell(page, rowOf(page, key.id))
  await expect(cell).toContainText('Waiting for connection')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  await context.setOffline(false)
  await expectRowStatus(page, key.id, 'SUSPENDED')
})
