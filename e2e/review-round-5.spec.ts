import { expect, test } from './fixtures'
import { expectStoredStatus } from './key-actions-helpers'
import { afterQueuedTimers, pickKey, startFromSeed, storedKeys } from './page-helpers'

// What a fifth review found, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('at 320 px by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 740 } })

  test('a double tap on a key page’s Reactivate reactivates the key, and its second tap does not open Suspend in the button that took its place', async ({ page }) => {
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'SUSPENDED')
    await page.goto(`/keys/${key.id}`)
    const actions = page.getByRole('group', { name: 'Key actions' })
    // The confirmations' code loaded first (by a Revoke asked and cancelled), so a click that opens one opens it at once.
    await actions.getByRole('button', { name: 'Revoke…', exact: true }).tap()
    await page.getByRole('alertdialog', { name: `Revoke ${key.name}?` }).getByRole('button', { name: 'Cancel' }).tap()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    const reactivate = actions.getByRole('button', { name: 'Reactivate', exact: true })
    const box = await reactivate.boundingBox()
    if (!box) throw new Error('Reactivate has no box')
    await reactivate.tap()
    await expectStoredStatus(page, key.id, 'ACTIVE')
    const suspend = actions.getByRole('button', { name: 'Suspend…', exact: true })
    await expect(suspend).toBeVisible()
    expect(await suspend.boundingBox()).toMatchObject({ x: box.x, y: box.y })
    // The second click of a double tap, sent as the browser sends it (its click count is 2), whatever the time between.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await afterQueuedTimers(page)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(suspend).toBeFocused()
    // A press of its own still asks (a tap here at once would be the double tap's third).
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: `Suspend ${key.name}?` })).toBeVisible()
  })
})

for (const width of [320, 375]) {
  test.describe(`the create form at ${width} px by touch`, () => {
    test.use({ hasTouch: true, viewport: { width, height: 740 } })

    test('closed by its close button, it opens again on what was typed and chosen; Start over empties it', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('button', { name: 'Create key', exact: true }).tap()
      const dialog = page.getByRole('dialog', { name: 'Create API key' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Billing webhooks')
      await dialog.getByText('Staging', { exact: true }).tap()
      // The close button is where a thumb dismisses a dialog; it threw away what was entered.
      await dialog.getByRole('button', { name: 'Close' }).tap()
      await expect(dialog).toBeHidden()
      await page.getByRole('button', { name: 'Create key', exact: true }).tap()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Billing webhooks')
      await expect(dialog.getByRole('radio', { name: 'Staging' })).toBeChecked()
      const startOver = dialog.getByRole('button', { name: 'Start over' })
      await expect(dialog.getByText('What you entered before closing this form is back.')).toBeVisible()
      // The note fits the dialog: nothing sideways.
      expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
      await startOver.tap()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('')
      await expect(dialog.getByRole('radio', { name: 'Staging' })).not.toBeChecked()
      await expect(startOver).toHaveCount(0)
    })
  })
}
