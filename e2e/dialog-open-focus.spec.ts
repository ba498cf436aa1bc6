import { expect, test } from './fixtures'
import { bulkBar, openKey } from './key-actions-helpers'
import { actionsButton, expectRowsSettled, pickKey, startFromSeed, storedKeys } from './page-helpers'

// Where a suspend dialog puts the focus when it opens: the optional Reason with a keyboard, the dialog itself on a touch screen.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('on a phone, by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })

  test('Suspend opens on the dialog, not on its optional Reason, so no keyboard rises over its buttons; a tap on Reason still types there', async ({ page }) => {
    await page.goto('/?status=ACTIVE')
    await expectRowsSettled(page)
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await openKey(page, key)
    await actionsButton(page, key).tap()
    await page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).tap()
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await expect(dialog).toBeFocused()
    const reason = dialog.getByRole('textbox', { name: /^Reason/ })
    await expect(reason).not.toBeFocused()
    await expect(dialog.getByRole('button', { name: 'Suspend key' })).toBeInViewport()
    await reason.tap()
    await expect(reason).toBeFocused()
    await page.keyboard.type('Leaked in a screenshot')
    await expect(reason).toHaveValue('Leaked in a screenshot')
  })

  test('a bulk Suspend opens on the dialog too', async ({ page }) => {
    await page.goto('/?status=ACTIVE&size=10')
    await expectRowsSettled(page)
    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).tap()
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).tap()
    const dialog = page.getByRole('dialog', { name: 'Suspend 10 keys?' })
    await expect(dialog).toBeFocused()
  })
})

test('with a keyboard, a bulk Suspend opens on its Reason, ahead of the long list of keys, which Shift+Tab reaches', async ({ page }) => {
  await page.goto('/?status=ACTIVE&size=10')
  await expectRowsSettled(page)
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Suspend 10 keys?' })
  await expect(dialog.getByRole('textbox', { name: /^Reason/ })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('list', { name: 'Keys' })).toBeFocused()
})
