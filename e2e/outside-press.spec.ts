import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { actionsButton, afterQueuedTimers, expectRowsSettled, pickKey, rowMenu, storedKeys } from './page-helpers'

// A press that misses a dialog (the overlay around it) closes the dialog only while nothing has
// been typed or chosen in it: on a phone the dialog fills the screen to within 8 px of its edges,
// and a stray tap there used to throw away a half-filled form. Escape and Cancel still close it.

/** Presses the overlay beside the dialog: a tap on a touch screen, a click with a mouse. */
async function pressBeside(page: Page, dialog: Locator, touch: boolean): Promise<void> {
  const box = await dialog.boundingBox()
  if (!box) throw new Error('the dialog is not laid out')
  // Off the dialog's top-left corner, halfway to the screen's: beside its edge, a phone's tap is
  // drawn into the dialog (Chromium moves a tap onto a target near it).
  const x = Math.max(1, box.x / 2)
  const y = Math.max(1, box.y / 2)
  expect(await page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.hasAttribute('data-modal-overlay'), [x, y])).toBe(true)
  // Radix starts listening for an outside press in a zero-delay timer after the dialog opens.
  await afterQueuedTimers(page)
  if (touch) await page.touchscreen.tap(x, y)
  else await page.mouse.click(x, y)
}

for (const { width, touch } of [
  { width: 320, touch: true },
  { width: 375, touch: true },
  { width: 1280, touch: false },
]) {
  test.describe(`at ${width} px ${touch ? 'by touch' : 'with a mouse'}`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: touch })

    test('a half-filled Create form survives a press beside the dialog; an untouched one closes', async ({ page }) => {
      await page.goto('/')
      await expectRowsSettled(page)
      const create = page.getByRole('button', { name: 'Create key', exact: true }).first()
      const dialog = page.getByRole('dialog', { name: 'Create API key' })

      await create.click()
      await expect(dialog).toBeVisible()
      await dialog.getByRole('textbox', { name: 'Name' }).fill('payments-worker')
      await dialog.getByRole('radio', { name: /^Staging/ }).check()
      await pressBeside(page, dialog, touch)
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('payments-worker')
      await expect(dialog.getByRole('radio', { name: /^Staging/ })).toBeChecked()

      // Cancel is a choice to throw the form away: it closes, and the next form starts empty.
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()
      await create.click()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('')
      await pressBeside(page, dialog, touch)
      await expect(dialog).toBeHidden()
      await expect(create).toBeFocused()
    })

    test('a reason typed for a suspension survives a press beside the dialog; Escape closes it', async ({ page }) => {
      await page.goto('/')
      await expectRowsSettled(page)
      const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
      await page.getByRole('searchbox', { name: 'Search keys by name' }).fill(key.name)
      await actionsButton(page, key).click()
      await rowMenu(page, key).getByRole('menuitem', { name: /^Suspend/ }).click()
      const dialog = page.getByRole('dialog', { name: /^Suspend/ })
      await expect(dialog).toBeVisible()
      const reason = dialog.getByRole('textbox', { name: /Reason/ })
      await reason.fill('Leaked in a CI log')
      await pressBeside(page, dialog, touch)
      await expect(dialog).toBeVisible()
      await expect(reason).toHaveValue('Leaked in a CI log')

      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      expect((await storedKeys(page)).find((k) => k.id === key.id)?.status).toBe('ACTIVE')
    })
  })
}
