import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { rowIds } from './keys-table-helpers'
import { bodyRows, expectRowsSettled, rowOf, searchBox, startFromSeed } from './page-helpers'

const currentRow = (page: Page): Locator => bodyRows(page).and(page.locator('[aria-current="true"]'))
const nameLink = (page: Page, id: string): Locator => rowOf(page, id).getByRole('link').first()
const checkbox = (page: Page, id: string): Locator => rowOf(page, id).getByRole('checkbox')
const helpDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Keyboard shortcuts' })
const createDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Create API key' })
const singleKeySwitch = (page: Page): Locator => helpDialog(page).getByRole('switch', { name: /Single-key shortcuts/ })

/** The ids of the rows shown, once the list has settled. */
async function openList(page: Page): Promise<string[]> {
  await page.goto('/')
  await expectRowsSettled(page)
  const ids = await rowIds(page)
  expect(ids.length).toBeGreaterThanOrEqual(8)
  return ids
}

function at(ids: readonly string[], index: number): string {
  const id = ids[index]
  if (id === undefined) throw new Error(`No row ${index + 1}`)
  return id
}

async function expectFocusedRow(page: Page, id: string): Promise<void> {
  await expect(currentRow(page)).toHaveCount(1)
  await expect(currentRow(page)).toHaveAttribute('data-row-id', id)
  await expect(nameLink(page, id)).toBeFocused()
}

/** Which of the rows are checked, as booleans in row order. */
async function checkedRows(page: Page, ids: readonly string[]): Promise<boolean[]> {
  return Promise.all(ids.map((id) => checkbox(page, id).isChecked()))
}

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('j and k move the focused row, and Enter opens its key', async ({ page }) => {
  const ids = await openList(page)
  await expect(currentRow(page)).toHaveCount(0)
  await page.keyboard.press('j')
  await expectFocusedRow(page, at(ids, 0))
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expectFocusedRow(page, at(ids, 2))
  await page.keyboard.press('k')
  await expectFocusedRow(page, at(ids, 1))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/keys/${ids[1]}$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('c opens Create from a focused row, and closing it gives the focus back to that row', async ({ page }) => {
  const ids = await openList(page)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expectFocusedRow(page, at(ids, 1))
  await page.keyboard.press('c')
  await expect(createDialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(createDialog(page)).toHaveCount(0)
  await expectFocusedRow(page, at(ids, 1))
})

test('x selects the focused row, Shift+x the range from the last row toggled', async ({ page }) => {
  const ids = (await openList(page)).slice(0, 8)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('x')
  await expect(checkbox(page, at(ids, 1))).toBeChecked()
  await page.keyboard.press('x')
  await expect(checkbox(page, at(ids, 1))).not.toBeChecked()
  await page.keyboard.press('x')
  for (let i = 0; i < 3; i++) await page.keyboard.press('j')
  await expectFocusedRow(page, at(ids, 4))
  await page.keyboard.press('Shift+X')
  await expect(checkbox(page, at(ids, 4))).toBeChecked()
  expect(await checkedRows(page, ids)).toEqual([false, true, true, true, true, false, false, false])
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('4 selected')
})

test('Shift+click on row checkboxes selects a range', async ({ page }) => {
  const ids = (await openList(page)).slice(0, 8)
  await checkbox(page, at(ids, 6)).click()
  await checkbox(page, at(ids, 2)).click({ modifiers: ['Shift'] })
  await expect(checkbox(page, at(ids, 2))).toBeChecked()
  expect(await checkedRows(page, ids)).toEqual([false, false, true, true, true, true, true, false])
  // A plain click still toggles one row only.
  await checkbox(page, at(ids, 4)).click()
  await expect(checkbox(page, at(ids, 4))).not.toBeChecked()
  expect(await checkedRows(page, ids)).toEqual([false, false, true, true, false, true, true, false])
})

test('/ focuses the search, c opens Create, and no shortcut fires while typing or with a dialog open', async ({ page }) => {
  await openList(page)
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('jkxc?')
  await expect(searchBox(page)).toHaveValue('jkxc?')
  await expect(currentRow(page)).toHaveCount(0)
  await expect(createDialog(page)).toHaveCount(0)
  await expect(helpDialog(page)).toHaveCount(0)
  await searchBox(page).fill('')

  await page.locator('main').click({ position: { x: 1, y: 1 } })
  await page.keyboard.press('c')
  await expect(createDialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(createDialog(page)).toHaveCount(0)

  // With the help open (focus on its switch, not a field), the dialog alone keeps c and j out.
  await page.keyboard.press('?')
  await expect(helpDialog(page)).toBeVisible()
  await singleKeySwitch(page).focus()
  await page.keyboard.press('c')
  await page.keyboard.press('j')
  await expect(createDialog(page)).toHaveCount(0)
  await expect(currentRow(page)).toHaveCount(0)
  await expect(helpDialog(page)).toBeVisible()
})

test('the help lists every shortcut, passes axe, and turns single-key shortcuts off for good', async ({ page }) => {
  await openList(page)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  const help = helpDialog(page)
  await expect(help).toBeVisible()
  for (const action of ['Command palette', 'Search keys', 'Create key', 'Focus the next row', 'Focus the previous row', 'Open the focused key', 'Select or unselect the focused row', 'Show these shortcuts']) {
    await expect(help.getByRole('cell', { name: new RegExp(`^${action}`) })).toBeVisible()
  }
  await expect(singleKeySwitch(page)).toHaveAttribute('aria-checked', 'true')
  // Named by its label alone ("Off: …" in its name read as its state while it was on); what off means is its description.
  await expect(singleKeySwitch(page)).toHaveAccessibleName('Single-key shortcuts')
  await expect(singleKeySwitch(page)).toHaveAccessibleDescription(/^When off, letters and symbols do nothing/)
  await expectNoAxeViolations(page)
  await singleKeySwitch(page).press('Space')
  await expect(singleKeySwitch(page)).toHaveAttribute('aria-checked', 'false')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  await page.reload()
  await expectRowsSettled(page)
  for (const key of ['j', 'c', '?', '/']) await page.keyboard.press(key)
  await expect(currentRow(page)).toHaveCount(0)
  await expect(createDialog(page)).toHaveCount(0)
  await expect(help).toHaveCount(0)
  await expect(searchBox(page)).not.toBeFocused()

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await expect(singleKeySwitch(page)).toHaveAttribute('aria-checked', 'false')
  await singleKeySwitch(page).click()
  await page.keyboard.press('Escape')
  await page.keyboard.press('j')
  await expect(currentRow(page)).toHaveCount(1)
})

test('the help at 320 px in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await openList(page)
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.keyboard.press('?')
  await expect(helpDialog(page)).toBeVisible()
  await expect(singleKeySwitch(page)).toBeInViewport()
  const overflow = await helpDialog(page).evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
})
