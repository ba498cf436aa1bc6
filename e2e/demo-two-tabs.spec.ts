import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openView, statusToasts } from './key-actions-helpers'
import { expectRowStatus, pickKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

// Two tabs of the demo are two views of one server, as two tabs of a real API are. Each used to keep
// its own copy of the keys and save all of it, so the last tab to write undid the other's changes:
// a key suspended in one came back Active, a key deleted in one came back.

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

test('a change in one tab shows in the other, and a change there keeps it; a key deleted in one is gone from the other', async ({ page, context }) => {
  await startFromSeed(page)
  await openView(page, '/?size=50')
  const keys = await storedKeys(page)
  const active = keys.filter((k) => k.status === 'ACTIVE')
  const first = pickKey(active, () => true)
  const second = pickKey(active, (k) => k.id !== first.id)
  const doomed = pickKey(keys, (k) => k.status === 'SUSPENDED')
  const other = await context.newPage()
  for (const tab of [page, other]) {
    await openView(tab, `/?q=${encodeURIComponent(first.name)}`)
    await expectRowStatus(tab, first.id, 'ACTIVE')
  }

  // Tab A suspends a key: tab B shows it suspended without a reload.
  await chooseRowAction(page, first, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${first.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
  await expect(statusToasts(page)).toContainText(`${first.name} suspended`)
  await expectRowStatus(other, first.id, 'SUSPENDED')

  // Tab B suspends another key: tab A's change stays.
  await openView(other, `/?q=${encodeURIComponent(second.name)}`)
  await chooseRowAction(other, second, 'Suspend')
  await other.getByRole('dialog', { name: `Suspend ${second.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
  await expect(statusToasts(other)).toContainText(`${second.name} suspended`)
  await expectStoredStatus(page, first.id, 'SUSPENDED')
  await expectStoredStatus(page, second.id, 'SUSPENDED')
  await page.reload()
  await expectRowStatus(page, first.id, 'SUSPENDED')

  // Tab A deletes a key that tab B shows: it leaves tab B, and stays deleted after B's next change.
  await openView(other, `/?q=${encodeURIComponent(doomed.name)}`)
  await expect(rowOf(other, doomed.id)).toHaveCount(1)
  await openView(page, `/?q=${encodeURIComponent(doomed.name)}`)
  await chooseRowAction(page, doomed, 'Delete')
  const remove = page.getByRole('alertdialog', { name: `Delete ${doomed.name}?` })
  await remove.getByRole('textbox', { name: `Type ${doomed.name} to confirm` }).fill(doomed.name)
  await remove.getByRole('button', { name: 'Delete key' }).click()
  await expect(statusToasts(page)).toContainText(`${doomed.name} deleted`)
  await expect(rowOf(other, doomed.id)).toHaveCount(0)
  await openView(other, `/?q=${encodeURIComponent(first.name)}`)
  await chooseRowAction(other, first, 'Reactivate')
  await expectRowStatus(other, first.id, 'ACTIVE')
  await expectStoredStatus(page, first.id, 'ACTIVE')
  await page.reload()
  await expect.poll(async () => (await storedKeys(page)).some((k) => k.id === doomed.id)).toBe(false)
  await expect(rowOf(page, doomed.id)).toHaveCount(0)
})
