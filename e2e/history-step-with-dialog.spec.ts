import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { chooseRowAction, openRowMenu, openView } from './key-actions-helpers'
import { rangeText } from './keys-table-helpers'
import { actionsButton, expectRowsSettled, filters, pickKey, searchBox, startFromSeed, storedKeys } from './page-helpers'

// Back as a step through history (a desktop's Alt+←, a mouse's back button, Safari's swipe, not
// Android's close request: close-requests.spec.ts) while a dialog or a menu is open: the step is
// that layer's Escape, guards and all, and the page under it stays where it was. Before, the list
// moved to the previous view under an open dialog, and a secret on screen went with its page.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const pathAndQuery = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

/**
 * Opens `/?env=PRODUCTION`, then Staging and a search typed for `name`, in the page (a typed search
 * replaces its history entry): Back from there goes to Production, in the same document.
 */
async function stagingSearchedFor(page: Page, name: string): Promise<string> {
  await filters(page).getByRole('group', { name: 'Environment' }).getByRole('button', { name: 'Staging' }).click()
  await expect.poll(() => pathAndQuery(page)).toBe('/?env=STAGING')
  await searchBox(page).fill(name)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(name)
  await expectRowsSettled(page)
  return pathAndQuery(page)
}

test('at 1280 px, Back with Suspend open closes it as Escape does, and the list stays on its view; the next Back goes back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openView(page, '/?env=PRODUCTION')
  const production = await rangeText(page).innerText()
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE' && k.environment === 'STAGING')
  const searched = await stagingSearchedFor(page, key.name)
  const searchedRange = await rangeText(page).innerText()
  await chooseRowAction(page, key, 'Suspend')
  const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Leaving by Back')

  await page.goBack()
  await expect(dialog).toBeHidden()
  await expect(actionsButton(page, key)).toBeFocused()
  await expect.poll(() => pathAndQuery(page)).toBe(searched)
  await expect(rangeText(page)).toHaveText(searchedRange)
  expect((await storedKeys(page)).find((k) => k.id === key.id)?.status).toBe('ACTIVE')

  // Nothing open now: Back is Back.
  await page.goBack()
  await expect.poll(() => pathAndQuery(page)).toBe('/?env=PRODUCTION')
  await expect(rangeText(page)).toHaveText(production)
})

test('at 1280 px, Back with a row’s menu open closes the menu, the focus on its button; Forward with one open does the same', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openView(page, '/?env=PRODUCTION')
  const keys = await storedKeys(page)
  const key = pickKey(keys, (k) => k.environment === 'STAGING')
  const searched = await stagingSearchedFor(page, key.name)
  const menu = await openRowMenu(page, key)
  await page.goBack()
  await expect(menu).toBeHidden()
  await expect(actionsButton(page, key)).toBeFocused()
  await expect.poll(() => pathAndQuery(page)).toBe(searched)

  await page.goBack()
  await expect.poll(() => pathAndQuery(page)).toBe('/?env=PRODUCTION')
  await expectRowsSettled(page)
  const production = await rangeText(page).innerText()
  const first = pickKey(keys, (k) => k.environment === 'PRODUCTION')
  await searchBox(page).fill(first.name)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(first.name)
  await expectRowsSettled(page)
  const shownMenu = await openRowMenu(page, first)
  await page.goForward()
  await expect(shownMenu).toBeHidden()
  await expect(actionsButton(page, first)).toBeFocused()
  await expect.poll(() => new URL(page.url()).searchParams.get('env')).toBe('PRODUCTION')
  await expect(rangeText(page)).not.toHaveText(production)
})

test.describe('on a phone, by touch', () => {
  test.use({ hasTouch: true, colorScheme: 'dark' })

  test('at 375 px, Back on the secret step of a key created after coming from the audit asks first, and the secret stays', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/audit')
    await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible()
    await page.getByRole('banner').getByRole('link', { name: 'Keys' }).tap()
    await expect.poll(() => pathAndQuery(page)).toBe('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'Create key' }).first().tap()
    const create = page.getByRole('dialog', { name: 'Create API key' })
    await create.getByRole('textbox', { name: 'Name' }).fill('Back from the audit')
    await create.getByRole('radio', { name: 'Service' }).tap()
    await create.getByRole('radio', { name: 'Staging' }).tap()
    await create.getByRole('button', { name: 'Create key' }).tap()
    const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
    const secret = step.getByRole('textbox', { name: 'Secret key' })
    await expect(secret).toHaveValue(/\S/)
    const shown = await secret.inputValue()

    await page.goBack()
    const confirm = page.getByRole('alertdialog', { name: 'Close without the secret of Back from the audit?' })
    await expect(confirm).toBeVisible()
    await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused()
    await expect.poll(() => pathAndQuery(page)).toBe('/')
    await confirm.getByRole('button', { name: 'Go back' }).tap()
    await expect(confirm).toBeHidden()
    await expect(secret).toHaveValue(shown)
    await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toHaveCount(0)
  })

  test('at 320 px, Back on step 2 of a rotation started on the key’s page asks first, and the rotation goes on', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await openView(page, '/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await openView(page, `/?q=${encodeURIComponent(key.name)}`)
    await page.getByRole('link', { name: key.name, exact: true }).tap()
    await expect(page.getByRole('heading', { name: key.name, level: 1 })).toBeVisible()
    const keyPage = pathAndQuery(page)
    await page.getByRole('button', { name: 'Rotate…' }).tap()
    const dialog = page.getByRole('dialog', { name: `Rotate ${key.name}`, exact: true })
    await dialog.getByRole('button', { name: 'Create replacement' }).tap()
    await expect(dialog).toContainText('Step 2 of 3: Save the new secret')

    await page.goBack()
    const confirm = page.getByRole('alertdialog', { name: /^Close without the secret of / })
    await expect(confirm).toBeVisible()
    await expect.poll(() => pathAndQuery(page)).toBe(keyPage)
    await confirm.getByRole('button', { name: 'Go back' }).tap()
    await expect(confirm).toBeHidden()
    await expect(dialog).toContainText('Step 2 of 3: Save the new secret')
    // Behind the dialog (hidden from role queries while it is open): still the key's page.
    await expect(page.locator('main h1')).toHaveText(key.name)
  })
})
