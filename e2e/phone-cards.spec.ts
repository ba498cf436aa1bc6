import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { bulkBar, expectStoredStatus, openKey } from './key-actions-helpers'
import { actionsButton, bodyRows, expectRowsSettled, filters, keysTable, pickKey, pressUntilFocused, rowMenu, rowOf, searchBox, startFromSeed, storedKeys, type StoredKey } from './page-helpers'

// Issue 13, item 1: on a phone (≤ 640 px) the keys are cards and the filters sit in a sheet; tablets keep the table.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true, serviceWorkers: 'block' })

const ENVIRONMENT: Record<string, string> = { PRODUCTION: 'Production', STAGING: 'Staging', DEVELOPMENT: 'Development' }
const TYPE: Record<string, string> = { SERVICE: 'Service', USER: 'User' }
const STATUS: Record<string, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended', REVOKED: 'Revoked', EXPIRED: 'Expired' }

const filtersButton = (page: Page): Locator => filters(page).getByRole('button', { name: /^Filters/ })
const sheet = (page: Page): Locator => page.getByRole('dialog', { name: 'Filters' })
const sheetOption = (page: Page, group: string, option: string): Locator => sheet(page).getByRole('group', { name: group, exact: true }).getByRole('button', { name: option, exact: true })
const toolbarGroup = (page: Page, group: string): Locator => filters(page).getByRole('group', { name: group, exact: true })

async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  const frame = keysTable(page).locator('xpath=..')
  expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
}

/** The stored key a card (or row) shows, by the id the row carries. */
async function keyOfRow(page: Page, row: Locator): Promise<StoredKey> {
  const id = await row.getAttribute('data-row-id')
  const key = (await storedKeys(page)).find((k) => k.id === id)
  if (!key) throw new Error(`No stored key ${id}`)
  return key
}

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  expect(found, 'laid out').not.toBeNull()
  return found ?? { x: 0, y: 0, width: 0, height: 0 }
}

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('at 320 px the widest status, environment and type (Suspended, Development, Service) stay inside their card, the type taking the next line', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await expectRowsSettled(page)
  const key = pickKey(await storedKeys(page), (k) => k.status === 'SUSPENDED' && k.environment === 'DEVELOPMENT' && k.key_type === 'SERVICE')
  const card = await openKey(page, key)
  // What each cell draws, not its box: a grid's last column once went to no width, and "Service" ran over the card's edge.
  const spill = await card.locator('td:not([data-column="name"])').evaluateAll((cells) => {
    const outer = cells[0]?.closest('tr')?.getBoundingClientRect()
    return cells
      .filter((cell) => {
        const drawn = document.createRange()
        drawn.selectNodeContents(cell)
        return outer !== undefined && drawn.getBoundingClientRect().right > outer.right - 1
      })
      .map((cell) => cell.getAttribute('data-column'))
  })
  expect(spill).toEqual([])
  const [status, type] = await Promise.all([box(card.locator('td[data-column="status"]')), box(card.locator('td[data-column="key_type"]'))])
  expect(type.x).toBe(status.x)
  expect(type.y).toBeGreaterThan(status.y)
  await expectNoSidewaysScroll(page, 320)
})

for (const { width, height } of [
  { width: 320, height: 640 },
  { width: 375, height: 740 },
]) {
  test(`at ${width} px the keys are cards: every field of the key in its card, nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expectRowsSettled(page)
    await expectNoSidewaysScroll(page, width)

    // Search stays; the filter groups wait behind the Filters button.
    await expect(searchBox(page)).toBeVisible()
    await expect(filtersButton(page)).toBeVisible()
    await expect(toolbarGroup(page, 'Environment')).toBeHidden()

    const card = bodyRows(page).first()
    const key = await keyOfRow(page, card)
    await expect(card.getByRole('link', { name: key.name ?? '' })).toBeVisible()
    await expect(card.getByRole('checkbox', { name: `Select ${key.name}` })).toBeVisible()
    for (const text of [STATUS[key.status], ENVIRONMENT[key.environment ?? ''], TYPE[key.key_type]]) await expect(card).toContainText(text ?? '')
    // The fields a badge does not name carry their label on the card (drawn by CSS, so the cell's text stays its value).
    const drawnLabels = await card.locator('td[data-label]').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content))
    for (const label of ['Last used', 'Permissions']) expect(drawnLabels.some((content) => content.includes(`"${label}"`)), label).toBe(true)
    await expect(card.locator('td[data-column="last_used_at"]')).toBeVisible()
    await expect(card.locator('td[data-column="permissions"]')).toBeVisible()

    // The select box, the name and the actions button share the card's first line, inside the card.
    const cardBox = await box(card)
    const actions = await box(card.getByRole('button', { name: `Actions for ${key.name}`, exact: true }))
    const select = await box(card.getByRole('checkbox', { name: `Select ${key.name}` }))
    expect(actions.x + actions.width).toBeLessThanOrEqual(cardBox.x + cardBox.width)
    expect(actions.y).toBeLessThan(cardBox.y + 24)
    expect(select.y).toBeLessThan(cardBox.y + 24)
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(width)
    // Every cell inside its card.
    const spill = await card.locator('td').evaluateAll((cells) => {
      const outer = cells[0]?.closest('tr')?.getBoundingClientRect()
      return cells.filter((cell) => outer && cell.getBoundingClientRect().right > outer.right + 0.5).length
    })
    expect(spill).toBe(0)
    // The whole first card shows without scrolling on a 375×740 phone.
    if (width === 375) expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(height)

    // The sort buttons stay, above the cards.
    await expect(keysTable(page).getByRole('button', { name: /^Name/ })).toBeVisible()
    // Touch targets too: each at least 24 px, or that far from the next (WCAG 2.5.8).
    await expectNoAxeViolations(page, { also: ['target-size'] })
  })
}

test('at 320 px no page scrolls sideways, nor any part of one: the keys, the audit, a key’s page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await expectRowsSettled(page)
  const link = bodyRows(page).first().getByRole('link').first()
  const keyPage = (await link.getAttribute('href')) ?? ''
  const scrollers = () =>
    page.evaluate(() => [
      ...(document.documentElement.scrollWidth > innerWidth ? ['the page'] : []),
      ...[...document.querySelectorAll('body *')]
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}: ${el.scrollWidth} > ${el.clientWidth}`),
    ])
  expect(await scrollers()).toEqual([])
  await page.goto('/audit')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible()
  await expect(page.locator('main a[aria-label$=" keys"]').first()).toBeVisible()
  expect(await scrollers()).toEqual([])
  await page.goto(keyPage)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Last used').first()).toBeVisible()
  expect(await scrollers()).toEqual([])
})

test('at 768 px the table stays a table, with its filter groups in the toolbar', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 })
  await page.goto('/')
  await expectRowsSettled(page)
  await expect(filtersButton(page)).toBeHidden()
  await expect(toolbarGroup(page, 'Environment')).toBeVisible()
  const header = await box(keysTable(page).getByRole('columnheader', { name: 'Status' }))
  const name = await box(keysTable(page).getByRole('columnheader', { name: /^Name/ }))
  // Column headers in one row, each cell beside the next: a table, not cards.
  expect(Math.abs(header.y - name.y)).toBeLessThan(2)
  expect(await bodyRows(page).first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row')
})

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the filters sheet by touch: it counts what is on, the list follows, Clear empties it; axe passes in it', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const production = (await storedKeys(page)).filter((k) => k.environment === 'PRODUCTION').length
    await filtersButton(page).tap()
    await expect(sheet(page)).toBeVisible()
    await expectNoAxeViolations(page)

    await sheetOption(page, 'Environment', 'Production').tap()
    await expect(sheetOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expect(sheet(page)).toHaveAccessibleDescription('1 filter narrows the list.')
    await sheet(page).getByRole('button', { name: `Show ${production} keys` }).tap()
    await expect(sheet(page)).toBeHidden()
    await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active')
    await expect(page).toHaveURL(/env=production/i)
    await expectRowsSettled(page)
    for (const text of await keysTable(page).locator('tbody td[data-column="environment"]').allInnerTexts()) expect(text).toBe('Production')
    await expectNoSidewaysScroll(page, 375)

    await filtersButton(page).tap()
    await sheetOption(page, 'Last used', 'Never used').tap()
    await expect(sheet(page)).toHaveAccessibleDescription('2 filters narrow the list.')
    const clear = sheet(page).getByRole('button', { name: 'Clear filters' })
    const top = (await sheet(page).boundingBox())?.y
    await clear.tap()
    await expect(sheetOption(page, 'Environment', 'All environments')).toHaveAttribute('aria-pressed', 'true')
    // It stays, unavailable, with the focus it had: the sheet keeps its place.
    await expect(clear).toHaveAttribute('aria-disabled', 'true')
    await expect(clear).toBeFocused()
    expect((await sheet(page).boundingBox())?.y).toBe(top)
    await expect(sheetOption(page, 'Last used', 'Any use')).toHaveAttribute('aria-pressed', 'true')
    await expect(sheet(page)).toHaveAccessibleDescription('Every key is shown.')
    await sheet(page).getByRole('button', { name: 'Close' }).tap()
    await expect(sheet(page)).toBeHidden()
    await expect(filtersButton(page)).toHaveAccessibleName('Filters')
    await expect(page).not.toHaveURL(/env=/i)
  })

  test('the sheet’s button never promises another view’s count: none while the rows load or after they fail', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    await filtersButton(page).tap()
    const show = sheet(page).getByRole('button', { name: /^Show/ })
    await expect(show).toHaveAccessibleName(`Show ${keys.length} keys`)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: null, method: 'GET' })
    const revoked = sheetOption(page, 'Status', 'Revoked')
    await revoked.tap()
    await expect(revoked).toHaveAttribute('aria-pressed', 'true')
    // Rendered with the toggle: while the list behind still shows every key, the button does not count them.
    expect(await show.textContent()).toBe('Show keys')
    // Queries retry a 5xx three times with a growing back-off (about 7 s) before they fail.
    const failed = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await expect(failed).toHaveCount(1, { timeout: 30_000 })
    await expect(show).toHaveAccessibleName('Show keys')
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await show.tap()
    await failed.getByRole('button', { name: 'Retry' }).tap()
    await expectRowsSettled(page)
    await filtersButton(page).tap()
    await expect(show).toHaveAccessibleName(`Show ${keys.filter((k) => k.status === 'REVOKED').length} keys`)
  })

  test('an audit link’s created-age span is counted and removable in the sheet', async ({ page }) => {
    await page.goto('/?env=PRODUCTION&created=90')
    await expectRowsSettled(page)
    await expect(filtersButton(page)).toHaveAccessibleName('Filters 2 active')
    await filtersButton(page).tap()
    await expect(sheet(page)).toHaveAccessibleDescription('2 filters narrow the list.')
    await sheet(page).getByRole('button', { name: 'Remove filter: created over 90 days ago' }).tap()
    await expect(sheet(page)).toHaveAccessibleDescription('1 filter narrows the list.')
    await expect(page).not.toHaveURL(/created=/)
    await expect(sheetOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
  })

  test('the filters sheet by keyboard: opens with Enter, a toggle with Space, Escape gives focus back', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    await searchBox(page).focus()
    await pressUntilFocused(page, filtersButton(page))
    await page.keyboard.press('Enter')
    await expect(sheet(page)).toBeVisible()
    const suspended = sheetOption(page, 'Status', 'Suspended')
    await pressUntilFocused(page, suspended)
    await page.keyboard.press('Space')
    await expect(suspended).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('Escape')
    await expect(sheet(page)).toBeHidden()
    await expect(filtersButton(page)).toBeFocused()
    await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active')
    await expectRowsSettled(page)
    for (const text of await keysTable(page).locator('tbody td[data-column="status"]').allInnerTexts()) expect(text).toBe('Suspended')
  })

  test('actions from a card by touch: its menu suspends the key it names; its box selects it for the bulk bar', async ({ page }) => {
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const card = await openKey(page, key)
    await actionsButton(page, key).tap()
    const menu = rowMenu(page, key)
    await menu.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).tap()
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByRole('button', { name: 'Suspend key' }).tap()
    await expect(dialog).toBeHidden()
    await expect(card.locator('td[data-column="status"]')).toHaveText('Suspended')
    await expectStoredStatus(page, key.id, 'SUSPENDED')

    await rowOf(page, key.id).getByRole('checkbox', { name: `Select ${key.name}` }).tap()
    await expect(bulkBar(page)).toContainText('1 selected')
    await expectNoSidewaysScroll(page, 375)
  })

  test('a bulk run from the foot of the page: its trouble comes into view and takes focus; a clean run leaves focus on the select-all box', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    // The page's last three active cards, far below the list's top.
    const last = (await bodyRows(page).filter({ has: page.locator('td[data-column="status"]', { hasText: 'Active' }) }).all()).slice(-3)
    expect(last).toHaveLength(3)
    for (const card of last) await card.getByRole('checkbox').tap()
    await expect(bulkBar(page)).toContainText('3 selected')
    const [, middle] = last
    if (!middle) throw new Error('fewer than three active cards on the page')
    const failing = await keyOfRow(page, middle)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: failing.id, times: null })
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).tap()
    await page.getByRole('dialog', { name: 'Suspend 3 keys?' }).getByRole('button', { name: 'Suspend 3 keys' }).tap()
    const outcome = page.getByRole('alert').filter({ hasText: '2 suspended, 1 failed (still selected, to try again)' })
    await expect(outcome).toBeFocused()
    await expect(outcome).toBeInViewport()
    if (failing.name) await expect(outcome).toContainText(failing.name)
    await expect(bulkBar(page)).toContainText('1 selected')

    // That key and one more, the server now well, by keyboard: a clean run clears the bar; focus does not fall to the page.
    await setDemoFaults(page, { fault: null, times: null })
    await outcome.getByRole('button', { name: 'Dismiss result' }).tap()
    const another = (await bodyRows(page).filter({ has: page.locator('td[data-column="status"]', { hasText: 'Active' }) }).all()).at(-2)
    if (!another) throw new Error('no other active card on the page')
    await another.getByRole('checkbox').tap()
    await expect(bulkBar(page)).toContainText('2 selected')
    await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Suspend 2 keys?' }).getByRole('button', { name: 'Suspend 2 keys' }).press('Enter')
    await expect(bulkBar(page)).toHaveCount(0)
    await expect(keysTable(page).getByRole('checkbox', { name: 'Select all keys on this page' })).toBeFocused()
    await expectStoredStatus(page, failing.id, 'SUSPENDED')
  })
})

