import { allowBlockedChunk, blockChunk } from './blocked-chunk-helpers'
import { unexpectedConsoleErrors } from './connected-helpers'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { columnTexts } from './keys-table-helpers'
import { chooseRowAction, errorToasts, expectStoredStatus, openKey, statusBehindDialog, storedKey } from './key-actions-helpers'
import { bodyRows, expectRowStatus, expectRowsSettled, pickKey, searchBox, storedKeys } from './page-helpers'

// A lazily loaded part whose code cannot load (offline, or gone after a redeploy) says so in its
// own place, with Retry and a reload; what is on screen stays.

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

test('a row menu that cannot load says so in its row, the table stays, and Retry opens it', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  // Blocked from the start: the idle preload fails too, as it would offline.
  const blocked = await blockChunk(page, 'row-actions-menu')
  await page.goto('/')
  await expectRowsSettled(page)
  const row = bodyRows(page).first()
  const trigger = row.getByRole('button', { name: /^Actions for / })
  const label = (await trigger.getAttribute('aria-label')) ?? ''
  await trigger.click()

  const alert = row.getByRole('alert')
  await expect(alert).toContainText(`Could not load the ${label.replace(/^Actions/, 'actions')}.`)
  await expect(alert.getByRole('button', { name: 'Reload for the latest version' })).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(20)
  await expect(searchBox(page)).toBeVisible()
  await expectNoAxeViolations(page)

  await blocked.online()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('menu', { name: label, exact: true })).toBeVisible()
  await expect(row.getByRole('alert')).toHaveCount(0)
})

test('a list state that cannot load says so in the list’s place at 320 px in dark mode; Reload for the latest version brings it', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 740 })
  const blocked = await blockChunk(page, 'list-states')
  await page.goto('/?q=no-such-key-anywhere')

  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the no-match message.' })
  await expect(alert).toBeVisible()
  // The rest of the page stays: the header, the toolbar and what was typed.
  await expect(searchBox(page)).toHaveValue('no-such-key-anywhere')
  await expect(page.getByRole('button', { name: 'Create key' }).first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)

  // Retry while still offline: the same message, still in place.
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toBeVisible()

  await blocked.unblock()
  await alert.getByRole('button', { name: 'Reload for the latest version' }).click()
  await expect(page.getByText('No keys match these filters')).toBeVisible()
  await expect(searchBox(page)).toHaveValue('no-such-key-anywhere')
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveCount(0)
})

test('an action dialog that cannot load says so, Dismiss gives the page back, and asking again opens it', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  const blocked = await blockChunk(page, 'action-dialog')
  await page.goto('/?status=ACTIVE')
  await expectRowsSettled(page)
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  await bar.getByRole('button', { name: 'Suspend' }).click()

  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the action’s dialog.' })
  await expect(alert).toBeVisible()
  await expect(bar).toContainText('20 selected')
  await expectNoAxeViolations(page)
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toHaveCount(0)
  await expect(bar).toContainText('20 selected')

  await blocked.online()
  await bar.getByRole('button', { name: 'Suspend' }).click()
  await expect(page.getByRole('dialog', { name: 'Suspend 20 keys?' })).toBeVisible()
})

test('a link with a filter expression whose reader cannot load says so with Retry, never unfiltered rows; Retry shows the filtered rows', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  const blocked = await blockChunk(page, 'expression-parse')
  await page.goto(`/?filter=${encodeURIComponent('environment=PRODUCTION')}`)
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(alert).toContainText('The code that reads filter expressions could not load.')
  await expect(alert.getByRole('button', { name: 'Reload for the latest version' })).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(0)
  await expectNoAxeViolations(page)

  await blocked.online()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expectRowsSettled(page)
  await expect(bodyRows(page)).toHaveCount(20)
  expect(new Set(await columnTexts(page, 'Environment'))).toEqual(new Set(['Production']))
  // The field, which failed for the same reason, loads on its own Retry.
  const fieldFailure = page.getByRole('alert').filter({ hasText: 'Could not load the filter expression field' })
  if (await fieldFailure.count()) await fieldFailure.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('combobox', { name: 'Filter expression' })).toHaveValue('environment=PRODUCTION')
})

test('a demo write whose server code cannot load fails like a dropped connection and changes nothing; once it can load, the same action works', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  // The demo server loads its writes on first use: offline, that load fails inside the request.
  const blocked = await blockChunk(page, 'mock-writes')
  await page.goto('/?size=10')
  await expectRowsSettled(page)
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  const confirm = dialog.getByRole('button', { name: 'Suspend key' })
  await confirm.click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText(`Could not suspend ${key.name}`)
  await expect(statusBehindDialog(page, key.id)).toHaveText('Active')
  expect((await storedKey(page, key.id))?.status).toBe('ACTIVE')

  // Tried again from the dialog that is still open.
  await blocked.online()
  await confirm.click()
  await expect(dialog).toBeHidden()
  await expectStoredStatus(page, key.id, 'SUSPENDED')
  await expectRowStatus(page, key.id, 'SUSPENDED')
  await expect(errorToasts(page)).toBeEmpty()
})
