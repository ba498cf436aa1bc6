import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, startFromSeed } from './page-helpers'

// A key's scope list opened by a finger must not raise the phone's keyboard over it; by keyboard, its filter box is ready.
test.use({ hasTouch: true })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  await expectRowsSettled(page)
})

const scopesButton = (page: import('@playwright/test').Page) => bodyRows(page).getByRole('button', { name: /^\d+ scopes? of / }).first()
const popover = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: /^Scopes of / })

test('tapped, the popover takes focus itself, not its filter box; a tap on the box then types', async ({ page }) => {
  const trigger = scopesButton(page)
  await trigger.tap()
  await expect(popover(page)).toBeVisible()
  const filter = popover(page).getByRole('searchbox', { name: 'Filter scopes' })
  await expect(popover(page)).toBeFocused()
  await expect(filter).not.toBeFocused()
  await filter.tap()
  await expect(filter).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(popover(page)).toBeHidden()
  // Opened again by a finger (the popover's code is loaded now): the same.
  await trigger.tap()
  await expect(popover(page)).toBeFocused()
  await expect(filter).not.toBeFocused()
})

test('opened by keyboard on the same phone-sized page, the filter box takes focus', async ({ page }) => {
  const trigger = scopesButton(page)
  await trigger.focus()
  await page.keyboard.press('Enter')
  await expect(popover(page).getByRole('searchbox', { name: 'Filter scopes' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(trigger).toBeFocused()
  await trigger.tap()
  await expect(popover(page)).toBeFocused()
  await page.keyboard.press('Escape')
  // Focus goes back to the button as the popover closes: Enter pressed before that reaches nothing.
  await expect(trigger).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(popover(page).getByRole('searchbox', { name: 'Filter scopes' })).toBeFocused()
})
