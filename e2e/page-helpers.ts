import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

// Helpers every e2e suite shares: the keys page, its table, and the demo's in-browser store.

// --- Keys and their statuses ------------------------------------------------------------------

export type Status = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED'
export const STATUS_TEXT: Record<Status, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended', REVOKED: 'Revoked', EXPIRED: 'Expired' }

/** Names a test can type and search for: plain text (no scripts, emoji or markup), and no other key's name contains them. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9 ()-]{2,60}$/

/** The newest key matching `where` with a plain, unique name. */
export function pickKey<K extends { name: string | null; create_time: string }>(keys: readonly K[], where: (key: K) => boolean): K & { name: string } {
  const found = keys
    .filter((key): key is K & { name: string } => key.name !== null && PLAIN_NAME.test(key.name) && where(key))
    .filter((key) => !keys.some((other) => other !== key && (other.name ?? '').toLowerCase().includes(key.name.toLowerCase())))
    .sort((a, b) => b.create_time.localeCompare(a.create_time))[0]
  if (!found) throw new Error('No seeded key matches')
  return found
}

// --- The demo's in-browser store --------------------------------------------------------------

/** Where the demo keeps the mock's (masked) records: the server's state, for the demo's tests. */
export const DEMO_STORE_KEY = 'coval-demo-store:v1'

/** The fields of a stored key the tests compute expectations from. */
export interface StoredKey {
  id: string
  name: string | null
  key_type: string
  environment?: string
  status: Status
  create_time: string
  last_used_at: string | null
  description?: string | null
}

/**
 * Each test starts from the seed: the demo keeps its state in the browser between reloads, so
 * storage is cleared on the tab's first load only (a reload or Back keeps what the test did).
 */
export async function startFromSeed(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-started')) return
    localStorage.clear()
    sessionStorage.setItem('e2e-started', '1')
  })
}

/** The records the in-browser mock answers from: the oracle for counts and orders. */
export async function storedKeys(page: Page): Promise<StoredKey[]> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, DEMO_STORE_KEY)
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as StoredKey[], DEMO_STORE_KEY)
}

/**
 * Gives a stored key another name or description, as a server holding it so would send it (text the
 * form refuses, or longer than it takes). The page shows it after its next read (a reload or a new view).
 */
export async function editStoredKey(page: Page, id: string, fields: { name?: string; description?: string }): Promise<void> {
  await page.evaluate(
    (change) => {
      const records = JSON.parse(localStorage.getItem(change.storeKey) ?? '[]') as { id: string }[]
      localStorage.setItem(change.storeKey, JSON.stringify(records.map((record) => (record.id === change.id ? { ...record, ...change.fields } : record))))
    },
    { storeKey: DEMO_STORE_KEY, id, fields },
  )
}

export const renameStoredKey = (page: Page, id: string, name: string): Promise<void> => editStoredKey(page, id, { name })

// --- The page ---------------------------------------------------------------------------------

export const keysTable = (page: Page): Locator => page.getByRole('table', { name: 'API keys' })
export const bodyRows = (page: Page): Locator => keysTable(page).locator('tbody tr')
export const rowOf = (page: Page, id: string): Locator => bodyRows(page).filter({ has: page.locator(`code[title="${id}"]`) })
export const pagination = (page: Page): Locator => page.getByRole('navigation', { name: 'Pagination' })
export const notifications = (page: Page): Locator => page.getByRole('region', { name: 'Notifications' })
export const filters = (page: Page): Locator => page.getByRole('search', { name: 'Filter keys' })
export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search keys by name' })

/** One option of a filter group in the toolbar: Environment, Status, Type, Last used. */
export function filterOption(page: Page, group: 'Environment' | 'Status' | 'Type' | 'Last used', option: string): Locator {
  return filters(page).getByRole('group', { name: group, exact: true }).getByRole('button', { name: option, exact: true })
}

/**
 * Chooses a filter option at any width: from the toolbar, or on a phone (≤ 640 px) from the sheet
 * its Filters button opens, closed again with Escape.
 */
export async function chooseFilter(page: Page, group: 'Environment' | 'Status' | 'Type' | 'Last used', option: string): Promise<void> {
  const opener = filters(page).getByRole('button', { name: /^Filters/ })
  if (!(await opener.isVisible())) return filterOption(page, group, option).click()
  await opener.click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await sheet.getByRole('group', { name: group, exact: true }).getByRole('button', { name: option, exact: true }).click()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
}

/** The rows shown are the current view's, not the previous one's kept while loading. */
export async function expectSettled(page: Page): Promise<void> {
  await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByText('Updating…')).toHaveCount(0)
}

/** The table shows rows, and they are the current view's (`expectSettled` once a row is visible). */
export async function expectRowsSettled(page: Page): Promise<void> {
  await expect(bodyRows(page).first()).toBeVisible()
  await expectSettled(page)
}

/** The position (from 0) of a column among the table's headers. */
export async function columnIndex(page: Page, header: string): Promise<number> {
  // Waits for the column: while a new view loads, the table may not be there yet (a skeleton is).
  let headers: string[] = []
  await expect
    .poll(
      async () => {
        headers = await keysTable(page).locator('thead th').allInnerTexts()
        return headers.some((text) => text.trim() === header)
      },
      { message: `a "${header}" column in the keys table` },
    )
    .toBe(true)
  return headers.findIndex((text) => text.trim() === header)
}

/** The Status cell of a row: the badge's text. */
export async function statusCell(page: Page, row: Locator): Promise<Locator> {
  return row.locator('td').nth(await columnIndex(page, 'Status'))
}

export async function expectRowStatus(page: Page, id: string, status: Status): Promise<void> {
  await expect(await statusCell(page, rowOf(page, id))).toHaveText(STATUS_TEXT[status])
}

/** The row's actions button (a menu button whose menu loads on first press). */
export const actionsButton = (page: Page, key: { id: string; name: string }): Locator =>
  rowOf(page, key.id).getByRole('button', { name: `Actions for ${key.name}`, exact: true })

/** The menu a row's actions button opens. */
export const rowMenu = (page: Page, key: { name: string }): Locator => page.getByRole('menu', { name: `Actions for ${key.name}`, exact: true })

/** Presses `key` until `target` has focus (at most `max` times). */
export async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/**
 * In an open menu, ArrowDown until `item` has focus. Waits first for focus to enter the menu: a menu
 * whose code arrived after the key that opened it takes focus a moment after it shows, and arrows
 * pressed before then reach the button, not the menu.
 */
export async function arrowToMenuItem(page: Page, item: Locator, max = 12): Promise<void> {
  await expect(item).toBeVisible()
  await expect.poll(() => item.evaluate((el) => el.closest('[role="menu"]')?.contains(document.activeElement) === true), { message: 'focus never entered the menu' }).toBe(true)
  for (let i = 0; i < max && !(await item.evaluate((el) => el === document.activeElement)); i++) {
    const before = await page.evaluateHandle(() => document.activeElement)
    await page.keyboard.press('ArrowDown')
    // Radix moves the focus in a zero-delay timer after the key: wait for it to move before looking,
    // or a look can see the item before, and the next key move past the one wanted unseen.
    await page.waitForFunction((was) => document.activeElement !== was, before)
    await before.dispose()
  }
  await expect(item).toBeFocused()
}

/**
 * Lets the timers already queued run, as any human pause between two presses would: Radix arms a
 * dialog's outside-press listener in a zero-delay timer, and Chromium runs input before timers.
 * It waits for those timers, not for a length of time: no state in the page shows the listener.
 */
export async function afterQueuedTimers(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

/**
 * With the page's clock installed (page.clock.install()): skips the back-off between a failing
 * read's retries, each scheduled only once the answer before came back, until `alert` shows.
 */
export async function skipRetriesUntilShown(page: Page, alert: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await page.clock.fastForward(10_000)
      return alert.isVisible()
    }, { timeout: 30_000 })
    .toBe(true)
}
