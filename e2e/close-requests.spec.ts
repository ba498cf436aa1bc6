import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { chooseRowAction, openRowMenu, openView } from './key-actions-helpers'
import { actionsButton, bodyRows, filters, pickKey, startFromSeed, storedKeys } from './page-helpers'

// A phone's Back (Android's gesture or button) is a close request: with a dialog open it closes the
// dialog as Escape would, guards included, and leaves the page's history alone. Playwright cannot
// press Android's Back; Chromium's close watchers are what Android's Back reaches, so the test
// sends the request to the newest one, as Back does.

/** What the test needs of a close watcher. */
interface Watcher {
  requestClose(): void
}
type WatcherClass = new (options?: object) => Watcher
type Watched = { CloseWatcher?: WatcherClass; closeWatchersSeen?: Watcher[] }

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  // Notes each close watcher the page makes, newest last.
  await page.addInitScript(() => {
    const scope = window as unknown as Watched
    const Native = scope.CloseWatcher
    if (typeof Native !== 'function') return
    const seen: Watcher[] = []
    scope.closeWatchersSeen = seen
    // Open until destroyed or closed, as the browser keeps them.
    scope.CloseWatcher = class extends Native {
      constructor(options?: object) {
        super(options)
        seen.push(this)
        ;(this as unknown as EventTarget).addEventListener('close', () => this.forget())
      }
      destroy() {
        this.forget()
        ;(Native.prototype as unknown as { destroy: () => void }).destroy.call(this)
      }
      forget() {
        const at = seen.indexOf(this)
        if (at >= 0) seen.splice(at, 1)
      }
    }
  })
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Back on a phone: a close request to the newest close watcher still open (none: Back would go to history). */
async function pressBack(page: Page): Promise<void> {
  const sent = await page.evaluate(() => {
    const watcher = (window as unknown as Watched).closeWatchersSeen?.at(-1)
    if (!watcher) return false
    watcher.requestClose()
    return true
  })
  expect(sent, 'a close watcher to send Back to').toBe(true)
}

const historyLength = (page: Page) => page.evaluate(() => history.length)

test('Back closes the phone filters sheet, keeps the page and its history, and returns focus to Filters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openView(page, '/?env=PRODUCTION')
  const url = page.url()
  const entries = await historyLength(page)
  const button = filters(page).getByRole('button', { name: /^Filters/ })
  await button.click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await expect(sheet).toBeVisible()
  await pressBack(page)
  await expect(sheet).toBeHidden()
  await expect(button).toBeFocused()
  expect(page.url()).toBe(url)
  expect(await historyLength(page)).toBe(entries)
})

test('Back on a confirmation cancels it: the key stays as it was', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  const url = page.url()
  await chooseRowAction(page, key, 'Revoke')
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await expect(dialog).toBeVisible()
  await pressBack(page)
  await expect(dialog).toBeHidden()
  expect(page.url()).toBe(url)
  expect((await storedKeys(page)).find((k) => k.id === key.id)?.status).toBe('ACTIVE')
})

test('Back on the secret step asks first, as Escape does; Back again keeps the secret on screen, and Escape is not taken twice', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openView(page, '/')
  const url = page.url()
  await page.getByRole('button', { name: 'Create key' }).click()
  const create = page.getByRole('dialog', { name: 'Create API key' })
  await create.getByRole('textbox', { name: 'Name' }).fill('Back on a phone')
  await create.getByRole('radio', { name: 'Service' }).check()
  await create.getByRole('radio', { name: 'Development' }).check()
  await create.getByRole('button', { name: 'Create key' }).click()
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  const secret = step.getByRole('textbox', { name: 'Secret key' })
  await expect(secret).toHaveValue(/\S/)
  const shown = await secret.inputValue()
  const confirm = page.getByRole('alertdialog', { name: 'Close without the secret of Back on a phone?' })

  await pressBack(page)
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused()
  // Back on the question is its Escape: Go back, to the secret.
  await pressBack(page)
  await expect(confirm).toBeHidden()
  await expect(secret).toHaveValue(shown)
  expect(page.url()).toBe(url)

  // Escape asks once: a watcher that also heard it would have sent a second Escape, which closes the question.
  await page.keyboard.press('Escape')
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Go back' }).click()
  await expect(confirm).toBeHidden()
  await expect(secret).toHaveValue(shown)
  // And Back still works after all that: the step's watcher was set again.
  await pressBack(page)
  await expect(confirm).toBeVisible()
})

test('Back closes a row menu and the scopes popover, not the page, and focus goes back to their buttons', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  const url = page.url()
  const entries = await historyLength(page)
  const menu = await openRowMenu(page, key)
  await pressBack(page)
  await expect(menu).toBeHidden()
  await expect(actionsButton(page, key)).toBeFocused()

  await openView(page, '/?env=PRODUCTION')
  const scopes = bodyRows(page).getByRole('button', { name: /^\d+ scopes? of / }).first()
  await scopes.click()
  const popover = page.getByRole('dialog', { name: /^Scopes of / })
  await expect(popover).toBeVisible()
  const there = page.url()
  const entriesThere = await historyLength(page)
  await pressBack(page)
  await expect(popover).toBeHidden()
  await expect(scopes).toBeFocused()
  expect(page.url()).toBe(there)
  expect(await historyLength(page)).toBe(entriesThere)
  expect(entriesThere).toBeGreaterThan(entries)
  expect(url).not.toBe(there)
})
