import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { palette } from './command-palette-helpers'
import { openKey } from './key-actions-helpers'
import { actionsButton, bodyRows, expectRowsSettled, pagination, pickKey, startFromSeed, storedKeys, type StoredKey } from './page-helpers'

// What a second review found by touch at phone sizes and by keyboard, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

const shownToasts = (page: Page): Locator => page.locator('section[aria-label="Notifications"] [data-toast]:visible')

/** Suspends `count` active keys of the first page from their menus, each toast offering Undo. */
async function suspendFromMenus(page: Page, count: number, tap: boolean): Promise<(StoredKey & { name: string })[]> {
  const keys = await storedKeys(page)
  const ids = await bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title')))
  const active = keys.filter((k): k is StoredKey & { name: string } => ids.includes(k.id) && k.status === 'ACTIVE' && Boolean(k.name)).slice(0, count)
  for (const key of active) {
    const press = (locator: Locator) => (tap ? locator.tap() : locator.click())
    await press(actionsButton(page, key))
    await press(page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }))
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await press(dialog.getByRole('button', { name: 'Suspend key' }))
    await expect(dialog).toBeHidden()
    await expect(page.locator('section[aria-label="Notifications"]')).toContainText(`${key.name} suspended`)
  }
  return active
}

test.describe('toasts that stay (an Undo) collapse to the newest', () => {
  test.use({ hasTouch: true })

  test('at 320 px in dark mode: one shows, the rest are counted; a tap opens them all and Show fewer folds them again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto('/')
    await expectRowsSettled(page)
    const suspended = await suspendFromMenus(page, 4, true)
    const newest = suspended.at(-1)
    await expect(shownToasts(page)).toHaveCount(1)
    await expect(shownToasts(page)).toContainText(`${newest?.name} suspended`)
    const more = page.getByRole('button', { name: '3 more notifications' })
    await expect(more).toBeVisible()
    // The collapsed stack leaves most of the screen to the list.
    const stack = await page.locator('section[aria-label="Notifications"]').boundingBox()
    expect(stack?.height ?? Infinity).toBeLessThan(640 * 0.35)
    await more.tap()
    await expect(shownToasts(page)).toHaveCount(4)
    for (const key of suspended) await expect(page.locator('section[aria-label="Notifications"]')).toContainText(`${key.name} suspended`)
    await page.getByRole('button', { name: 'Show fewer' }).tap()
    await expect(shownToasts(page)).toHaveCount(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  test('at 1280 px three show and the fourth is counted', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    await suspendFromMenus(page, 4, false)
    await expect(shownToasts(page)).toHaveCount(3)
    await expect(page.getByRole('button', { name: '1 more notification', exact: true })).toBeVisible()
  })
})

test('Undo by keyboard gives focus back to where it came from, not to the page', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const [key] = await suspendFromMenus(page, 1, false)
  const next = pagination(page).getByRole('button', { name: 'Next', exact: true })
  await next.focus()
  // The toasts follow the page: Tab from the pager's last button reaches the Undo.
  const undo = page.locator('section[aria-label="Notifications"]').getByRole('button', { name: 'Undo' })
  for (let i = 0; i < 10 && !(await undo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('section[aria-label="Notifications"]')).toContainText(`${key?.name} reactivated`)
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
  await expect(next).toBeFocused()
})

test.describe('at 320 px by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 640 } })

  test('a card’s select box takes a tap just beside it', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const nearBox = async (row: number, where: (box: { x: number; y: number; width: number; height: number }) => [number, number]) => {
      const box = bodyRows(page).nth(row).getByRole('checkbox')
      await box.scrollIntoViewIfNeeded()
      const at = await box.boundingBox()
      if (!at) throw new Error('the box is laid out')
      const [x, y] = where(at)
      // The box's own target reaches there (not Chromium's adjustment of a touch to the nearest control, which Safari lacks).
      expect(await box.evaluate((input, [px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('label')?.contains(input) ?? false, [x, y])).toBe(true)
      await page.touchscreen.tap(x, y)
      return box
    }
    // 10 px left of one card's box, then 10 px above another's: both land on the box's own edge.
    await expect(await nearBox(1, (at) => [at.x - 10, at.y + at.height / 2])).toBeChecked()
    await expect(await nearBox(2, (at) => [at.x + at.width / 2, at.y - 10])).toBeChecked()
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 selected')
  })

  test('the bulk bar is pinned to the foot of the screen: a tapped card stays put, the pager and a toast stay clear of it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    const card = bodyRows(page).nth(0)
    const before = await card.boundingBox()
    await card.getByRole('checkbox').tap()
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await expect(bar).toContainText('1 selected')
    const pinned = await bar.boundingBox()
    expect(pinned && pinned.y + pinned.height).toBeCloseTo(640, 0)
    expect(pinned?.height ?? Infinity).toBeLessThan(640 * 0.25)
    expect((await card.boundingBox())?.y).toBe(before?.y)
    // Another card's own action while the selection stands: its toast stacks above the bar.
    const ids = await bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title')))
    const other = keys.find((k): k is StoredKey & { name: string } => k.id !== ids[0] && ids.includes(k.id) && k.status === 'ACTIVE' && Boolean(k.name))
    if (!other) throw new Error('an active key on the first page')
    await actionsButton(page, other).tap()
    await page.getByRole('menuitem', { name: `Suspend ${other.name}`, exact: true }).tap()
    await page.getByRole('dialog', { name: `Suspend ${other.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
    await expect(shownToasts(page)).toContainText(`${other.name} suspended`)
    const toast = await shownToasts(page).boundingBox()
    expect(toast && toast.y + toast.height).toBeLessThanOrEqual(pinned?.y ?? 0)
    // The page keeps room below its end: the pager scrolls clear of the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const pager = await pagination(page).boundingBox()
    expect(pager && pager.y + pager.height).toBeLessThanOrEqual(pinned?.y ?? 0)
    await bar.getByRole('button', { name: 'Clear selection' }).tap()
    await expect(bar).toHaveCount(0)
    // The bar's room goes with it; the toast's stays while the toast does.
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--bulk-bar-height'))).toBe('')
    const toastRoom = await page.evaluate(() => document.documentElement.style.getPropertyValue('--toasts-height'))
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe(toastRoom)
  })

  test('Demo settings: a number out of range shows its message in view, above the footer', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'More actions' }).tap()
    await page.getByRole('menuitem', { name: 'Demo settings…' }).tap()
    const dialog = page.getByRole('dialog', { name: 'Demo settings' })
    await dialog.getByRole('radio', { name: /Another number/ }).check()
    const field = dialog.getByRole('textbox', { name: 'How many keys' })
    await field.fill('99999999')
    await dialog.getByRole('button', { name: 'Apply' }).tap()
    const message = dialog.getByText('Enter a whole number from 0 to 50,000.')
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('99999999')
    // Wholly in view inside the dialog's scrolling body, not under its footer.
    const footer = await dialog.getByRole('button', { name: 'Apply' }).boundingBox()
    await expect.poll(async () => ((await message.boundingBox())?.y ?? Infinity) + ((await message.boundingBox())?.height ?? 0)).toBeLessThanOrEqual((footer?.y ?? 0) - 8)
    await expect(message).toBeInViewport({ ratio: 1 })
  })

  test('Next tapped at the foot of the page shows the new page from its first card', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const next = pagination(page).getByRole('button', { name: 'Next', exact: true })
    await next.scrollIntoViewIfNeeded()
    await next.tap()
    await expect(page).toHaveURL(/page=2/)
    await expect(pagination(page).getByText(/^21–40 of/)).toBeVisible()
    await expect(bodyRows(page).first()).toBeInViewport()
  })
})

test('Next pressed by keyboard keeps the view on the pager and the focus on Next', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const next = pagination(page).getByRole('button', { name: 'Next', exact: true })
  await next.focus()
  await page.keyboard.press('Enter')
  await expect(pagination(page).getByText(/^21–40 of/)).toBeVisible()
  await expect(next).toBeFocused()
  await expect(next).toBeInViewport()
})

test('a Suspend dialog for one key opens on its Reason field: a list that fits is no stop of its own', async ({ page }) => {
  const key = pickKey(await storedKeys(await openFirst(page)), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  await actionsButton(page, key).click()
  await page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
  await expect(dialog.getByRole('textbox', { name: /^Reason/ })).toBeFocused()
  await expect(dialog.getByRole('list', { name: 'Keys' })).not.toHaveAttribute('tabindex')
})

test('at 375 px the command palette, open with nothing typed, has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openFirst(page)
  await page.keyboard.press('Control+k')
  await expect(palette(page)).toBeVisible()
  await expectNoAxeViolations(page)
})

async function openFirst(page: Page): Promise<Page> {
  await page.goto('/')
  await expectRowsSettled(page)
  return page
}
