import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { rowIds } from './keys-table-helpers'
import { bodyRows, expectRowsSettled, expectSettled, filters, pagination } from './page-helpers'
import { viewRecords, type ServerRecord } from './view-oracle'

export const advancedButton = (page: Page): Locator => filters(page).getByRole('button', { name: /^Advanced/ })
export const expressionField = (page: Page): Locator => page.getByRole('combobox', { name: 'Filter expression' })
export const suggestions = (page: Page): Locator => page.getByRole('listbox', { name: 'Suggestions' })
export const filterParam = (page: Page): string | null => new URL(page.url()).searchParams.get('filter')

/** Service keys last used before the middle of the server's uses: a cut that splits the keys. */
export function serviceUsedBefore(records: readonly ServerRecord[]): { expression: string; matches: (record: ServerRecord) => boolean } {
  const uses = records.flatMap((record) => (record.last_used_at === null ? [] : [Date.parse(record.last_used_at)])).sort((a, b) => a - b)
  const cut = uses[Math.floor(uses.length / 2)] ?? 0
  return {
    expression: `key_type=SERVICE AND last_used_at<"${new Date(cut).toISOString()}"`,
    matches: (record) => record.key_type === 'SERVICE' && record.last_used_at !== null && Date.parse(record.last_used_at) < cut,
  }
}

/** The ids the page should show for `records` that match, newest first (page size 100, every status). */
export async function expectedIds(page: Page, matching: readonly ServerRecord[]): Promise<string[]> {
  return (await viewRecords(page, matching, '?size=100')).map((record) => record.id)
}

/** The first page (size 100) shows exactly `ids`' first hundred, with their count. */
export async function expectFirstHundred(page: Page, ids: readonly string[]): Promise<void> {
  expect(ids.length).toBeGreaterThan(0)
  const shown = Math.min(ids.length, 100)
  await expect(pagination(page).getByText(`1–${shown} of ${ids.length}`, { exact: true })).toBeVisible({ timeout: 15_000 })
  await expectSettled(page)
  expect(await rowIds(page)).toEqual(ids.slice(0, shown))
}

/** Opens the Advanced row by its toggle; the field takes focus. */
export async function openAdvanced(page: Page): Promise<Locator> {
  await advancedButton(page).click()
  await expect(advancedButton(page)).toHaveAttribute('aria-expanded', 'true')
  const field = expressionField(page)
  await expect(field).toBeFocused()
  return field
}

/** The first rows are in: a connected page's first answer may take a while on a busy machine. */
export async function listShown(page: Page): Promise<void> {
  await expect(bodyRows(page).first()).toBeVisible({ timeout: 20_000 })
  await expectRowsSettled(page)
}
