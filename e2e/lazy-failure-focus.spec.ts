import type { Page } from '@playwright/test'
import { allowBlockedChunk, blockChunk } from './blocked-chunk-helpers'
import { unexpectedConsoleErrors } from './connected-helpers'
import { expect, test } from './fixtures'
import { expectRowsSettled, pressUntilFocused } from './page-helpers'

// A lazily loaded part that fails while focus was on the control that asked for it (which the
// failure replaces) puts focus on the failure's Retry: not dropped to <body>, the top of the page.

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

const headerMenuFailure = (page: Page) => page.locator('header').getByRole('alert').filter({ hasText: 'Could not load the header menu.' })

test.describe('on a 320 px phone in dark mode, by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 640 }, colorScheme: 'dark' })

  test('the More menu that cannot load puts focus on Retry, the page does not scroll sideways, and Retry opens the menu', async ({ page }, testInfo) => {
    allowBlockedChunk(testInfo)
    // Blocked from the start: the idle preload fails too, as it would offline.
    const blocked = await blockChunk(page, 'header-menu')
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'More actions' }).tap()

    const alert = headerMenuFailure(page)
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeFocused()
    await expect(alert.getByRole('button', { name: 'Reload for the latest version' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)

    // Retry while still offline fails again, and focus stays on Retry.
    await alert.getByRole('button', { name: 'Retry' }).tap()
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeFocused()

    await blocked.online()
    await alert.getByRole('button', { name: 'Retry' }).tap()
    await expect(page.getByRole('menu')).toBeVisible()
    await expect(page.getByRole('menu').getByRole('menuitem', { name: 'Reset demo data' })).toBeVisible()
    await expect(alert).toHaveCount(0)
  })
})

test('by keyboard at 1024 px: the More menu that cannot load puts focus on Retry, and Enter on Retry opens it once it can', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  await page.setViewportSize({ width: 1024, height: 800 })
  const blocked = await blockChunk(page, 'header-menu')
  await page.goto('/')
  await expectRowsSettled(page)
  const more = page.getByRole('button', { name: 'More actions' })
  await pressUntilFocused(page, more)
  await page.keyboard.press('Enter')

  const retry = headerMenuFailure(page).getByRole('button', { name: 'Retry' })
  await expect(retry).toBeFocused()
  await blocked.online()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu')).toBeVisible()
  // The menu a key opened has focus in it, and Escape gives it back to the button.
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(more).toBeFocused()
})

test('at 1280 px, where the header shows no More button, a header part that cannot load leaves focus on the button that asked', async ({ page }, testInfo) => {
  allowBlockedChunk(testInfo)
  await page.setViewportSize({ width: 1280, height: 800 })
  await blockChunk(page, 'command-palette')
  await page.goto('/')
  await expectRowsSettled(page)
  await expect(page.getByRole('button', { name: 'More actions' })).toBeHidden()
  const palette = page.getByRole('button', { name: 'Command palette' })
  await pressUntilFocused(page, palette)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the command palette.' })).toBeVisible()
  await expect(palette).toBeFocused()
})
