// The first Intl object a page makes starts ICU (about 15 ms on a slow machine), so nothing on the
// way to the first row or the audit's figures makes one: counts and times are written without it
// (src/lib/intl.ts, model/format-time.ts). Their words are checked here in a zone east of UTC.
import { expect, test } from './fixtures'
import { expectRowsSettled, keysTable } from './page-helpers'

declare global {
  interface Window {
    intlMade?: string[]
  }
}

test.use({ timezoneId: 'Asia/Kolkata' })

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.intlMade = []
    for (const name of ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'Collator', 'PluralRules', 'ListFormat'] as const) {
      const made = Intl[name] as unknown as new (...args: unknown[]) => object
      const counted = function (...args: unknown[]) {
        window.intlMade?.push(name)
        return new made(...args)
      }
      Object.assign(counted, { prototype: made.prototype, supportedLocalesOf: (Intl[name] as { supportedLocalesOf: unknown }).supportedLocalesOf })
      Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true })
    }
  })
})

test('the keys page shows its rows, counts and times without making an Intl object, the local time named by its offset', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(/^.*1–20 of \d+/)
  expect(await page.evaluate(() => window.intlMade)).toEqual([])
  const lastUse = keysTable(page).locator('td[data-column="last_used_at"] button').first()
  await expect(lastUse).toHaveText(/^(just now|\d+ (minute|hour|day|week|month|year)s? ago)$/)
  // "4 Dec 2026, 13:59:02 UTC; Dec 4, 2026, 07:29:02 PM UTC+5:30"
  await expect(lastUse).toHaveAccessibleDescription(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\d UTC; [A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d:\d\d [AP]M UTC\+5:30$/)
  await expect(keysTable(page).locator('td[data-column="create_time"] time').first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/)
})

test('the audit page counts its figures without making an Intl object', async ({ page }) => {
  await page.goto('/audit')
  await expect(page.getByRole('status').filter({ hasText: /^Figures counted/ })).toHaveCount(1)
  // "As of", in UTC and in the local zone.
  await expect(page.getByRole('definition').filter({ hasText: /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\d UTC \([A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d:\d\d [AP]M UTC\+5:30, your time\)$/ })).toHaveCount(1)
  expect(await page.evaluate(() => window.intlMade)).toEqual([])
})
