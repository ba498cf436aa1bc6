import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { allowFailedLoads, connect, recordRequests, type SeenRequest } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { detailHeading } from './key-detail-helpers'
import { ownServerKeys, setOwnMockFaults, test, type OwnMockApi } from './own-mock-api'
import { actionsButton, expectRowsSettled, rowMenu, searchBox } from './page-helpers'

// A 429 whose Retry-After is an hour: the page never waits silently nor that long.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page, ownMock }, testInfo) => {
  allowFailedLoads(testInfo)
  // Remembered for the tab: the key detail test loads its page by address.
  await connect(page, { baseUrl: ownMock.baseUrl, remember: true })
})

const countdown = (page: Page) => page.getByText(/^Rate limited, retrying in \d+ s$/)
const secondsShown = async (page: Page) => Number(/(\d+) s$/.exec((await countdown(page).textContent()) ?? '')?.[1])
const reads = (api: OwnMockApi, seen: readonly SeenRequest[]) => seen.filter((r) => r.url.origin === api.baseUrl && r.method === 'GET' && r.url.pathname.startsWith('/v1/api-keys'))

/** A Retry-After of 90 s in a write's alert: said once to screen readers, counted down on screen. */
async function expectNinetySecondsCounted(alert: Locator): Promise<void> {
  await expect(alert.locator('.sr-only')).toHaveText('Try again in 90 s.')
  const left = alert.locator('[data-wait-left]')
  const secondsLeft = async () => Number(/in (\d+) s\.$/.exec((await left.textContent()) ?? '')?.[1])
  const first = await secondsLeft()
  // The margin is for a busy machine's slow first look.
  expect(first).toBeGreaterThanOrEqual(60)
  expect(first).toBeLessThanOrEqual(90)
  await expect.poll(secondsLeft).toBeLessThan(first)
}

async function keysMatching(request: APIRequestContext, api: OwnMockApi, text: string): Promise<number> {
  // The default view shows every status.
  return [...(await ownServerKeys(request, api)).values()].filter((key) => (key.name ?? '').toLowerCase().includes(text)).length
}

test('an hour-long Retry-After on the list: a live countdown from a minute, no read meanwhile, and Retry now reads the list', async ({ page, request, ownMock: api }) => {
  const seen = recordRequests(page)
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 3600 }, times: null, method: 'GET' })
  await searchBox(page).fill('e')
  await expect(countdown(page)).toBeVisible()
  const first = await secondsShown(page)
  expect(first).toBeLessThanOrEqual(60)
  // From a minute, not from a few seconds; the margin is for a busy machine's slow first look.
  expect(first).toBeGreaterThanOrEqual(40)
  // It counts down where it can be seen.
  await expect.poll(() => secondsShown(page)).toBeLessThan(first)
  const readsWhileWaiting = reads(api, seen).length
  await expect(page.getByRole('button', { name: 'Retry now' })).toBeVisible()
  await expect(page.getByText('Updating…')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  // Nothing was sent while counting down.
  expect(reads(api, seen).length).toBe(readsWhileWaiting)

  await setOwnMockFaults(request, api, { fault: null })
  await page.getByRole('button', { name: 'Retry now' }).click()
  await expectRowsSettled(page)
  await expect(countdown(page)).toHaveCount(0)
  await expect(page.getByText(`${await keysMatching(request, api, 'e')} keys match`, { exact: true })).toBeVisible()
  expect(reads(api, seen).length).toBeGreaterThan(readsWhileWaiting)
})

test('the key detail page counts down too, and reads again on its own when the wait is over', async ({ page, request, ownMock: api }) => {
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE' && k.name)
  if (!key?.name) throw new Error('Expected an active named key')
  // Ten seconds: a busy machine still loads the page and shows the countdown before the wait is over.
  // The key's own read only (a list read filtered by its id): the list behind may still be reading its next page
  // ahead, and took the one 429 (CI G).
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 10 }, times: 1, method: 'GET', queryIncludes: key.id })
  const seen = recordRequests(page)
  await page.goto(`/keys/${key.id}`)
  // One look: reading the text after a separate visibility check could find the countdown gone.
  await expect(countdown(page)).toHaveText(/in ([1-9]|10) s$/)
  const refused = reads(api, seen).length
  await expect(detailHeading(page)).toContainText(key.name, { timeout: 30_000 })
  await expect(countdown(page)).toHaveCount(0)
  // Read again once, after the wait, without a click.
  expect(reads(api, seen).length).toBeGreaterThan(refused)
})

/** Opens Suspend for an active named key, shown alone by a search. */
async function openSuspend(page: Page, request: APIRequestContext, api: OwnMockApi) {
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE' && k.name)
  if (!key?.name) throw new Error('Expected an active named key')
  const named = { ...key, name: key.name }
  await searchBox(page).fill(named.name)
  await expectRowsSettled(page)
  await actionsButton(page, named).click()
  await rowMenu(page, named).getByRole('menuitem', { name: `Suspend ${named.name}`, exact: true }).click()
  return { key, dialog: page.getByRole('dialog', { name: `Suspend ${named.name}?` }) }
}

test('a suspend refused with 429 says when to try again, counts it down in the dialog, and sends nothing more until then', async ({ page, request, ownMock: api }) => {
  const { key, dialog } = await openSuspend(page, request, api)
  const seen = recordRequests(page)
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 90 }, times: 1, method: 'PATCH' })
  await dialog.getByRole('button', { name: 'Suspend key', exact: true }).click()
  // Said in the dialog, which stays open to try again later: read out once as the server said it, counted down on screen.
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Too many requests.')
  await expectNinetySecondsCounted(alert)
  // Its button says when it can be pressed again, and pressing it sooner sends nothing (a second 429 would start a new wait).
  const confirm = dialog.getByRole('button', { name: /^Suspend key in \d+ s$/ })
  await expect(confirm).toHaveAttribute('aria-disabled', 'true')
  // The pointer still on it, it looks as unavailable as it is: hovering does not bring back its colour.
  const fill = () =>
    confirm.evaluate(async (button) => {
      // Read once its colour transition is over.
      await Promise.all(button.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
      return getComputedStyle(button).backgroundColor
    })
  await confirm.hover({ force: true })
  const hovered = await fill()
  await page.mouse.move(0, 0)
  expect(await fill()).toBe(hovered)
  // (Forced: Playwright waits for an aria-disabled button to be enabled before it clicks.)
  await confirm.click({ force: true })
  await confirm.focus()
  await page.keyboard.press('Enter')
  const pressedAt = await confirm.textContent()
  // A second later (the count has moved on), still nothing sent, and the dialog waits with the focus.
  await expect(confirm).not.toHaveText(pressedAt ?? '')
  await expect(dialog).toBeVisible()
  await expect(confirm).toBeFocused()
  expect(seen.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  expect((await ownServerKeys(request, api)).get(key.id)?.status).toBe('ACTIVE')
})

test('once a 429’s short wait is over, the same dialog sends again and the key is suspended', async ({ page, request, ownMock: api }) => {
  const { key, dialog } = await openSuspend(page, request, api)
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 2 }, times: 1, method: 'PATCH' })
  await dialog.getByRole('button', { name: 'Suspend key', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('Too many requests.')
  const confirm = dialog.getByRole('button', { name: /^Suspend key/ })
  await expect(confirm).toHaveAccessibleName('Suspend key', { timeout: 10_000 })
  await expect(confirm).not.toHaveAttribute('aria-disabled')
  await confirm.click()
  await expect(dialog).toHaveCount(0)
  await expect.poll(async () => (await ownServerKeys(request, api)).get(key.id)?.status).toBe('SUSPENDED')
})

test('a create refused with 429 counts its wait down in the form, keeps what was typed, and sends nothing more until the wait is over', async ({ page, request, ownMock: api }) => {
  await expectRowsSettled(page)
  await page.getByRole('button', { name: 'Create key' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Throttled deploys')
  await dialog.getByRole('radio', { name: 'Service' }).check()
  await dialog.getByRole('radio', { name: 'Staging' }).check()
  await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 429, retryAfterSeconds: 90 }, times: 1, method: 'POST' })
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('The key was not created')
  await expectNinetySecondsCounted(alert)
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Throttled deploys')
  await expect(dialog.getByRole('radio', { name: 'Staging' })).toBeChecked()
  const named = async () => [...(await ownServerKeys(request, api)).values()].filter((key) => key.name === 'Throttled deploys').length
  expect(await named()).toBe(0)
  // Not sent again before the wait is over: the button says when it can be.
  const submit = dialog.getByRole('button', { name: /^Create key in \d+ s$/ })
  await expect(submit).toHaveAttribute('aria-disabled', 'true')
  await submit.click({ force: true })
  const pressedAt = await submit.textContent()
  // A second later (the count has moved on), still nothing created.
  await expect(submit).not.toHaveText(pressedAt ?? '')
  await expect(dialog).toBeVisible()
  expect(await named()).toBe(0)
})
