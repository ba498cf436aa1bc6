// The Advanced field: a filter expression in Coval's dialect, checked as typed, completed by
// keyboard, kept in the URL, and the rows it shows checked against the server's own keys.
import type { Locator, Page } from '@playwright/test'
import { ANSWERS_SERVERS, DIALECTS } from './answers-servers'
import { openConnected, recordRequests } from './connected-helpers'
import { advancedButton, listShown, expectedIds, expectFirstHundred, expressionField, filterParam, openAdvanced, serviceUsedBefore, suggestions } from './filter-expression-helpers'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { rowIds } from './keys-table-helpers'
import { filters } from './page-helpers'
import { serverRecords, type ServerRecord } from './view-oracle'

const INVALID = 'key_type=SERVICE AND last_used_at<yesterday'

// The connected pages answer over HTTP from servers the whole run shares: a busy machine is slow.
test.beforeEach(() => test.slow())

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

for (const dialect of DIALECTS) {
  test.describe(`a ${dialect} server`, () => {
    const base = ANSWERS_SERVERS[dialect]
    let records: ServerRecord[] = []
    test.beforeAll(async ({ request }) => {
      records = await serverRecords(request, base)
    })

    test('a valid expression shows exactly the keys it matches, sent to the server only where it is honoured', async ({ page }) => {
      const seen = recordRequests(page)
      await openConnected(page, base, '?size=100')
      await listShown(page)
      const { expression, matches } = serviceUsedBefore(records)
      const field = await openAdvanced(page)
      await field.fill(expression)
      await field.press('Enter')
      await expect.poll(() => filterParam(page)).toBe(expression)
      await expectFirstHundred(page, await expectedIds(page, records.filter(matches)))
      await expect(advancedButton(page)).toHaveAccessibleName('Advanced 1 expression applied')
      const host = new URL(base).host
      const sent = seen.filter((r) => r.url.host === host && r.url.pathname === '/v1/api-keys').map((r) => r.url.searchParams.get('filter') ?? '')
      if (dialect === 'documented') await expect(page.getByText('This server ignores the filter expression; filtering here in your browser.')).toBeVisible()
      else expect(sent).toContainEqual(expect.stringContaining('key_type = "SERVICE" AND last_used_at < "'))
      // Reset filters clears the expression too.
      await filters(page).getByRole('button', { name: 'Reset filters' }).click()
      await expect(expressionField(page)).toHaveValue('')
      await expect.poll(() => filterParam(page)).toBeNull()
      await expectFirstHundred(page, await expectedIds(page, records))
    })

    test('a link with the expression shows the same rows after a reload, the field showing it', async ({ page }) => {
      const { expression, matches } = serviceUsedBefore(records)
      await openConnected(page, base, `?size=100&filter=${encodeURIComponent(expression)}`)
      const expected = await expectedIds(page, records.filter(matches))
      await expectFirstHundred(page, expected)
      await expect(expressionField(page)).toHaveValue(expression)
      await page.reload()
      await expectFirstHundred(page, expected)
      await expect(expressionField(page)).toHaveValue(expression)
      // Not focused: a link opens the field, it does not take the page's focus.
      await expect(expressionField(page)).not.toBeFocused()
    })
  })
}

test('an invalid expression points at the place, is never applied, and the list stays as it was', async ({ page }) => {
  await openConnected(page, ANSWERS_SERVERS.coval, '?size=100')
  await listShown(page)
  const before = await rowIds(page)
  const field = await openAdvanced(page)
  await field.fill('key_type=USER')
  await expect.poll(() => filterParam(page)).toBe('key_type=USER')
  await field.fill(INVALID)
  await field.press('Enter')
  const message = 'Invalid timestamp "yesterday" at position 35; use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'
  await expect(field).toHaveAccessibleDescription(message)
  // Enter on it is answered in a live region: a screen reader heard nothing as the error appeared.
  await expect(page.getByRole('search', { name: 'Filter keys' }).getByRole('status')).toHaveText(`Not applied: ${message}`)
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  // The mark under the bad token starts at position 35: the text before it is 34 characters long.
  await expect(page.locator('mark')).toHaveText('yesterday')
  expect(INVALID.indexOf('yesterday')).toBe(34)
  // The URL keeps the last valid expression: the user keys, not the invalid text.
  expect(filterParam(page)).toBe('key_type=USER')
  await field.fill('')
  await expect.poll(() => filterParam(page)).toBeNull()
  await listShown(page)
  expect(await rowIds(page)).toEqual(before)
  await expect(advancedButton(page)).toHaveAccessibleName('Advanced')
})

test('a pasted link with an invalid expression opens the field with the error, and the list is not filtered', async ({ page }) => {
  await openConnected(page, ANSWERS_SERVERS.coval, '?size=100')
  await listShown(page)
  const unfiltered = await rowIds(page)
  await page.goto(`/?size=100&filter=${encodeURIComponent('key_type=ROBOT')}`)
  const field = expressionField(page)
  await expect(field).toHaveValue('key_type=ROBOT')
  await expect(field).toHaveAccessibleDescription(/^Unknown key_type value "ROBOT" at position 10/)
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await listShown(page)
  expect(await rowIds(page)).toEqual(unfiltered)
  // Nothing filters the list, so the count does not say "match".
  await expect(page.getByText(/^\d+ keys$/)).toBeVisible()
})

test('a link whose expression is over 2,000 characters opens the field saying so, not applied (it was dropped without a word, the list shown as the link’s view); pasted, it is kept whole', async ({ page }) => {
  await openConnected(page, ANSWERS_SERVERS.coval, '?size=100')
  await listShown(page)
  const unfiltered = await rowIds(page)
  const long = unfiltered.slice(0, 70).map((id) => `id=${id}`).join(' OR ')
  expect(long.length).toBeGreaterThan(2000)
  const tooLong = `The expression has ${long.length.toLocaleString('en-US')} characters; at most 2,000 are read`
  await page.goto(`/?size=100&filter=${encodeURIComponent(long)}`)
  const field = expressionField(page)
  await expect(field).toHaveValue(long)
  await expect(field).toHaveAccessibleDescription(new RegExp(`^${tooLong}`))
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await listShown(page)
  expect(await rowIds(page)).toEqual(unfiltered)
  await expect(page.getByText(/^\d+ keys$/)).toBeVisible()
  // Typed or pasted into the field: kept whole (it was cut at 2,000 and blamed on the syntax), and not applied.
  await field.fill('')
  await expect.poll(() => filterParam(page)).toBeNull()
  await field.fill(long)
  await field.press('Enter')
  await expect(field).toHaveValue(long)
  await expect(field).toHaveAccessibleDescription(new RegExp(`^${tooLong}`))
  expect(filterParam(page)).toBeNull()
})

test('completion by keyboard alone builds a valid expression, and Escape closes the list first', async ({ page }) => {
  await openConnected(page, ANSWERS_SERVERS.coval, '?size=100')
  await listShown(page)
  await advancedButton(page).focus()
  await page.keyboard.press('Enter')
  const field = expressionField(page)
  await expect(field).toBeFocused()
  // Types `typed`, then moves down the suggestions to `option` and accepts it with Enter.
  const choose = async (typed: string, option: string) => {
    if (typed) await page.keyboard.type(typed)
    const options = suggestions(page).getByRole('option')
    await expect(options.first()).toBeVisible()
    const index = (await options.allTextContents()).findIndex((text) => text.startsWith(`${option}, `))
    expect(index).toBeGreaterThanOrEqual(0)
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown')
    const active = options.nth(index)
    await expect(active).toHaveAttribute('aria-selected', 'true')
    await expect(field).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) ?? '')
    await page.keyboard.press('Enter')
  }
  await choose('key', 'key_type')
  await choose('', '!=')
  await choose('', 'USER')
  await choose('', 'AND')
  await choose('st', 'status')
  await choose('', '=')
  await choose('"RE', '"REVOKED"')
  await expect(field).toHaveValue('key_type != USER AND status = "REVOKED" ')
  await expect(suggestions(page).getByRole('option', { name: /^AND\b/ })).toBeVisible()
  // Heard as "AND, …": the label, its comma, then what it is (it was "AND , …").
  await expect(suggestions(page).getByRole('option', { name: /^AND\b/ })).toHaveAccessibleName(/^AND, \S/)
  await page.keyboard.press('Escape')
  await expect(suggestions(page)).toBeHidden()
  await expect(field).toHaveAttribute('aria-expanded', 'false')
  await expect(field).toBeFocused()
  await page.keyboard.press('Enter')
  // Applied without the space left to type on, which stays in the field.
  await expect.poll(() => filterParam(page)).toBe('key_type != USER AND status = "REVOKED"')
  await expect(field).toHaveValue('key_type != USER AND status = "REVOKED" ')
  await listShown(page)
  expect((await rowIds(page)).length).toBeGreaterThan(0)
  // Typing on after it was applied goes after that space.
  await page.keyboard.press('End')
  await page.keyboard.type('OR status = ACTIVE')
  await expect(field).toHaveValue('key_type != USER AND status = "REVOKED" OR status = ACTIVE')
  await expect.poll(() => filterParam(page)).toBe('key_type != USER AND status = "REVOKED" OR status = ACTIVE')
})

/** The demo's keys page at 320 px in dark mode, the Advanced field opened. */
async function openOnDarkPhone(page: Page): Promise<Locator> {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 740 })
  await page.goto('/')
  await listShown(page)
  return openAdvanced(page)
}

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)

test('axe finds nothing with the field, its suggestions and an error, at 320 px in dark mode without sideways scroll', async ({ page }) => {
  const field = await openOnDarkPhone(page)
  await page.keyboard.type('last_used_at < ')
  await expect(suggestions(page).getByRole('option')).toHaveCount(1)
  await noSidewaysScroll(page)
  await expectNoAxeViolations(page)
  // The field's clear button was 20 px square: a target at least 24 px (WCAG 2.5.8), which axe checks when asked.
  const clear = await page.getByRole('button', { name: 'Clear filter expression' }).boundingBox()
  expect(Math.min(clear?.width ?? 0, clear?.height ?? 0)).toBeGreaterThanOrEqual(24)
  await expectNoAxeViolations(page, { also: ['target-size'] })
  await field.fill(INVALID)
  await expect(page.getByText('Not applied', { exact: true })).toBeVisible()
  await noSidewaysScroll(page)
  await expectNoAxeViolations(page)
})

test('the syntax help fits 320 px in dark mode, passes axe, and an example fills the field and applies', async ({ page }) => {
  const field = await openOnDarkPhone(page)
  await page.getByRole('button', { name: 'Filter syntax help' }).click()
  const help = page.getByRole('dialog', { name: 'Filter syntax' })
  await expect(help).toBeVisible()
  const box = await help.boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true)
  // Focus on the card, read from its top; Tab then reaches the first example, scrolled into view.
  await expect(help).toBeFocused()
  expect(await help.evaluate((card) => card.scrollTop)).toBe(0)
  await page.keyboard.press('Tab')
  const first = help.getByRole('button', { name: /^Use example: / }).first()
  await expect(first).toBeFocused()
  await expect(first).toBeInViewport()
  await noSidewaysScroll(page)
  await expectNoAxeViolations(page)
  await help.getByRole('button', { name: 'Use example: environment=PRODUCTION AND status!=REVOKED' }).click()
  await expect(help).toBeHidden()
  await expect(field).toHaveValue('environment=PRODUCTION AND status!=REVOKED')
  await expect(field).toBeFocused()
  await expect.poll(() => filterParam(page)).toBe('environment=PRODUCTION AND status!=REVOKED')
})

test('a link with an expression shows the loading state until the parser is there, never unfiltered rows', async ({ page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/expression-parse-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`/?filter=${encodeURIComponent('key_type=USER AND environment=PRODUCTION')}`)
  await expect(page.getByRole('status', { name: 'Loading keys' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'API keys' })).toHaveCount(0)
  release()
  await listShown(page)
  const rows = page.getByRole('table', { name: 'API keys' }).locator('tbody tr')
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('td[data-column="key_type"]')?.textContent, tr.querySelector('td[data-column="environment"]')?.textContent]))
  expect(shown.length).toBeGreaterThan(0)
  for (const row of shown) expect(row).toEqual(['User', 'Production'])
})
