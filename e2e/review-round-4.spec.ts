import { expect, test } from './fixtures'
import { chooseRowAction, expectStoredStatus, openKey, statusToasts } from './key-actions-helpers'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'

// What a fourth review found by touch at phone sizes, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true, viewport: { width: 320, height: 740 } })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test('a double tap on Undo undoes once: the toast it brings has no Undo for the second tap to land on', async ({ page }) => {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  await chooseRowAction(page, key, 'Suspend')
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
  const undo = statusToasts(page).getByRole('button', { name: 'Undo' })
  await expect(undo).toBeEnabled()
  await expectStoredStatus(page, key.id, 'SUSPENDED')
  const box = await undo.boundingBox()
  if (!box) throw new Error('Undo has no box')
  // Two taps at the same spot, as a double tap sends them; the second used to hit the new toast's Undo
  // and suspend the key again, under a toast that looked just like the first.
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
  await expect(statusToasts(page)).toContainText(`${key.name} reactivated`)
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
  await expect(undo).toHaveCount(0)
  await expectStoredStatus(page, key.id, 'ACTIVE')
})

test('a bulk confirmation’s list of keys that scrolls shows a shadow where more keys lie, and none past its end', async ({ page }) => {
  await page.goto('/')
  const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ })
  for (const n of [0, 1, 5]) await boxes.nth(n).tap()
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^Suspend/ }).tap()
  const list = page.getByRole('dialog', { name: 'Suspend 3 keys?' }).getByRole('list', { name: 'Keys' })
  // At 320 px the list cut its keys exactly between the second and the third, with nothing below to show a third.
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true)
  // The keys hidden (their room kept): what is left at each edge is the list's own background.
  await list.evaluate((element) => element.querySelectorAll('li').forEach((li) => (li.style.visibility = 'hidden')))
  const strip = async (edge: 'top' | 'bottom') => {
    const box = await list.boundingBox()
    if (!box) throw new Error('The list has no box')
    const y = edge === 'top' ? box.y + 3 : box.y + box.height - 9
    return page.screenshot({ clip: { x: box.x + 12, y, width: box.width - 24, height: 6 } })
  }
  const atTop = { top: await strip('top'), bottom: await strip('bottom') }
  expect(atTop.bottom.equals(atTop.top), 'a shadow at the bottom, where the third key lies').toBe(false)
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight, behavior: 'instant' }))
  await expect.poll(() => list.evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1)).toBe(true)
  const atEnd = { top: await strip('top'), bottom: await strip('bottom') }
  expect(atEnd.bottom.equals(atTop.top), 'no shadow past the end').toBe(true)
  expect(atEnd.top.equals(atEnd.bottom), 'a shadow at the top, where the first keys went').toBe(false)
})

for (const [where, path] of [
  ['the toolbar', '/?env=PRODUCTION&q=a'],
  ['the no-match panel', '/?q=no-key-is-called-this'],
] as const) {
  test(`Reset filters tapped in ${where} leaves the focus on a button, not in the search box that raises a phone’s keyboard`, async ({ page }) => {
    await page.goto(path)
    const reset = where === 'the toolbar' ? page.getByRole('search', { name: 'Filter keys' }).getByRole('button', { name: 'Reset filters' }) : page.getByRole('main').getByRole('button', { name: 'Reset filters' }).last()
    await reset.tap()
    await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
    // On a phone the Filters button, beside the search box; focus stays in the toolbar, not on <body>.
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeFocused()
    await expect(page.getByRole('searchbox')).not.toBeFocused()
  })
}

test('a phone’s touch screen offers no keyboard shortcuts button; a narrow window used with a mouse still does', async ({ page, browser }) => {
  await page.goto('/')
  await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden()
  // Nor on its side (740 × 375), where the toolbar is a phone's too (it showed there).
  await page.setViewportSize({ width: 740, height: 375 })
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden()
  const mouse = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 320, height: 740 }, hasTouch: false })
  try {
    const narrow = await mouse.newPage()
    await narrow.goto('/')
    await expect(narrow.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  } finally {
    await mouse.close()
  }
})

test.describe('a phone on its side (740 × 375)', () => {
  test.use({ viewport: { width: 740, height: 375 } })

  test('the filters sit behind Filters, so the first key shows without scrolling; the sheet filters by touch', async ({ page }) => {
    await page.goto('/')
    const toolbar = page.getByRole('search', { name: 'Filter keys' })
    // The first key's name (the row scrolls sideways, its name pinned). The four rows of filter groups filled the whole first screen, the first key below it.
    const firstName = page.getByRole('table', { name: 'API keys' }).locator('tbody tr').first().locator('td[data-column="name"]')
    await expect(firstName).toBeInViewport({ ratio: 1 })
    await expect(toolbar.getByRole('group', { name: 'Environment', exact: true })).toBeHidden()
    // Search, Filters, Views, Advanced and Columns on one row.
    const [search, columns] = await Promise.all([page.getByRole('searchbox').boundingBox(), page.getByRole('button', { name: 'Choose columns' }).boundingBox()])
    expect(Math.abs((search?.y ?? 0) + (search?.height ?? 0) / 2 - ((columns?.y ?? 0) + (columns?.height ?? 0) / 2))).toBeLessThanOrEqual(2)
    await toolbar.getByRole('button', { name: 'Filters', exact: true }).tap()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    await sheet.getByRole('group', { name: 'Environment', exact: true }).getByRole('button', { name: 'Production', exact: true }).tap()
    await sheet.getByRole('button', { name: /^Show \d+ keys$/ }).tap()
    await expect(sheet).toBeHidden()
    await expect(page).toHaveURL(/env=production/i)
    await expect(toolbar.getByRole('button', { name: 'Filters 1 active' })).toBeVisible()
    for (const text of await page.getByRole('table', { name: 'API keys' }).locator('tbody td[data-column="environment"]').allInnerTexts()) expect(text).toBe('Production')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(740)
  })
})

test('a dialog’s description and its In use warning take the body’s whole width; only the title leaves room for the close button', async ({ page }) => {
  await page.goto('/')
  const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ })
  for (const n of [0, 1]) await boxes.nth(n).tap()
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^Suspend/ }).tap()
  const dialog = page.getByRole('dialog', { name: 'Suspend 2 keys?' })
  const list = dialog.getByRole('list', { name: 'Keys' })
  await expect(list).toBeVisible()
  const [warning, keys, close] = await Promise.all([
    // The warning's box: its icon and its words, whose first are "In use:".
    dialog.locator('strong', { hasText: /^In use:$/ }).locator('xpath=../..').boundingBox(),
    list.boundingBox(),
    dialog.getByRole('button', { name: 'Close' }).boundingBox(),
  ])
  if (!warning || !keys || !close) throw new Error('The dialog is not laid out')
  // The warning was 27 px narrower than the list below it at 320 px.
  expect(Math.abs(warning.x + warning.width - (keys.x + keys.width))).toBeLessThanOrEqual(1)
  // The title's text stops short of the close button.
  const titleEnd = await dialog.getByRole('heading', { name: 'Suspend 2 keys?' }).evaluate((h) => h.getBoundingClientRect().right - parseFloat(getComputedStyle(h).paddingRight))
  expect(titleEnd).toBeLessThanOrEqual(close.x)
})
