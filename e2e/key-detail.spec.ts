import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { detailField, detailHeading, fullStoredKeys, keyActions, type FullStoredKey } from './key-detail-helpers'
import { openRowMenu, openView, statusToasts, storedKey } from './key-actions-helpers'
import { bodyRows, expectRowsSettled, keysTable, pickKey, rowOf, searchBox, startFromSeed } from './page-helpers'
import { rowIds, urlParams } from './keys-table-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** A seeded key with some scopes and a description, to show every part of the detail. */
async function scopedKey(page: Parameters<typeof fullStoredKeys>[0]) {
  await page.goto('/')
  await expectRowsSettled(page)
  const keys = await fullStoredKeys(page)
  return pickKey(keys, (key) => key.permissions.length > 1 && key.description !== null && key.last_used_at !== null && key.status === 'SUSPENDED') as FullStoredKey & { name: string }
}

test.describe('key detail', () => {
  test('a deep link shows every field, a reload keeps the page, and axe finds nothing', async ({ page }) => {
    const key = await scopedKey(page)
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toHaveText(key.name)
    // The header says which section this page is in: Keys, marked as where you are (not as this page).
    const pages = page.getByRole('navigation', { name: 'Pages' })
    await expect(pages.getByRole('link', { name: 'Keys' })).toHaveAttribute('aria-current', 'true')
    await expect(pages.getByRole('link', { name: 'Audit' })).not.toHaveAttribute('aria-current')
    await expect(detailField(page, 'ID')).toContainText(key.id)
    await expect(detailField(page, 'Key')).toContainText(key.api_key)
    await expect(detailField(page, 'Description')).toHaveText(key.description ?? '')
    await expect(detailField(page, 'Status')).toContainText('Suspended')
    await expect(detailField(page, 'Status')).toContainText('refused until it is reactivated')
    await expect(detailField(page, 'Type')).toContainText(key.key_type === 'SERVICE' ? 'For servers, CI/CD' : 'For one person')
    await expect(detailField(page, 'Last used').locator('time')).toHaveAttribute('datetime', key.last_used_at ?? '')
    await expect(detailField(page, 'Last used')).toContainText('UTC')
    // Each scope, grouped under its resource, with what it allows.
    for (const scope of key.permissions) await expect(page.getByRole('region', { name: /./ }).getByText(scope, { exact: true })).toBeVisible()
    await expect(keyActions(page).getByRole('button')).toHaveText(['Rotate…', 'Create similar…', 'Reactivate', 'Revoke…', 'Delete…'])
    // Revoke and Delete are red words on an outline, filled as the other actions are: not red blocks, the loudest things on the page.
    const fill = (name: string) => keyActions(page).getByRole('button', { name }).evaluate((button) => getComputedStyle(button).backgroundColor)
    expect(await fill('Revoke…')).toBe(await fill('Rotate…'))
    expect(await fill('Delete…')).toBe(await fill('Rotate…'))
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(detailHeading(page)).toHaveText(key.name)
    await expect(detailField(page, 'ID')).toContainText(key.id)
  })

  test('an unknown id says so, with a way back', async ({ page }) => {
    await page.goto('/keys/01ZZZZZZZZZZZZZZZZZZZZZZZZ')
    await expect(detailHeading(page)).toHaveText('Key not found')
    await expect(page.getByText('No key with the ID 01ZZZZZZZZZZZZZZZZZZZZZZZZ exists')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Go to the API keys' }).click()
    await expectRowsSettled(page)
    expect(new URL(page.url()).pathname).toBe('/')
  })

  test('opened from a name in the table, Back returns to the same list view, by the browser or the page', async ({ page }) => {
    const view = '/?env=PRODUCTION&sort=name.asc&page=2'
    await openView(page, view)
    const ids = await rowIds(page)
    const link = bodyRows(page).nth(3).getByRole('link')
    const name = await link.innerText()
    await link.click()
    await expect(detailHeading(page)).toHaveText(name)
    await expect(detailHeading(page)).toBeFocused()
    await page.goBack()
    await expectRowsSettled(page)
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION', sort: 'name.asc', page: '2' })
    expect(await rowIds(page)).toEqual(ids)

    await bodyRows(page).nth(3).getByRole('link').click()
    await expect(detailHeading(page)).toHaveText(name)
    await page.reload()
    await page.getByRole('link', { name: 'Back to the list' }).click()
    await expectRowsSettled(page)
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION', sort: 'name.asc', page: '2' })
    expect(await rowIds(page)).toEqual(ids)
  })

  test('the row menu opens the detail, by keyboard alone', async ({ page }) => {
    const key = await scopedKey(page)
    await openView(page, `/?q=${encodeURIComponent(key.name)}`)
    const menu = await openRowMenu(page, key)
    await menu.getByRole('menuitem', { name: `View details of ${key.name}` }).focus()
    await page.keyboard.press('Enter')
    await expect(detailHeading(page)).toHaveText(key.name)
    expect(new URL(page.url()).pathname).toBe(`/keys/${key.id}`)
  })

  test('deleting from the detail returns to the list, and the key is gone', async ({ page }) => {
    const key = await scopedKey(page)
    await openView(page, '/?status=SUSPENDED')
    await rowOf(page, key.id).getByRole('link').click()
    await expect(detailHeading(page)).toHaveText(key.name)
    await keyActions(page).getByRole('button', { name: 'Delete…' }).click()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await dialog.getByRole('textbox', { name: /to confirm/ }).fill(key.name)
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(statusToasts(page).filter({ hasText: `${key.name} deleted` })).toBeVisible()
    await expectRowsSettled(page)
    expect(urlParams(page)).toEqual({ status: 'SUSPENDED' })
    await expect(rowOf(page, key.id)).toHaveCount(0)
    expect(await storedKey(page, key.id)).toBeUndefined()
  })

  test('deleting from the detail of a key far down the list comes back with the focus on the row now in its place, on screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await openView(page, '/')
    const links = keysTable(page).locator('tbody tr').getByRole('link')
    const before = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))
    const at = before.length - 3
    const link = links.nth(at)
    const name = (await link.textContent()) ?? ''
    await link.scrollIntoViewIfNeeded()
    await link.click()
    await expect(detailHeading(page)).toHaveText(name)
    await keyActions(page).getByRole('button', { name: 'Delete…' }).click()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${name}?` })
    await dialog.getByRole('textbox', { name: /to confirm/ }).fill(name)
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(statusToasts(page).filter({ hasText: `${name} deleted` })).toBeVisible()
    await expectRowsSettled(page)
    // Its row is gone: the next key's link stands where it was, and has the focus, in sight (it was
    // the heading, scrolled out of sight as the page came back to where the row had been).
    const next = links.nth(at)
    await expect(next).toHaveAttribute('href', before[at + 1] ?? '')
    await expect(next).toBeFocused()
    await expect(next).toBeInViewport()
  })

  test('Retry by keyboard after a failed refresh leaves the focus on the heading, not the page’s body', async ({ page }) => {
    await openView(page, '/')
    const link = keysTable(page).locator('tbody tr').getByRole('link').first()
    const name = (await link.textContent()) ?? ''
    // The key is shown from the list at once; its check with the server fails.
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: null })
    await link.click()
    await expect(detailHeading(page)).toHaveText(name)
    const retry = page.getByRole('button', { name: 'Retry' })
    await expect(page.getByText('Could not refresh this key')).toBeVisible({ timeout: 30_000 })
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await retry.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Could not refresh this key')).toBeHidden()
    await expect(detailHeading(page)).toBeFocused()
  })

  test('by keyboard, an action that replaces its own button leaves focus on the button that takes its place', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const key = pickKey(await fullStoredKeys(page), (k) => k.status === 'ACTIVE')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toHaveText(key.name)
    const button = (name: string) => keyActions(page).getByRole('button', { name, exact: true })
    const press = async (name: string) => {
      await button(name).focus()
      await expect(button(name)).toBeFocused()
      await page.keyboard.press('Enter')
    }

    // Suspend: the dialog closes once the server has answered, and the Suspend button is gone by then.
    await press('Suspend…')
    const suspend = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await suspend.getByRole('button', { name: 'Suspend key' }).focus()
    await page.keyboard.press('Enter')
    await expect(suspend).toBeHidden()
    await expect(detailField(page, 'Status')).toContainText('Suspended')
    await expect(button('Reactivate')).toBeFocused()

    // Reactivate asks nothing: its button goes at once.
    await page.keyboard.press('Enter')
    await expect(detailField(page, 'Status')).toContainText('Active')
    await expect(button('Suspend…')).toBeFocused()

    // Revoke: Delete is what is left to do.
    await press('Revoke…')
    const revoke = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    await revoke.getByRole('textbox', { name: /to confirm/ }).fill(key.name)
    await revoke.getByRole('button', { name: 'Revoke key' }).focus()
    await page.keyboard.press('Enter')
    await expect(revoke).toBeHidden()
    await expect(detailField(page, 'Status')).toContainText('Revoked')
    await expect(button('Delete…')).toBeFocused()
  })

  test('at 320 px and in dark mode the detail reads and passes axe', async ({ page }) => {
    const key = await scopedKey(page)
    await page.setViewportSize({ width: 320, height: 720 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toHaveText(key.name)
    await expect(page.locator('html')).toHaveClass(/dark/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await expectNoAxeViolations(page)
  })
})

test.describe('the Key column and search by its last four characters', () => {
  test('shows the masked key’s end on a wide screen; the Columns menu hides it', async ({ page }) => {
    await openView(page, '/')
    const keys = await fullStoredKeys(page)
    const [id] = await rowIds(page)
    const key = keys.find((k) => k.id === id)
    await expect(keysTable(page).getByRole('columnheader', { name: 'Key', exact: true })).toBeVisible()
    await expect(rowOf(page, id ?? '').getByText(`…${key?.api_key.slice(-4)}`, { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Columns' }).click()
    await page.getByRole('menuitemcheckbox', { name: 'Key' }).click()
    await page.keyboard.press('Escape')
    await expect(keysTable(page).getByRole('columnheader', { name: 'Key', exact: true })).toHaveCount(0)
  })

  test('is off by default on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await openView(page, '/')
    await expect(keysTable(page).getByRole('columnheader', { name: 'ID', exact: true })).toBeAttached()
    await expect(keysTable(page).getByRole('columnheader', { name: 'Key', exact: true })).toHaveCount(0)
  })

  test('searching the last four characters of a leaked key finds its row', async ({ page }) => {
    await openView(page, '/')
    const keys = await fullStoredKeys(page)
    const endOf = (key: FullStoredKey) => key.api_key.slice(-4)
    // A key whose end no other key shares and no name holds: the search must find it alone.
    const target = keys.find(
      (k) =>
        k.status === 'REVOKED' &&
        !(k.name ?? '').toLowerCase().includes(endOf(k).slice(1).toLowerCase()) &&
        keys.every((o) => (o === k || !o.api_key.endsWith(endOf(k))) && !(o.name ?? '').toLowerCase().includes(endOf(k).toLowerCase())),
    )
    if (!target) throw new Error('No seeded key with a unique end')
    for (const term of [endOf(target), `…${endOf(target)}`, target.api_key]) {
      await searchBox(page).fill(term)
      await expect.poll(() => rowIds(page), { message: term }).toEqual([target.id])
    }
    // Three characters are not a key's end: no key is found by them unless a name holds them.
    const three = endOf(target).slice(1)
    await searchBox(page).fill(three)
    await expect.poll(() => urlParams(page).q).toBe(three)
    await expect(page.locator('table[aria-label="API keys"][aria-busy="false"]').or(page.getByText('No keys match these filters'))).toBeVisible()
    expect((await keysTable(page).count()) > 0 ? await rowIds(page) : []).not.toContain(target.id)
  })
})

test('after a rotation from a key’s page, View new key opens the replacement’s page; Back returns to the old key, suspended', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const old = pickKey(await fullStoredKeys(page), (key) => key.status === 'ACTIVE') as FullStoredKey & { name: string }
  await page.goto(`/keys/${old.id}`)
  await keyActions(page).getByRole('button', { name: 'Rotate…' }).click()
  const dialog = page.getByRole('dialog', { name: `Rotate ${old.name}`, exact: true })
  await dialog.getByRole('button', { name: 'Create replacement' }).click()
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).click()
  await dialog.getByRole('radio', { name: 'Suspend now' }).check()
  await dialog.getByRole('button', { name: 'Finish' }).click()
  await expect(dialog).toContainText('Rotation complete')
  const name = `${old.name} (rotated ${new Date().toISOString().slice(0, 10)})`
  await expect(dialog).toContainText(`${name} is Active`)
  await expectNoAxeViolations(page)

  await dialog.getByRole('link', { name: 'View new key' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(detailHeading(page)).toHaveText(name)
  await expect(detailHeading(page)).toBeFocused()
  const created = (await fullStoredKeys(page)).find((key) => key.name === name)
  await expect(page).toHaveURL(new RegExp(`/keys/${created?.id}$`))
  await expect(detailField(page, 'Status')).toContainText('Active')
  await page.goBack()
  await expect(detailHeading(page)).toHaveText(old.name)
  await expect(detailField(page, 'Status')).toContainText('Suspended')
})

test.describe('Create similar', () => {
  // A whole create flow, with axe on the prefilled dialog: long on a busy 2-core machine.
  test.slow()

  /** Creates a key from the open prefilled dialog under `name`; returns the new key as the server holds it. */
  async function createFromDialog(page: Parameters<typeof fullStoredKeys>[0], source: FullStoredKey & { name: string }, name: string, axe = false) {
    const dialog = page.getByRole('dialog', { name: `Create a key like ${source.name}` })
    await expect(dialog.getByText(/^Carried over from/)).toContainText(source.name)
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('')
    await expect(dialog.getByRole('textbox', { name: /^Description/ })).toHaveValue(source.description ?? '')
    await expect(dialog.getByRole('radio', { name: source.key_type === 'SERVICE' ? 'Service' : 'User' })).toBeChecked()
    const environment = { PRODUCTION: 'Production', STAGING: 'Staging', DEVELOPMENT: 'Development' }[source.environment ?? 'PRODUCTION']
    await expect(dialog.getByRole('radio', { name: environment })).toBeChecked()
    await expect(dialog.getByRole('radio', { name: source.permissions.length === 0 ? 'Full access' : 'Restricted' })).toBeChecked()
    if (axe) await expectNoAxeViolations(page)
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
    await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
    await step.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    await expect.poll(async () => (await fullStoredKeys(page)).some((k) => k.name === name)).toBe(true)
    const created = (await fullStoredKeys(page)).find((k) => k.name === name)
    return created
  }

  const settings = (key: FullStoredKey | undefined) =>
    key && { key_type: key.key_type, environment: key.environment, description: key.description, permissions: [...key.permissions].sort() }

  test('from the detail: the new key has the type, environment, permissions and description', async ({ page }) => {
    const source = await scopedKey(page)
    await page.goto(`/keys/${source.id}`)
    await keyActions(page).getByRole('button', { name: 'Create similar…' }).click()
    const created = await createFromDialog(page, source, 'Similar from detail', true)
    expect(settings(created)).toEqual(settings(source))
    await expect(keyActions(page).getByRole('button', { name: 'Create similar…' })).toBeFocused()
    // Nothing on this page shows the new key: its toast leads to it, and stays until used or dismissed.
    const toast = page.getByRole('region', { name: 'Notifications' }).locator('[data-toast]').filter({ hasText: 'Similar from detail created' })
    await toast.getByRole('button', { name: 'View key' }).click()
    await expect(page).toHaveURL(new RegExp(`/keys/${created?.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Similar from detail' })).toBeFocused()
    // Back returns to the key it was made from.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: source.name })).toBeVisible()
  })

  test('from the row menu', async ({ page }) => {
    const source = await scopedKey(page)
    await openView(page, `/?q=${encodeURIComponent(source.name)}`)
    const menu = await openRowMenu(page, source)
    await menu.getByRole('menuitem', { name: `Create similar to ${source.name}` }).click()
    const created = await createFromDialog(page, source, 'Similar from menu')
    expect(settings(created)).toEqual(settings(source))
  })
})
