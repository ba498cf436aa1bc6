import type { Locator, Page } from '@playwright/test'
import { DEMO_STORE_KEY, type StoredKey } from './page-helpers'

/** A stored key with every field the detail shows. */
export type FullStoredKey = StoredKey & { api_key: string; description: string | null; permissions: string[]; update_time: string | null }

export async function fullStoredKeys(page: Page): Promise<FullStoredKey[]> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, DEMO_STORE_KEY)
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as FullStoredKey[], DEMO_STORE_KEY)
}

export const detailHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 })
/** A field of the detail's list: its value, by the term's name. */
export const detailField = (page: Page, term: string): Locator => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd')
export const keyActions = (page: Page): Locator => page.getByRole('group', { name: 'Key actions' })
