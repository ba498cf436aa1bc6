import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { detailHeading, keyActions } from './key-detail-helpers'
import { openView, statusToasts } from './key-actions-helpers'
import { bodyRows, expectRowsSettled, pickKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

// Moving between the app's pages by keyboard: focus lands on the new page (its heading, or on the
// way back the link that led away), never on <body>; and each page names the tab after itself.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const listHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'API keys' })

/** Moves focus to a control and presses Enter on it, as the keyboard does. */
async function enterOn(page: Page, target: Locator): Promise<void> {
  await target.focus()
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
}

test('the first screen keeps the browser’s start: nothing is focused, and Tab reaches the skip link first', async ({ page }) => {
  await openView(page, '/')
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
})

test('Back to the list, by the page’s link or the browser’s Back, focuses the row link that opened the key', async ({ page }) => {
  await openView(page, '/?env=PRODUCTION&sort=name.asc&page=2')
  const link = bodyRows(page).nth(3).getByRole('link')
  const href = await link.getAttribute('href')
  const name = await link.innerText()
  await enterOn(page, link)
  await expect(detailHeading(page)).toHaveText(name)
  await expect(detailHeading(page)).toBeFocused()

  await enterOn(page, page.getByRole('link', { name: 'Back to the list' }))
  await expect(listHeading(page)).toBeVisible()
  const back = page.getByRole('main').locator(`a[href="${href}"]`)
  await expect(back).toBeFocused()
  expect(new URL(page.url()).searchParams.get('page')).toBe('2')

  await page.keyboard.press('Enter')
  await expect(detailHeading(page)).toHaveText(name)
  await expect(detailHeading(page)).toBeFocused()
  await page.goBack()
  await expect(back).toBeFocused()
  // j goes on from that row, as from any row focused.
  await page.keyboard.press('j')
  await expect(bodyRows(page).nth(4).getByRole('link')).toBeFocused()
})

test('Back again, from that page to the page before, takes the focus to Next, in sight, not to another key’s link above the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openView(page, '/?env=PRODUCTION')
  await enterOn(page, page.getByRole('button', { name: 'Next', exact: true }))
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2')
  await expectRowsSettled(page)
  const link = bodyRows(page).first().getByRole('link')
  const href = await link.getAttribute('href')
  const name = await link.innerText()
  await enterOn(page, link)
  await expect(detailHeading(page)).toHaveText(name)
  await page.goBack()
  const back = page.getByRole('main').locator(`a[href="${href}"]`)
  await expect(back).toBeFocused()

  // Page 1's rows take the place of page 2's: the focus left in the first row would sit on a key nobody chose.
  await page.goBack()
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBeNull()
  await expectRowsSettled(page)
  // Where page 2 was reached from: its Next.
  const next = page.getByRole('button', { name: 'Next', exact: true })
  await expect(next).toBeFocused()
  await expect(next).toBeInViewport()
})

test('Back from a row’s link to a view of other filters takes the focus to the heading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openView(page, '/?env=PRODUCTION')
  await enterOn(page, page.getByRole('group', { name: 'Environment' }).getByRole('button', { name: 'Staging' }))
  await expect.poll(() => new URL(page.url()).searchParams.get('env')).toBe('STAGING')
  await expectRowsSettled(page)
  const link = bodyRows(page).first().getByRole('link')
  await link.focus()
  await page.goBack()
  await expect.poll(() => new URL(page.url()).searchParams.get('env')).toBe('PRODUCTION')
  await expectRowsSettled(page)
  await expect(listHeading(page)).toBeFocused()
  await expect(listHeading(page)).toBeInViewport()
})

test('All API keys from a pasted key link focuses the list’s heading', async ({ page }) => {
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await page.goto(`/keys/${key.id}`)
  await expect(detailHeading(page)).toHaveText(key.name)
  await enterOn(page, page.getByRole('link', { name: 'All API keys' }))
  await expectRowsSettled(page)
  await expect(listHeading(page)).toBeFocused()
})

test('deleting a key from its page by keyboard returns to the list with focus on the row now in its place', async ({ page }) => {
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'SUSPENDED')
  await openView(page, '/?status=SUSPENDED')
  const links = page.getByRole('table', { name: 'API keys' }).locator('tbody tr').getByRole('link')
  const before = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))
  const at = before.indexOf(`/keys/${key.id}`)
  expect(at).toBeGreaterThanOrEqual(0)
  await enterOn(page, rowOf(page, key.id).getByRole('link'))
  await expect(detailHeading(page)).toHaveText(key.name)
  await enterOn(page, keyActions(page).getByRole('button', { name: 'Delete…' }))
  const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
  const confirm = dialog.getByRole('textbox', { name: /to confirm/ })
  await confirm.focus()
  await page.keyboard.type(key.name)
  await enterOn(page, dialog.getByRole('button', { name: 'Delete key' }))
  await expect(statusToasts(page).filter({ hasText: `${key.name} deleted` })).toBeVisible()
  await expect(rowOf(page, key.id)).toHaveCount(0)
  // As a Delete from the list leaves it on the next row (the one before, for the last row).
  const next = links.nth(Math.min(at, before.length - 2))
  await expect(next).toBeFocused()
  await expect(next).toHaveAttribute('href', before[at + 1] ?? before[at - 1] ?? '')
  expect(new URL(page.url()).searchParams.get('status')).toBe('SUSPENDED')
})

test('a count link on the audit lands on the list’s heading', async ({ page }) => {
  await page.goto('/audit')
  const count = page.getByRole('main').getByRole('link', { name: /: [\d,]+ keys?$/ }).first()
  await enterOn(page, count)
  await expect.poll(() => new URL(page.url()).pathname).toBe('/')
  await expect(listHeading(page)).toBeFocused()
})

test('a search that finds nothing is heard; Clear search and Reset filters (the toolbar’s and the no-match panel’s) leave focus in the search box, not on <body>', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const search = page.getByRole('searchbox', { name: /^Search keys by name/ })
  // A live region, there before the search, says that nothing matches (the pager's count goes with the rows).
  const heard = page.getByRole('status').filter({ hasText: 'The search and filters find no keys.' })
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /^$/ }).first()).toBeAttached()
  await search.focus()
  await page.keyboard.type('zzzzqq')
  const noMatch = page.getByRole('button', { name: 'Reset filters' }).last()
  await expect(page.getByRole('button', { name: 'Reset filters' })).toHaveCount(2)
  await expect(heard).toHaveCount(1)
  await enterOn(page, page.getByRole('button', { name: 'Clear search' }))
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('')
  await expectRowsSettled(page)
  await expect(heard).toHaveCount(0)

  await page.keyboard.type('zzzzqq')
  await expect(page.getByRole('button', { name: 'Reset filters' })).toHaveCount(2)
  await enterOn(page, noMatch)
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('')

  await page.getByRole('group', { name: 'Environment', exact: true }).getByRole('button', { name: 'Production', exact: true }).click()
  await enterOn(page, page.getByRole('button', { name: 'Reset filters' }))
  await expect(search).toBeFocused()
  await expect(page).not.toHaveURL(/env=/)
})

test.describe('page titles', () => {
  test('each page names the tab, on a load and after the app navigates', async ({ page }) => {
    await openView(page, '/')
    await expect(page).toHaveTitle('API keys · Coval')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')

    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toHaveText(key.name)
    await expect(page).toHaveTitle(`${key.name} · API keys · Coval`)
    await page.getByRole('link', { name: 'All API keys' }).click()
    await expect(page).toHaveTitle('API keys · Coval')

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Audit' }).click()
    await expect(page).toHaveTitle('Audit · Coval')
    await page.goBack()
    await expect(page).toHaveTitle('API keys · Coval')
    await page.goForward()
    await expect(page).toHaveTitle('Audit · Coval')

    await page.goto('/audit')
    await expect(page).toHaveTitle('Audit · Coval')
    await page.goto('/keys/01ZZZZZZZZZZZZZZZZZZZZZZZZ')
    await expect(detailHeading(page)).toHaveText('Key not found')
    await expect(page).toHaveTitle('Key not found · Coval')
    await page.goto('/no-such-page')
    await expect(page).toHaveTitle('Page not found · Coval')
  })

  test('a key opened from the list names the tab after the key', async ({ page }) => {
    await openView(page, '/')
    const link = bodyRows(page).first().getByRole('link')
    const name = await link.innerText()
    await link.click()
    await expect(detailHeading(page)).toHaveText(name)
    await expect(page).toHaveTitle(`${name} · API keys · Coval`)
    await page.goBack()
    await expect(page).toHaveTitle('API keys · Coval')
  })
})
