import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

// The command palette, driven by the keyboard as a person would.

export const palette = (page: Page): Locator => page.getByRole('dialog', { name: 'Command palette' })
export const paletteInput = (page: Page): Locator => palette(page).getByRole('combobox', { name: 'Search keys, views and actions' })

/** An option whose accessible name starts with `label` (a key's option adds its environment, status and end). */
export const paletteOption = (page: Page, label: string): Locator =>
  palette(page).getByRole('option', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })

/** Ctrl+K from wherever focus is, then the text typed into the palette's combobox. */
export async function openPaletteAndType(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+K')
  await expect(paletteInput(page)).toBeFocused()
  await page.keyboard.type(text)
}

/** Waits for the key search to answer: until then the options may still move. */
export async function expectSearchSettled(page: Page): Promise<void> {
  await expect(palette(page).getByRole('status')).not.toHaveText('Searching keys…')
}

/** Arrow Down until `option` is the active one (aria-activedescendant), then Enter. */
export async function chooseWithArrows(page: Page, option: Locator, max = 20): Promise<void> {
  await expectSearchSettled(page)
  await expect(option).toBeVisible()
  for (let i = 0; i < max && (await option.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown')
  const id = await option.getAttribute('id')
  await expect(paletteInput(page)).toHaveAttribute('aria-activedescendant', id ?? '')
  await page.keyboard.press('Enter')
  await expect(palette(page)).toBeHidden()
}
