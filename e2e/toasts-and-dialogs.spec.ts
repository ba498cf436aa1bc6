import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openKey, statusToasts } from './key-actions-helpers'
import { expectRowStatus, pickKey, startFromSeed, storedKeys } from './page-helpers'

// Found by a new user on a phone: suspend a key, open Create, tap Cancel within seconds, and the
// tap landed on the suspend toast's Undo. A dialog's controls must be the only thing under a tap.
test.use({ hasTouch: true })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

for (const width of [320, 375, 768]) {
  test(`at ${width} px a tap on an open dialog's buttons never reaches the toast under it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 })
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await openKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    const undo = statusToasts(page).getByRole('button', { name: 'Undo' })
    await expect(undo).toBeVisible()

    await page.getByRole('button', { name: 'Create key' }).first().tap()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await expect(dialog).toBeVisible()
    // Every control of the dialog's footer is what a tap at its centre hits.
    const footer = [dialog.getByRole('button', { name: 'Cancel' }), dialog.getByRole('button', { name: 'Create key' })]
    for (const control of footer) {
      await control.scrollIntoViewIfNeeded()
      const hit = await control.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return top !== null && (el === top || el.contains(top))
      })
      expect(hit).toBe(true)
    }
    await dialog.getByRole('button', { name: 'Cancel' }).tap()
    await expect(dialog).toBeHidden()
    // The tap closed the dialog and did nothing else: the key stays suspended, the Undo still offered.
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    await expect(undo).toBeVisible()
  })
}
