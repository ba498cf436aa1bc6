import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Our own overlay and scroll lock under every dialog (src/components/ui/modal-overlay.tsx).
test.describe('the page behind a modal dialog', () => {
  test.use({ viewport: { width: 1280, height: 600 } })

  test('stays still and takes no click: the overlay takes it, and the page scrolls again once the dialog closes', async ({ page }) => {
    await page.goto('/')
    const table = page.getByRole('table', { name: 'API keys' })
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    // By CSS: under a modal the page is hidden from assistive technology, and so from getByRole.
    const title = page.locator('h1')
    const titleBefore = await title.boundingBox()
    const exportButton = page.getByRole('button', { name: 'Export', exact: true })
    const exportBox = await exportButton.boundingBox()
    if (titleBefore === null || exportBox === null) throw new Error('the page is not laid out')

    const create = page.getByRole('button', { name: 'Create key', exact: true }).first()
    await create.click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await expect(dialog).toBeVisible()
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden')
    // The kept scrollbar gutter: locking the page does not move it sideways.
    expect(await title.boundingBox()).toEqual(titleBefore)
    const centre = { x: exportBox.x + exportBox.width / 2, y: exportBox.y + exportBox.height / 2 }
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-modal-overlay'), centre)).toBe(true)
    await page.mouse.wheel(0, 400)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)

    // A click on the overlay where Export sits closes the dialog (an untouched form asks nothing)
    // and presses nothing below: focus goes back to Create, not to Export.
    await page.mouse.click(centre.x, centre.y)
    await expect(dialog).toBeHidden()
    await expect(create).toBeFocused()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-scroll-locked'))).toBe(false)

    await page.mouse.move(640, 400)
    await page.mouse.wheel(0, 400)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  })
})

test('at 375 px in dark mode a line sets the Create form apart from its title once it scrolls under it, and goes at the top', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
  await page.getByRole('button', { name: 'Create key', exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  const body = dialog.locator('form').locator('xpath=ancestor-or-self::*[contains(@class, "overflow-y-auto")][1]')
  const line = () => body.evaluate((element) => getComputedStyle(element).borderTopColor)
  const box = async () => (await body.boundingBox())?.y
  const at = await box()
  expect(await line()).toBe('rgba(0, 0, 0, 0)')
  await body.evaluate((element) => element.scrollBy(0, 200))
  await expect.poll(line).not.toBe('rgba(0, 0, 0, 0)')
  // The line was there all along, transparent: the form did not move.
  expect(await box()).toBe(at)
  await body.evaluate((element) => element.scrollTo(0, 0))
  await expect.poll(line).toBe('rgba(0, 0, 0, 0)')
})

/** How light the page is at one point, as painted (0–255): a 1-pixel screenshot read through a canvas. */
async function lightnessAt(page: Page, x: number, y: number): Promise<number> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } })
  return page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas')
    context.drawImage(image, 0, 0)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return (r + g + b) / 3
  }, png.toString('base64'))
}

for (const scheme of ['light', 'dark'] as const) {
  test(`on a phone on its side (740 × 375, ${scheme}) a dialog that scrolls as a whole shades the edge it has more beyond`, async ({ page }) => {
    await page.setViewportSize({ width: 740, height: 375 })
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
    await page.getByRole('button', { name: 'Create key', exact: true }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await expect(dialog).toBeVisible()
    const box = await dialog.boundingBox()
    if (!box) throw new Error('The dialog is not laid out')
    // In the box's side padding, where no content is: only its background, and the shade, paint there.
    const x = box.x + 16
    const top = box.y + 3
    const bottom = box.y + box.height - 3
    const plain = await lightnessAt(page, x, box.y + box.height / 2)
    const shaded = (at: number) => (scheme === 'light' ? at < plain - 8 : at < plain - 3)
    expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight + 40)).toBe(true)
    // At the top: more below, nothing above.
    expect(shaded(await lightnessAt(page, x, bottom)), 'the foot is shaded').toBe(true)
    expect(shaded(await lightnessAt(page, x, top)), 'the head is not').toBe(false)
    // At the end (the buttons in sight): the shade has moved to the top.
    await dialog.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect(dialog.getByRole('button', { name: 'Create key' })).toBeInViewport()
    await expect.poll(async () => shaded(await lightnessAt(page, x, top)), { message: 'the head is shaded' }).toBe(true)
    expect(shaded(await lightnessAt(page, x, bottom)), 'the foot is not').toBe(false)
  })
}
