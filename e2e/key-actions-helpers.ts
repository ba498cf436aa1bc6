import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { actionsButton, expectRowsSettled, notifications, rowMenu, rowOf, storedKeys, type Status, type StoredKey } from './page-helpers'

/** One stored key, or undefined once deleted. */
export async function storedKey(page: Page, id: string): Promise<StoredKey | undefined> {
  return (await storedKeys(page)).find((key) => key.id === id)
}

/** A stored key with a name (what `pickKey` returns). */
export type NamedKey = StoredKey & { name: string }

/** Success and info toasts: a polite live region. */
export const statusToasts = (page: Page): Locator => notifications(page).getByRole('status')
/** Error toasts: an assertive live region. */
export const errorToasts = (page: Page): Locator => notifications(page).getByRole('alert')
export const bulkBar = (page: Page): Locator => page.getByRole('region', { name: 'Bulk actions' })
/** A row's status cell, found without roles: an open dialog hides the table from them, not from sight. */
export const statusBehindDialog = (page: Page, id: string): Locator => page.locator(`tbody tr:has(code[title="${id}"]) td[data-column="status"]`)

/** Opens a view and waits for its rows. */
export async function openView(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expectRowsSettled(page)
}

/** Opens the page searched down to one key's name; returns its row. */
export async function openKey(page: Page, key: NamedKey): Promise<Locator> {
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  const row = rowOf(page, key.id)
  await expect(row).toHaveCount(1)
  return row
}

/** Waits until the server holds this status for the key. */
export async function expectStoredStatus(page: Page, id: string, status: Status): Promise<void> {
  await expect.poll(async () => (await storedKey(page, id))?.status).toBe(status)
}

/** Opens a row's menu with the pointer; returns the menu once it shows. */
export async function openRowMenu(page: Page, key: NamedKey): Promise<Locator> {
  await actionsButton(page, key).click()
  const menu = rowMenu(page, key)
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

/** Chooses an action from a row's menu (waiting for the menu to show first, unlike connected-helpers' one). */
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

/** Creates a Service key through the header's Create key dialog, past its secret step (stored, Done). */
export async function createServiceKey(page: Page, name: string, environment: 'Production' | 'Staging' | 'Development'): Promise<void> {
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('radio', { name: 'Service' }).check()
  await dialog.getByRole('radio', { name: environment }).check()
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await step.getByRole('button', { name: 'Done' }).click()
}
