import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Where the demo keeps the mock's (masked) records: the server's state, for these tests. */
export const DEMO_STORE_KEY = 'coval-demo-store:v1'

export type Status = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED'
export const STATUS_TEXT: Record<Status, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended', REVOKED: 'Revoked', EXPIRED: 'Expired' }

export interface StoredKey {
  id: string
  name: string | null
  environment?: string
  status: Status
  create_time: string
}

/**
 * Each test starts from the seed: storage is cleared on the tab's first load only, so a reload
 * keeps what the test did (the demo's mock keeps its records in localStorage).
 */
export async function startFromSeed(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-started')) return
    localStorage.clear()
    sessionStorage.setItem('e2e-started', '1')
  })
}

/** The records the in-browser mock answers from. */
export async function storedKeys(page: Page): Promise<StoredKey[]> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, DEMO_STORE_KEY)
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as StoredKey[], DEMO_STORE_KEY)
}

/** One stored key, or undefined once deleted. */
export async function storedKey(page: Page, id: string): Promise<StoredKey | undefined> {
  return (await storedKeys(page)).find((key) => key.id === id)
}

/** Names a test can type and search for without caring about scripts, emoji or markup. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9 ()-]{2,60}$/

export type NamedKey = StoredKey & { name: string }

/** Seeded keys with plain, unique names matching `where`, newest first. */
export function plainKeys(keys: readonly StoredKey[], where: (key: StoredKey) => boolean): NamedKey[] {
  return keys
    .filter((key): key is NamedKey => key.name !== null && PLAIN_NAME.test(key.name) && where(key))
    .filter((key) => !keys.some((other) => other !== key && other.name !== null && other.name.toLowerCase().includes(key.name.toLowerCase())))
    .sort((a, b) => b.create_time.localeCompare(a.create_time))
}

export function pickKey(keys: readonly StoredKey[], where: (key: StoredKey) => boolean): NamedKey {
  const [key] = plainKeys(keys, where)
  if (!key) throw new Error('No seeded key matches')
  return key
}

export const keysTable = (page: Page): Locator => page.getByRole('table', { name: 'API keys' })
export const bodyRows = (page: Page): Locator => keysTable(page).locator('tbody tr')
export const rowOf = (page: Page, id: string): Locator => bodyRows(page).filter({ has: page.locator(`code[title="${id}"]`) })
export const pagination = (page: Page): Locator => page.getByRole('navigation', { name: 'Pagination' })
export const notifications = (page: Page): Locator => page.getByRole('region', { name: 'Notifications' })
/** Success and info toasts: a polite live region. */
export const statusToasts = (page: Page): Locator => notifications(page).getByRole('status')
/** Error toasts: an assertive live region. */
export const errorToasts = (page: Page): Locator => notifications(page).getByRole('alert')
export const bulkBar = (page: Page): Locator => page.getByRole('region', { name: 'Bulk actions' })

/** The table shows the current view's rows, not the previous ones kept while loading. */
export async function expectSettled(page: Page): Promise<void> {
  await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByText('Updating…')).toHaveCount(0)
}

/** Opens a view and waits for its rows. */
export async function openView(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(bodyRows(page).first()).toBeVisible()
  await expectSettled(page)
}

/** Opens the page searched down to one key's name; returns its row. */
export async function openKey(page: Page, key: NamedKey): Promise<Locator> {
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  const row = rowOf(page, key.id)
  await expect(row).toHaveCount(1)
  return row
}

async function columnIndex(page: Page, header: string): Promise<number> {
  const headers = await keysTable(page).locator('thead th').allInnerTexts()
  const index = headers.findIndex((text) => text.trim() === header)
  if (index < 0) throw new Error(`No column "${header}" in ${JSON.stringify(headers)}`)
  return index
}

/** The Status cell of a row: the badge's text. */
export async function statusCell(page: Page, row: Locator): Promise<Locator> {
  return row.locator('td').nth(await columnIndex(page, 'Status'))
}

export async function expectRowStatus(page: Page, id: string, status: Status): Promise<void> {
  await expect(await statusCell(page, rowOf(page, id))).toHaveText(STATUS_TEXT[status])
}

/** Waits until the server holds this status for the key. */
export async function expectStoredStatus(page: Page, id: string, status: Status): Promise<void> {
  await expect.poll(async () => (await storedKey(page, id))?.status).toBe(status)
}

/** The row's actions button (a menu button whose menu loads on first press). */
export const actionsButton = (page: Page, key: NamedKey): Locator =>
  rowOf(page, key.id).getByRole('button', { name: `Actions for ${key.name}`, exact: true })

/** Opens a row's menu with the pointer; returns the menu. */
export async function openRowMenu(page: Page, key: NamedKey): Promise<Locator> {
  await actionsButton(page, key).click()
  const menu = page.getByRole('menu', { name: `Actions for ${key.name}`, exact: true })
  await expect(menu).toBeVisible()
  return menu
}

/** The accessible names of the open menu's items, in order. */
export async function menuItemNames(menu: Locator): Promise<string[]> {
  const items = menu.getByRole('menuitem')
  const names: string[] = []
  for (let i = 0; i < (await items.count()); i++) names.push((await items.nth(i).getAttribute('aria-label')) ?? (await items.nth(i).innerText()))
  return names
}

/** Chooses an action from a row's menu. */
export async function chooseRowAction(page: Page, key: NamedKey, verb: 'Suspend' | 'Reactivate' | 'Revoke' | 'Delete'): Promise<void> {
  const menu = await openRowMenu(page, key)
  await menu.getByRole('menuitem', { name: `${verb} ${key.name}`, exact: true }).click()
  await expect(menu).toBeHidden()
}

/** The number the toolbar's count shows ("320 keys", "12 keys match"). */
export async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ keys?( match)?$/).innerText()
  return Number.parseInt(text, 10)
}

/** Presses `key` until `target` has focus (at most `max` times). */
export async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}
