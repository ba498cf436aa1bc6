import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openView } from './key-actions-helpers'
import { detailField } from './key-detail-helpers'
import { editStoredKey, pickKey, renameStoredKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

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
  await expect(dialog.getByText("That is not the key’s name.")).toBeVisible()
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

// A description reads as the name does: "Runs ‮yolped‬ nightly" would show as "Runs deploy nightly".
const DESCRIPTION = 'Runs \u202Eyolped\u202C nightly'
const DESCRIPTION_SHOWN = 'Runs ⟨U+202E⟩yolped⟨U+202C⟩ nightly'

test('a description with a right-to-left override shows the mark in its row and on the key page, and Create refuses one', async ({ page }) => {
  await openView(page, '/?size=10')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await editStoredKey(page, key.id, { description: DESCRIPTION })
  await openView(page, `/?q=${encodeURIComponent(key.name)}`)
  const row = rowOf(page, key.id)
  const line = row.getByText(DESCRIPTION_SHOWN, { exact: true })
  await expect(line).toBeVisible()
  expect(await row.textContent()).not.toContain('\u202E')
  await row.getByRole('link', { name: key.name, exact: true }).click()
  await expect(detailField(page, 'Description')).toHaveText(DESCRIPTION_SHOWN)

  await openView(page, '/')
  await page.getByRole('button', { name: 'Create key' }).click()
  const create = page.getByRole('dialog', { name: 'Create API key' })
  await create.getByRole('textbox', { name: 'Name' }).fill('Nightly deploys')
  const description = create.getByRole('textbox', { name: /^Description/ })
  await description.fill(DESCRIPTION)
  await create.getByRole('radio', { name: 'Service' }).check()
  await create.getByRole('radio', { name: 'Development' }).check()
  await create.getByRole('button', { name: 'Create key' }).click()
  await expect(description).toHaveAccessibleDescription(/Remove the 2 invisible characters, the first U\+202E \(right-to-left override\) at position 6: they make the description display differently from what it is\./)
  await expect(create).toBeVisible()
  // Nothing lost: the text stays to be mended.
  await expect(description).toHaveValue(DESCRIPTION)
  expect((await storedKeys(page)).some((k) => k.name === 'Nightly deploys')).toBe(false)
})
