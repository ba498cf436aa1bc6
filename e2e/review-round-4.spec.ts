import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openKey, statusToasts } from './key-actions-helpers'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'

// What a fourth review found by touch at phone sizes, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true, viewport: { width: 320, height: 740 } })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('a double tap on Undo undoes once: the toast it brings has no Undo for the second tap to land on', async ({ page }) => {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
  const undo = statusToasts(page).getByRole('button', { name: 'Undo' })
  await expect(undo).toBeEnabled()
  await expectStoredStatus(page, key.id, 'SUSPENDED')
  const box = await undo.boundingBox()
  if (!box) throw new Error('Undo has no box')
  // Two taps at the same spot, as a double tap sends them; the second used to hit the new toast's Undo
  // and suspend the key again, under a toast that looked just like the first.
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
  await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
  await expect(undo).toHaveCount(0)
  await expectStoredStatus(page, key.id, 'ACTIVE')
})
