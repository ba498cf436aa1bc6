import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { bodyRows, columnIndex, DEMO_STORE_KEY, expectSettled, keysTable, pagination, pressUntilFocused, storedKeys, type StoredKey } from './page-helpers'

const HOUR = 3600_000
export const DAY = 24 * HOUR

/** An organisation without keys: the demo's store is empty on the tab's first load (after `startFromSeed`). */
export async function startWithoutKeys(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('e2e-empty')) return
    localStorage.setItem(key, '[]')
    sessionStorage.setItem('e2e-empty', '1')
  }, DEMO_STORE_KEY)
}

/** The instant "not used in N days" is measured from: the app rounds now down to the hour. */
export function hourNow(): number {
  return Math.floor(Date.now() / HOUR) * HOUR
}

export const notUsedSince = (days: number) => (key: StoredKey) => key.last_used_at === null || Date.parse(key.last_used_at) < hourNow() - days * DAY

export const rangeText = (page: Page): Locator => pagination(page).getByText(/^\d[\d,]*–\d[\d,]* of \d[\d,]*$|^No rows$/)
export const nextButton = (page: Page): Locator => pagination(page).getByRole('button', { name: 'Next' })
export const previousButton = (page: Page): Locator => pagination(page).getByRole('button', { name: 'Previous' })
export const firstPageButton = (page: Page): Locator => pagination(page).getByRole('button', { name: 'First page' })
export const pageSizeSelect = (page: Page): Locator => pagination(page).getByRole('combobox', { name: 'Rows per page' })
export const sortButton = (page: Page, column: 'Name' | 'Created' | 'Last used'): Locator =>
  keysTable(page).getByRole('columnheader', { name: column }).getByRole('button', { name: column })
export const columnHeader = (page: Page, column: string): Locator => keysTable(page).getByRole('columnheader', { name: column, exact: true })

/** Waits until the table shows this server page: the range text, and no previous page kept on screen. */
export async function expectRange(page: Page, first: number, last: number, total: number): Promise<void> {
  const format = (n: number) => new Intl.NumberFormat('en').format(n)
  await expect(rangeText(page)).toHaveText(`${format(first)}–${format(last)} of ${format(total)}`)
  await expectSettled(page)
}

/** The first page of a view with `total` keys, `size` to a page. */
export async function expectFirstPage(page: Page, total: number, size = 20): Promise<void> {
  await expectRange(page, 1, Math.min(size, total), total)
}

/** A column's position for `:nth-child` (from 1). */
async function columnNumber(page: Page, header: string): Promise<number> {
  return (await columnIndex(page, header)) + 1
}

/** The text of every cell of one column on the page shown. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const n = await columnNumber(page, header)
  return (await bodyRows(page).locator(`td:nth-child(${n})`).allInnerTexts()).map((text) => text.trim())
}

/** The instants (ISO) of a time column; `null` where the cell shows none ("Never"). */
export async function columnTimes(page: Page, header: 'Created' | 'Last used'): Promise<(string | null)[]> {
  const n = await columnNumber(page, header)
  return bodyRows(page)
    .locator(`td:nth-child(${n})`)
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('time')?.getAttribute('datetime') ?? null))
}

/** The full ids of the rows shown: the ID cell shortens the id and keeps it whole in its title. */
export async function rowIds(page: Page): Promise<string[]> {
  const n = await columnNumber(page, 'ID')
  return bodyRows(page)
    .locator(`td:nth-child(${n}) code`)
    .evaluateAll((codes) => codes.map((code) => code.getAttribute('title') ?? ''))
}

/** The names shown, as the Name cell labels a key. */
export async function rowNames(page: Page): Promise<string[]> {
  const n = await columnNumber(page, 'Name')
  return bodyRows(page)
    .locator(`td:nth-child(${n}) > div > div:first-child`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''))
}

/** The query of the page's URL as an object, for comparing without caring about order. */
export function urlParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams.entries())
}

/**
 * The ids of the stored keys in the order the list should show them, sorted in the page (the same
 * collation the mock uses): nulls last in either direction, ties by id. `where` filters first.
 */
export async function expectedOrder(
  page: Page,
  field: 'name' | 'create_time' | 'last_used_at',
  desc: boolean,
  where: (key: StoredKey) => boolean = () => true,
): Promise<string[]> {
  const ids = [...new Set((await storedKeys(page)).filter(where).map((key) => key.id))]
  return page.evaluate(
    (args) => {
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
      const records = (JSON.parse(localStorage.getItem(args.storeKey) ?? '[]') as Record<string, string | null>[]).filter((r) => args.ids.includes(r.id ?? ''))
      return records
        .sort((a, b) => {
          const x = a[args.field] ?? null
          const y = b[args.field] ?? null
          if ((x === null) !== (y === null)) return x === null ? 1 : -1
          const order = x === null || y === null ? 0 : args.field === 'name' ? collator.compare(x, y) : x.localeCompare(y)
          if (order !== 0) return args.desc ? -order : order
          return (a.id ?? '') < (b.id ?? '') ? -1 : 1
        })
        .map((r) => r.id ?? '')
    },
    { storeKey: DEMO_STORE_KEY, field, desc, ids },
  )
}

/** Presses Tab until `target` has focus (at most `max` times). */
export async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  await pressUntilFocused(page, target, 'Tab', max)
}
