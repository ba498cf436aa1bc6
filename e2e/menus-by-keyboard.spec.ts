import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, filters } from './page-helpers'

// Menu buttons whose menu code loads on first press: opened by a key, the first time as every
// time after, focus lands on the first item, as the ARIA menu button pattern says, not on the
// menu around the items.

interface MenuCase {
  name: string
  viewport?: { width: number; height: number }
  trigger: (page: Page) => Locator
}

const rowMenu: MenuCase = { name: 'a row’s actions', trigger: (page) => bodyRows(page).first().getByRole('button', { name: /^Actions for / }) }
const MENUS: MenuCase[] = [
  rowMenu,
  { name: 'the column menu', trigger: (page) => page.getByRole('button', { name: 'Choose columns' }) },
  { name: 'the views menu', trigger: (page) => filters(page).getByRole('button', { name: 'Views', exact: true }) },
  { name: 'the header’s More menu at 375 px', viewport: { width: 375, height: 740 }, trigger: (page) => page.getByRole('button', { name: 'More actions' }) },
]

/** The menu a trigger controls, and its items that can take focus. */
async function menuOf(page: Page, trigger: Locator): Promise<{ menu: Locator; items: Locator }> {
  await expect(trigger).toHaveAttribute('aria-expanded', 'true')
  const id = await trigger.getAttribute('aria-controls')
  expect(id).toBeTruthy()
  const menu = page.locator(`[id="${id}"]`)
  await expect(menu).toHaveRole('menu')
  return { menu, items: menu.locator('[role^="menuitem"]:not([data-disabled])') }
}

async function open(page: Page, { viewport }: MenuCase): Promise<void> {
  if (viewport) await page.setViewportSize(viewport)
  await page.goto('/')
  await expectRowsSettled(page)
}

/** Opens the menu by `key`, the first time; its items. */
async function openByKey(page: Page, menuCase: MenuCase, key: string): Promise<{ trigger: Locator; items: Locator }> {
  await open(page, menuCase)
  const trigger = menuCase.trigger(page)
  await trigger.focus()
  await page.keyboard.press(key)
  return { trigger, items: (await menuOf(page, trigger)).items }
}

for (const menuCase of MENUS) {
  test(`${menuCase.name}: Enter opens it the first time on its first item; Escape gives focus back; opened again, the same`, async ({ page }) => {
    const { trigger, items } = await openByKey(page, menuCase, 'Enter')
    await expect(items.first()).toBeFocused()
    await expect(items.first()).toHaveAttribute('data-highlighted', '')
    await page.keyboard.press('Escape')
    await expect(trigger).toBeFocused()
    await expect(trigger).toHaveAttribute('aria-expanded', 'false')

    await page.keyboard.press('Enter')
    await expect((await menuOf(page, trigger)).items.first()).toBeFocused()
  })
}

for (const key of [' ', 'ArrowDown']) {
  test(`${rowMenu.name}: ${key === ' ' ? 'Space' : key} opens it the first time on its first item`, async ({ page }) => {
    const { items } = await openByKey(page, rowMenu, key)
    await expect(items.first()).toBeFocused()
  })
}

test(`${rowMenu.name}: ArrowUp opens it neither the first time nor after, as Radix's trigger does not`, async ({ page }) => {
  await open(page, rowMenu)
  const trigger = rowMenu.trigger(page)
  await trigger.focus()
  await page.keyboard.press('ArrowUp')
  // The press handler sets both at once when it starts loading the menu.
  await expect(trigger).not.toHaveAttribute('aria-busy', 'true')
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await expect((await menuOf(page, trigger)).items.first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(trigger).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')
})

test(`${rowMenu.name}: opened by the pointer, no item is picked for the user, and the pointer leaving an item does not move focus to one`, async ({ page }) => {
  await open(page, rowMenu)
  const trigger = rowMenu.trigger(page)
  await trigger.click()
  const { menu, items } = await menuOf(page, trigger)
  await expect(menu).toBeFocused()
  await items.first().hover()
  await expect(items.first()).toBeFocused()
  // Off the item, still over the menu: Radix puts focus back on the menu itself.
  const box = await menu.boundingBox()
  if (!box) throw new Error('the menu has no box')
  await page.mouse.move(box.x + 2, box.y + 2)
  await expect(menu).toBeFocused()
  await expect(menu.locator('[data-highlighted]')).toHaveCount(0)
})

/** The first row's menu opened by Enter while its code is held back, as a slow network would; `release` lets it come. */
async function openRowMenuSlowly(page: Page): Promise<{ trigger: Locator; release: () => void }> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/row-actions-menu-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await open(page, rowMenu)
  const trigger = rowMenu.trigger(page)
  await trigger.focus()
  await page.keyboard.press('Enter')
  await expect(trigger).toHaveAttribute('aria-busy', 'true')
  return { trigger, release }
}

test(`${rowMenu.name}: arrows pressed while its code loads are not lost`, async ({ page }) => {
  const { trigger, release } = await openRowMenuSlowly(page)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  // Nor did they scroll the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  release()
  const { items } = await menuOf(page, trigger)
  await expect(items.nth(2)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(trigger).toBeFocused()
})

test(`${rowMenu.name}: Escape pressed while its code loads gives the menu up`, async ({ page }) => {
  const { trigger, release } = await openRowMenuSlowly(page)
  await page.keyboard.press('Escape')
  await expect(trigger).not.toHaveAttribute('aria-busy', 'true')
  release()
  // The code has come (a second row's menu opens from it), and the first never opened on its own.
  const other = bodyRows(page).nth(1).getByRole('button', { name: /^Actions for / })
  await other.focus()
  await page.keyboard.press('Enter')
  await expect((await menuOf(page, other)).items.first()).toBeFocused()
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('menu')).toHaveCount(1)
})
