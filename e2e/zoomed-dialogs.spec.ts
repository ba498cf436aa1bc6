import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openKey, openRowMenu } from './key-actions-helpers'
import { expectRowsSettled, pickKey, startFromSeed, storedKeys } from './page-helpers'

// A page zoomed to 200 % and 400 % (WCAG 1.4.10, reflow): a dialog scrolls as a whole, so its field and its buttons are always reached.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

for (const { width, height, zoom } of [
  { width: 320, height: 256, zoom: '400 %' },
  { width: 640, height: 400, zoom: '200 %' },
]) {
  test(`at ${width}×${height} (1280×${height * (1280 / width)} at ${zoom}) a Revoke is finished by scrolling the dialog, its name typed and its button pressed`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/?status=ACTIVE')
    await expectRowsSettled(page)
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await openKey(page, key)
    await chooseRowAction(page, key, 'Revoke')
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    const field = dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` })
    // Scrolled into view, it shows whole: label and box, not a sliver between a fixed title and the buttons.
    await field.scrollIntoViewIfNeeded()
    await expect(field).toBeInViewport({ ratio: 1 })
    await expect(dialog.getByText(`Type ${key.name} to confirm`, { exact: false }).first()).toBeInViewport()
    await field.fill(key.name)
    const confirm = dialog.getByRole('button', { name: 'Revoke key' })
    await confirm.scrollIntoViewIfNeeded()
    await expect(confirm).toBeInViewport({ ratio: 1 })
    // A real press at its centre (not a synthetic one): nothing else is on top of it.
    const box = await confirm.boundingBox()
    if (!box) throw new Error('no button')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(dialog).toBeHidden()
    await expectStoredStatus(page, key.id, 'REVOKED')
  })

  test(`at ${width}×${height} the Create dialog's form scrolls with its title, and Create key is reached`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'Create key', exact: true }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    const name = dialog.getByRole('textbox', { name: /^Name/ })
    await expect(name).toBeFocused()
    await expect(name).toBeInViewport({ ratio: 1 })
    const create = dialog.getByRole('button', { name: 'Create key' })
    await create.scrollIntoViewIfNeeded()
    await expect(create).toBeInViewport({ ratio: 1 })
    // The dialog itself scrolls: what it holds is taller than the screen, and nothing in it is cut to a sliver.
    expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight && getComputedStyle(element).overflowY === 'auto')).toBe(true)
  })
}

test('at 320×256 (400 %) a row menu fits the screen and scrolls, so its last item is reached and works', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 })
  await page.goto('/?status=ACTIVE')
  await expectRowsSettled(page)
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  const menu = await openRowMenu(page, key)
  // Its eight items are taller than the screen: the menu keeps within it (it ran past its foot before).
  const box = await menu.boundingBox()
  expect(box && box.y >= 0 && box.y + box.height <= 256, JSON.stringify(box)).toBe(true)
  const copyId = menu.getByRole('menuitem', { name: `Copy ID of ${key.name}` })
  await copyId.scrollIntoViewIfNeeded()
  await expect(copyId).toBeInViewport({ ratio: 1 })
  await copyId.click()
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(/ID copied|Could not copy the ID/)
})
