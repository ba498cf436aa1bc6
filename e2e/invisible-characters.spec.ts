import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openView } from './key-actions-helpers'
import { pickKey, renameStoredKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

// A name with a right-to-left override reads as another ("Billing finance-work sync"): the page
// shows the override as a mark, takes the name typed as shown, and Create refuses such a name.

// Written as escapes: U+202E reverses what follows it until U+202C.
const NAME = 'Billing \u202Ekrow-ecnanif\u202C sync'
const SHOWN = 'Billing ⟨U+202E⟩krow-ecnanif⟨U+202C⟩ sync'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

test('a key named with a right-to-left override shows the mark, not the reversed text, and Revoke takes its name typed as shown', async ({ page }) => {
  await openView(page, '/?size=10')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  // Names come from the API as they were stored; the demo's store stands in for a server here.
  await renameStoredKey(page, key.id, NAME)

  // Found by the name as it reads without the override.
  await openView(page, `/?q=${encodeURIComponent('Billing krow')}`)
  const row = rowOf(page, key.id)
  await expect(row).toHaveCount(1)
  const link = row.getByRole('link', { name: SHOWN, exact: true })
  await expect(link).toHaveText(SHOWN)
  expect(await link.textContent()).not.toContain('\u202E')

  await chooseRowAction(page, { ...key, name: SHOWN }, 'Revoke')
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${SHOWN}?` })
  const typed = dialog.getByRole('textbox', { name: `Type ${SHOWN} to confirm` })
  const confirm = dialog.getByRole('button', { name: 'Revoke key' })
  // What the override made it look like is not its name.
  await typed.fill('Billing finance-work sync')
  await expect(dialog.getByText("That is not the key's name.")).toBeVisible()
  await expect(confirm).toBeDisabled()
  await typed.fill('Billing krow-ecnanif sync')
  await expect(confirm).toBeEnabled()
  await confirm.click()
  await expect(dialog).toBeHidden()
  await expectStoredStatus(page, key.id, 'REVOKED')
})

test('Create refuses a name with a right-to-left override, saying which character and where', async ({ page }) => {
  await openView(page, '/')
  await page.getByRole('button', { name: 'Create key' }).click()
  const create = page.getByRole('dialog', { name: 'Create API key' })
  const name = create.getByRole('textbox', { name: 'Name' })
  await name.fill(NAME)
  await create.getByRole('radio', { name: 'Service' }).check()
  await create.getByRole('radio', { name: 'Development' }).check()
  await create.getByRole('button', { name: 'Create key' }).click()
  await expect(name).toHaveAccessibleDescription(
    /Remove the 2 invisible characters, the first U\+202E \(right-to-left override\) at position 9: they make the name display differently from what it is\./,
  )
  await expect(create).toBeVisible()
  expect((await storedKeys(page)).some((k) => k.name === NAME)).toBe(false)
})
