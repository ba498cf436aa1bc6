import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { bulkBar, chooseRowAction, expectStoredStatus, openKey, openView, storedKey, type NamedKey } from './key-actions-helpers'
import { DEMO_STORE_KEY, expectRowStatus, expectSettled, keysTable, pickKey, pressUntilFocused, rowOf, startFromSeed, storedKeys, type StoredKey } from './page-helpers'

// Confirmations that protect keys in use (issue 12): last use in the summary, the in-use warning, typed names.

const HOUR = 60 * 60 * 1000
// Keys well inside or well outside the last 24 hours, so the few seconds a test takes cannot move one across.
const usedWithin = (hours: number) => (key: StoredKey) => key.last_used_at !== null && Date.now() - Date.parse(key.last_used_at) < hours * HOUR
const notUsedFor = (hours: number) => (key: StoredKey) => key.last_used_at === null || Date.now() - Date.parse(key.last_used_at) > hours * HOUR
const active = (key: StoredKey) => key.status === 'ACTIVE'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

async function seed(page: Page): Promise<StoredKey[]> {
  await openView(page, '/?size=10')
  return storedKeys(page)
}

/** The summary list's item for one key. */
const listedKey = (dialog: Locator, id: string): Locator => dialog.getByRole('list', { name: 'Keys' }).getByRole('listitem').filter({ hasText: id })

test('Revoke and Suspend of a key used in the last hours say clients are using it now, with its last use, and axe is clean', async ({ page }) => {
  const key = pickKey(await seed(page), (k) => active(k) && usedWithin(6)(k))
  await openKey(page, key)
  await chooseRowAction(page, key, 'Revoke')
  const revoke = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await expect(revoke).toHaveAccessibleDescription(/In use: this key was used (just now|\d+ minutes? ago|\d+ hours? ago)\. Clients are using it now; they will start failing\.$/)
  const item = listedKey(revoke, key.id)
  await expect(item).toContainText(/In use Last used .+ \(\d{1,2} \w{3} \d{4}, \d\d:\d\d:\d\d UTC\)/)
  await expect(item.locator('time')).toHaveAttribute('datetime', key.last_used_at ?? '')
  await expectNoAxeViolations(page)
  await revoke.getByRole('button', { name: 'Cancel' }).click()
  await expect(revoke).toBeHidden()

  await chooseRowAction(page, key, 'Suspend')
  const suspend = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  await expect(suspend).toHaveAccessibleDescription(/In use: this key was used .+\. Clients are using it now; their requests will be refused while it is suspended\.$/)
  await page.keyboard.press('Escape')
  await expect(suspend).toBeHidden()
  // Cancelled twice: the server still holds it active.
  expect((await storedKey(page, key.id))?.status).toBe('ACTIVE')
})

test('a key never used gets no warning, and says it was never used', async ({ page }) => {
  const key = pickKey(await seed(page), (k) => active(k) && k.last_used_at === null)
  await openKey(page, key)
  await chooseRowAction(page, key, 'Revoke')
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
  await expect(dialog).toHaveAccessibleDescription(/can never be used again\.$/)
  await expect(listedKey(dialog, key.id)).toContainText('Never used')
  await expect(dialog.getByText('In use')).toHaveCount(0)
})

test('a bulk suspend counts the keys used in the last 24 hours and marks their rows; the server then holds them suspended', async ({ page }) => {
  // Many steps, five server checks and axe: three times the usual time on a busy machine.
  test.slow()
  await openView(page, '/?status=ACTIVE')
  const shown = await keysTable(page).locator('tbody code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title')))
  const candidates = (await storedKeys(page)).filter((k): k is NamedKey => shown.includes(k.id) && k.name !== null && /^[^\n<>"=]+$/.test(k.name))
  const inUse = candidates.filter(usedWithin(23)).slice(0, 3)
  const idle = candidates.filter(notUsedFor(25)).slice(0, 2)
  expect([inUse.length, idle.length]).toEqual([3, 2])
  for (const key of [...inUse, ...idle]) await rowOf(page, key.id).getByRole('checkbox', { name: `Select ${key.name}`, exact: true }).check()
  await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Suspend 5 keys?' })
  await expect(dialog).toHaveAccessibleDescription(/In use: 3 of these keys were used in the last 24 hours: clients are using them now\. /)
  for (const key of inUse) await expect(listedKey(dialog, key.id)).toContainText(/In use Last used/)
  for (const key of idle) {
    await expect(listedKey(dialog, key.id)).toContainText(/Last used|Never used/)
    await expect(listedKey(dialog, key.id)).not.toContainText('In use')
  }
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Suspend 5 keys' }).click()
  await expect(dialog).toBeHidden()
  for (const key of [...inUse, ...idle]) await expectStoredStatus(page, key.id, 'SUSPENDED')
})

test('Delete of a seeded key named with “—” and ’ takes the name typed with "-" and \', but not in the wrong case', async ({ page }) => {
  const keys = await seed(page)
  const key = keys.find((k): k is NamedKey => active(k) && /O’Connor — /.test(k.name ?? '') && keys.filter((o) => o.name?.includes(k.name ?? '')).length === 1)
  if (!key) throw new Error('The seed has no active O’Connor — key')
  await openKey(page, key)
  await chooseRowAction(page, key, 'Delete')
  const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
  const typed = dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` })
  await expect(typed).toHaveAccessibleDescription('The key’s name, exactly (ordinary - and \' " are fine for dashes and curly quotes).')
  const plain = key.name.replace('—', '-').replace('’', "'")
  // Keyboard only: from Cancel (the first focus) to the field, typed, then Enter.
  await pressUntilFocused(page, typed)
  // Enter on an empty field says what is wanted, and nothing is sent.
  await page.keyboard.press('Enter')
  await expect(typed).toHaveAccessibleDescription(/^Type the key’s name to confirm\./)
  await expect(typed).toBeFocused()
  await page.keyboard.type(plain.toLowerCase())
  await expect(dialog.getByRole('button', { name: 'Delete key' })).toBeDisabled()
  // The slip is said as it is made, not left to a grey button.
  await expect(typed).toHaveAccessibleDescription(/^That is not the key’s name: capitals and small letters must match\./)
  await expect(dialog.getByText(/^That is not the key’s name: capitals/)).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(typed).toBeFocused()
  expect(await storedKey(page, key.id)).toBeDefined()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.type(` ${plain} `)
  await expect(dialog.getByRole('button', { name: 'Delete key' })).toBeEnabled()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect.poll(async () => storedKey(page, key.id)).toBeUndefined()
  // Reloaded, the search for its name (which no other key's name contains) finds nothing.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No keys match these filters' })).toBeVisible()
})

test('Revoke of a key created with curly double quotes and an em dash takes them typed plainly', async ({ page }) => {
  const name = '“Zephyr” relay — O’Neil’s'
  await openView(page, '/')
  await page.getByRole('button', { name: 'Create key' }).click()
  const create = page.getByRole('dialog', { name: 'Create API key' })
  await create.getByRole('textbox', { name: 'Name' }).fill(name)
  await create.getByRole('radio', { name: 'Service' }).check()
  await create.getByRole('radio', { name: 'Development' }).check()
  await create.getByRole('button', { name: 'Create key' }).click()
  const secretStep = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await secretStep.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await secretStep.getByRole('button', { name: 'Done' }).click()
  await expect(secretStep).toBeHidden()
  const created = (await storedKeys(page)).find((k): k is NamedKey => k.name === name)
  if (!created) throw new Error('The key was not created')

  await openKey(page, created)
  await chooseRowAction(page, created, 'Revoke')
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${name}?` })
  await expect(listedKey(dialog, created.id)).toContainText('Never used')
  const typed = dialog.getByRole('textbox', { name: `Type ${name} to confirm` })
  const confirm = dialog.getByRole('button', { name: 'Revoke key' })
  for (const looser of [`"zephyr" relay - O'Neil's`, `"Zephyr" relay - O'Neil's.`, `"Zephyr"relay - O'Neil's`, `'Zephyr' relay - O'Neil's`]) {
    await typed.fill(looser)
    await expect(confirm).toBeDisabled()
  }
  await typed.fill(`"Zephyr" relay - O'Neil's`)
  await confirm.click()
  await expect(dialog).toBeHidden()
  await expectStoredStatus(page, created.id, 'REVOKED')
  await page.reload()
  await expectSettled(page)
  await expectRowStatus(page, created.id, 'REVOKED')
})

test('a name holding a newline, a tab and a run of spaces is confirmed by typing what the dialog shows', async ({ page }) => {
  const key = pickKey(await seed(page), (k) => active(k) && k.last_used_at === null)
  const name = 'Nightly\nexport\t(legacy)   v2'
  // Names come from the API as they were stored; the demo's store stands in for a server here.
  await page.evaluate(
    ({ id, newName, storeKey }) => {
      const records = JSON.parse(localStorage.getItem(storeKey) ?? '[]') as { id: string; name: string | null }[]
      localStorage.setItem(storeKey, JSON.stringify(records.map((r) => (r.id === id ? { ...r, name: newName } : r))))
    },
    { id: key.id, newName: name, storeKey: DEMO_STORE_KEY },
  )
  const renamed = { ...key, name }
  await openView(page, '/?q=Nightly')
  await expect(rowOf(page, key.id)).toHaveCount(1)
  await chooseRowAction(page, renamed, 'Revoke')
  const shown = 'Nightly export (legacy) v2'
  const dialog = page.getByRole('alertdialog', { name: `Revoke ${shown}?` })
  await expect(dialog).toBeVisible()
  const typed = dialog.getByRole('textbox', { name: `Type ${shown} to confirm` })
  const confirm = dialog.getByRole('button', { name: 'Revoke key' })
  await typed.fill('Nightly export (legacy)v2')
  await expect(confirm).toBeDisabled()
  await typed.fill(shown)
  await expect(confirm).toBeEnabled()
  await confirm.click()
  await expect(dialog).toBeHidden()
  await expectStoredStatus(page, key.id, 'REVOKED')
})

test('at 320 px in dark mode the warning and the typed field fit without sideways scroll, and axe is clean', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 640 })
  const key = pickKey(await seed(page), (k) => active(k) && usedWithin(6)(k))
  await openKey(page, key)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await chooseRowAction(page, key, 'Delete')
  const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
  await expect(dialog.getByText('In use:')).toBeVisible()
  expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(320)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  const typed = dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` })
  await typed.scrollIntoViewIfNeeded()
  await expect(typed).toBeInViewport()
  await expectNoAxeViolations(page)
})

test('at 200 % zoom (640 × 400), Revoke and Delete open with the focused control in sight', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  await openView(page, '/')
  const keys = await storedKeys(page)
  for (const verb of ['Revoke', 'Delete'] as const) {
    const key = pickKey(keys, (k) => k.status === 'ACTIVE' && k.name !== null && !k.name.includes('"'))
    await openKey(page, key)
    await chooseRowAction(page, key, verb)
    const dialog = page.getByRole('alertdialog', { name: `${verb} ${key.name}?` })
    await expect(dialog).toBeVisible()
    const focused = page.locator(':focus')
    await expect(focused).toHaveCount(1)
    // Inside the dialog, and on the screen (it was Cancel, 200 px below it, with nothing to show it).
    expect(await focused.evaluate((element) => element.closest('[role="alertdialog"]') !== null)).toBe(true)
    await expect(focused).toBeInViewport({ ratio: 1 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
})

test.describe('by touch at 320 × 640', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 640 } })

  test('a confirmation whose title and warning leave its body no room keeps its buttons in sight, after an error too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    const keys = await seed(page)
    // The longest name among keys in use: named in the title and the description, above the warning.
    const key = keys
      .filter((k): k is NamedKey & StoredKey => k.name !== null && /^[\w ’'—()-]+$/.test(k.name) && active(k) && usedWithin(6)(k))
      .sort((a, b) => b.name.length - a.name.length)[0]
    if (!key) throw new Error('no active key used in the last hours')
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    const suspend = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    // Cramped: the box scrolls as a whole (its body was under 96 px).
    await expect(suspend).toHaveAttribute('data-scroll-whole', '')
    const confirm = suspend.getByRole('button', { name: 'Suspend key' })
    // They opened 60-100 px below the screen.
    await expect(confirm).toBeInViewport({ ratio: 1 })
    await expect(suspend.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 })
    await expect(suspend.getByRole('heading', { name: `Suspend ${key.name}?` })).toBeInViewport()

    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', times: null })
    await confirm.tap()
    await expect(suspend.getByRole('alert')).toContainText('Internal error')
    const focused = page.locator(':focus')
    await expect(focused).toHaveCount(1)
    await expect(focused).toBeInViewport({ ratio: 1 })
    await setDemoFaults(page, { fault: null })
    await suspend.getByRole('button', { name: 'Cancel' }).tap()
    await expect(suspend).toBeHidden()

    await chooseRowAction(page, key, 'Revoke')
    const revoke = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    await expect(revoke.getByRole('button', { name: 'Cancel' })).toBeFocused()
    // Cancel in sight without scrolling the title away.
    await expect(revoke.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 })
    await expect(revoke.getByRole('heading', { name: `Revoke ${key.name}?` })).toBeInViewport()
    await expectNoAxeViolations(page)
  })
})
