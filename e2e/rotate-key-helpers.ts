import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { MOCK_API, listOnServer, filterString, type ServerKey } from './connected-helpers'
import { expect } from './fixtures'
import { actionsButton, rowMenu } from './page-helpers'
import type { AuditEntry } from '../src/mocks/store'

/** A key as the server lists it, with the description the rotation carries over. */
export type ServerKeyWithDescription = ServerKey & { description: string | null }


/** What the mock API kept of one key's changes, reasons included (`GET /__mock/audit`). */
export async function auditOf(request: APIRequestContext, keyId: string): Promise<AuditEntry[]> {
  const response = await request.get(`${MOCK_API}/__mock/audit`, { params: { key_id: keyId } })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { entries: AuditEntry[] }).entries
}

/** The keys of exactly this name on the server, any status. */
export async function serverKeysNamed(request: APIRequestContext, name: string): Promise<ServerKeyWithDescription[]> {
  const { api_keys } = await listOnServer(request, { filter: `name = ${filterString(name)}` })
  return (api_keys as ServerKeyWithDescription[]).filter((k) => k.name === name)
}

/** The rotate dialog of a key, at any step. */
export const rotationDialog = (page: Page, key: { name: string }): Locator => page.getByRole('dialog', { name: `Rotate ${key.name}`, exact: true })

/** Opens the rotation from the row's menu with the pointer; returns the dialog at step 1. */
export async function openRotation(page: Page, key: { id: string; name: string }): Promise<Locator> {
  await actionsButton(page, key).click()
  const menu = rowMenu(page, key)
  await menu.getByRole('menuitem', { name: `Rotate ${key.name}`, exact: true }).click()
  const dialog = rotationDialog(page, key)
  await expect(dialog).toContainText('Step 1 of 3: Review the replacement')
  return dialog
}

/** The page is no wider than the screen, and neither is the dialog. */
export async function expectFits(page: Page, dialog: Locator, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(width)
}
