import { screen, waitFor, within } from '@testing-library/react'

// The keys page as a person reads it: the table by its name, cells by their column's header.

export const keysTable = () => screen.getByRole('table', { name: /^API keys/ })
export const pagination = () => screen.getByRole('navigation', { name: 'Pagination' })
export const filters = () => screen.getByRole('search', { name: 'Filter keys' })

/** The table's body rows (the header row left out). */
export function bodyRows(): HTMLElement[] {
  return within(keysTable()).getAllByRole('row').filter((row) => within(row).queryAllByRole('columnheader').length === 0)
}

/** One cell of a row, found by its column's header text. */
export function cellOf(row: HTMLElement, header: string): HTMLElement {
  const headers = within(keysTable()).getAllByRole('columnheader').map((th) => th.textContent?.trim())
  const index = headers.indexOf(header)
  if (index < 0) throw new Error(`No "${header}" column among ${headers.join(', ')}`)
  const cell = row.children.item(index)
  if (!(cell instanceof HTMLElement)) throw new Error(`The row has no cell under "${header}"`)
  return cell
}

/** The text of one column on the page shown. */
export const columnTexts = (header: string) => bodyRows().map((row) => cellOf(row, header).textContent?.trim() ?? '')

/** The full ids of the rows shown, read from the ID column (its text is shortened, its title is not). */
export const shownIds = () => bodyRows().map((row) => within(cellOf(row, 'ID')).getByTitle(/^[0-9A-Z]{26}$/).title)

/** The row of one key, found by its id in the ID column. */
export function rowOf(id: string): HTMLElement {
  const row = bodyRows().find((r) => within(cellOf(r, 'ID')).queryByTitle(id) !== null)
  if (!row) throw new Error(`No row for ${id}`)
  return row
}

/** A button of a toolbar group: Environment, Status, Type, Last used. */
export const filterOption = (group: string, option: string) =>
  within(within(filters()).getByRole('group', { name: group })).getByRole('button', { name: option })

/** How long a page test waits for the page to show a state: a busy 2-core machine, not the 5 s default. */
export const SLOW = { timeout: 15_000 }

/** Waits until the pagination says this range and the table is no longer busy (the rows are that view's). */
export async function expectRange(text: string) {
  await waitFor(() => {
    expect(within(pagination()).getByText(text)).toBeInTheDocument()
    expect(keysTable()).toHaveAttribute('aria-busy', 'false')
  }, SLOW)
}

/** The newest key `where` allows whose plain name no other key's name holds, so a search finds it alone. */
export function uniqueKey<K extends { name?: string | null; create_time?: string }>(keys: readonly K[], where: (key: K) => boolean = () => true): K & { name: string } {
  const found = keys
    .filter((key): key is K & { name: string } => typeof key.name === 'string' && /^[A-Za-z][A-Za-z0-9 ()-]{2,60}$/.test(key.name) && where(key))
    .filter((key) => !keys.some((other) => other !== key && (other.name ?? '').toLowerCase().includes(key.name.toLowerCase())))
    .sort((a, b) => (b.create_time ?? '').localeCompare(a.create_time ?? ''))[0]
  if (!found) throw new Error('No seeded key matches')
  return found
}
