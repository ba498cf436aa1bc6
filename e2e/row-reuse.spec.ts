// The keys table reuses a row's elements for another key once theirs has gone (a page turn updates
// the rows in place): what belongs to a key must stay with the key when the rows move under it.
// Here, the keyboard's focus.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { chooseRowAction, openView, statusToasts, type NamedKey } from './key-actions-helpers'
import { bodyRows, rowOf, startFromSeed, storedKeys } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** The shown rows' keys, top to bottom. */
async function shownKeys(page: Page): Promise<NamedKey[]> {
  const stored = await storedKeys(page)
  const ids = await bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title') ?? ''))
  return ids.map((id) => {
    const key = stored.find((k) => k.id === id)
    if (!key?.name) throw new Error(`No named stored key ${id}`)
    return { ...key, name: key.name }
  })
}

for (const width of [375, 1280]) {
  test(`at ${width} px, focus on a row’s box stays on its key when a key comes back above it (z, the Undo shortcut)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 })
    await openView(page, '/?status=ACTIVE')
    const before = await shownKeys(page)
    const above = before[1]
    const focused = before[4]
    if (!above || !focused) throw new Error('The seed shows fewer than 5 active keys')
    await chooseRowAction(page, above, 'Suspend')
    await page.getByRole('dialog', { name: `Suspend ${above.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    // Suspended, it leaves the active keys: the rows below it move up one.
    await expect(rowOf(page, above.id)).toHaveCount(0)
    await expect(statusToasts(page).getByRole('button', { name: 'Undo' })).toBeEnabled()
    const box = rowOf(page, focused.id).getByRole('checkbox', { name: `Select ${focused.name}`, exact: true })
    await box.focus()
    await page.keyboard.press('z')
    // Back in its place: the focused key moves down one row, and the focus with it.
    await expect(rowOf(page, above.id)).toHaveCount(1)
    await expect.poll(async () => (await shownKeys(page)).map((key) => key.id)).toEqual(before.map((key) => key.id))
    await expect(box).toBeFocused()
    // Space acts on the key that has the focus.
    await page.keyboard.press('Space')
    await expect(box).toBeChecked()
    await expect(bodyRows(page).getByRole('checkbox', { checked: true })).toHaveCount(1)
  })
}
