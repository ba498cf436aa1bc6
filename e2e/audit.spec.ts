// The audit page against the mock API over HTTP, playing `coval` and `documented`: every figure
// is the count this test computes itself from the server's keys, and each link lands on a list
// with that count.
import type { Page } from '@playwright/test'
import { ANSWERS_SERVERS } from './answers-servers'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { hourNow } from './keys-table-helpers'
import { expectSettled, pagination, pressUntilFocused, skipRetriesUntilShown } from './page-helpers'
import { ADMIN_KEY, serverRecords, type ServerRecord } from './view-oracle'

const DAY = 86_400_000
const ENVIRONMENTS = { PRODUCTION: 'Production', STAGING: 'Staging', DEVELOPMENT: 'Development' } as const
const SPANS = {
  used_24h: 'used in the last 24 h',
  used_1_30d: 'used 1–30 days ago',
  used_30_90d: 'used 30–90 days ago',
  used_over_90d: 'used over 90 days ago',
  never: 'never used',
} as const

/** The test's own figures, by the accessible name of the link that shows each count. */
function expectedFigures(keys: readonly ServerRecord[], status: string, policy: number): Map<string, number> {
  const hour = hourNow()
  const ago = (k: ServerRecord) => (k.last_used_at === null ? null : hour - Date.parse(k.last_used_at))
  const inSpan: Record<keyof typeof SPANS, (k: ServerRecord) => boolean> = {
    used_24h: (k) => { const a = ago(k); return a !== null && a <= DAY },
    used_1_30d: (k) => { const a = ago(k); return a !== null && a > DAY && a <= 30 * DAY },
    used_30_90d: (k) => { const a = ago(k); return a !== null && a > 30 * DAY && a <= 90 * DAY },
    used_over_90d: (k) => { const a = ago(k); return a !== null && a > 90 * DAY },
    never: (k) => k.last_used_at === null,
  }
  const chosen = keys.filter((k) => status === 'all' || k.status === status)
  const olderThan = (k: ServerRecord, days: number) => Date.parse(k.create_time) < hour - days * DAY
  const figures = new Map<string, number>()
  for (const [environment, label] of Object.entries(ENVIRONMENTS)) {
    for (const [span, words] of Object.entries(SPANS) as [keyof typeof SPANS, string][]) {
      figures.set(`${label}, ${words}`, chosen.filter((k) => k.environment === environment && inSpan[span](k)).length)
    }
  }
  figures.set('Never used, created over 7 days ago', chosen.filter((k) => k.last_used_at === null && olderThan(k, 7)).length)
  figures.set(`Rotation due: created over ${policy} days ago`, chosen.filter((k) => olderThan(k, policy)).length)
  figures.set('Service', chosen.filter((k) => k.key_type === 'SERVICE').length)
  figures.set('User', chosen.filter((k) => k.key_type === 'USER').length)
  for (const [value, label] of [['ACTIVE', 'Active'], ['SUSPENDED', 'Suspended'], ['REVOKED', 'Revoked'], ['EXPIRED', 'Expired']] as const) {
    figures.set(label, keys.filter((k) => k.status === value).length)
  }
  return figures
}

/** Every figure the page shows: its link's accessible name is "<what>: <n> keys". */
async function shownFigures(page: Page): Promise<Map<string, number>> {
  const names = await page.getByRole('main').getByRole('link', { name: /: [\d,]+ keys?$/ }).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))
  return new Map(names.map((name) => {
    const [, what = '', count = '0'] = /^(.*): ([\d,]+) keys?$/.exec(name) ?? []
    return [what, Number(count.replace(/,/g, ''))]
  }))
}

async function openConnected(page: Page, base: string, path: string): Promise<void> {
  await page.addInitScript(({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })), { baseUrl: base, apiKey: ADMIN_KEY })
  await page.goto(path)
}

const FIGURE_COUNT = 15 + 2 + 2 + 4

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

for (const dialect of ['coval', 'documented'] as const) {
  test.describe(`the audit from a ${dialect} server`, () => {
    const base = ANSWERS_SERVERS[dialect]

    test('every figure is the count computed from the server’s keys, for active keys and for all', async ({ page, request }) => {
      const keys = await serverRecords(request, base)
      await openConnected(page, base, '/audit')
      await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible()
      await expect.poll(async () => (await shownFigures(page)).size, { timeout: 15_000 }).toBe(FIGURE_COUNT)
      expect(Object.fromEntries(await shownFigures(page))).toEqual(Object.fromEntries(expectedFigures(keys, 'ACTIVE', 90)))

      await page.getByRole('group', { name: 'Keys' }).getByRole('button', { name: 'All statuses' }).click()
      await page.getByRole('group', { name: 'Rotation policy' }).getByRole('button', { name: '30 days' }).click()
      await expect(page).toHaveURL(/status=all/)
      const want = Object.fromEntries(expectedFigures(keys, 'all', 30))
      await expect.poll(async () => Object.fromEntries(await shownFigures(page)), { timeout: 15_000 }).toEqual(want)
    })

    test('a figure’s link lands on the keys list showing the same count', async ({ page, request }) => {
      const keys = await serverRecords(request, base)
      await openConnected(page, base, '/audit')
      const figures = expectedFigures(keys, 'ACTIVE', 90)
      for (const what of ['Staging, never used', 'Production, used 30–90 days ago', 'Never used, created over 7 days ago']) {
        const count = figures.get(what) ?? -1
        expect(count).toBeGreaterThan(0)
        await page.getByRole('link', { name: `${what}: ${count === 1 ? '1 key' : `${count} keys`}` }).click()
        await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible()
        await expect(page.getByText(`${count === 1 ? '1 key' : `${count} keys`} match`, { exact: true })).toBeVisible({ timeout: 15_000 })
        await expectSettled(page)
        await expect(pagination(page).getByText(new RegExp(`of ${count}$`))).toBeVisible()
        await page.goBack()
        await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible()
      }
    })
  })
}

test.describe('the audit page', () => {
  test('is reached from the header by keyboard, shows no axe violations in light and dark, and fits 320 px', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
    const audit = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Audit' })
    await audit.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/audit$/)
    await expect(audit).toHaveAttribute('aria-current', 'page')
    await expect.poll(async () => (await shownFigures(page)).size, { timeout: 15_000 }).toBe(FIGURE_COUNT)
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 320, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    // Every figure is a link a finger can hit (WCAG 2.2's 24 px target size, as Lighthouse checks).
    await expectNoAxeViolations(page, { also: ['target-size'] })
  })

  test('Retry by keyboard after a failed count leaves the focus on the heading, not the page’s body', async ({ page }) => {
    await page.clock.install()
    await page.goto('/audit')
    await expect.poll(async () => (await shownFigures(page)).size, { timeout: 15_000 }).toBe(FIGURE_COUNT)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: null })
    await page.getByRole('group', { name: 'Keys' }).getByRole('button', { name: 'Suspended' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await skipRetriesUntilShown(page, alert)
    await page.evaluate(() => window.covalDemo?.clearFaults())
    await pressUntilFocused(page, alert.getByRole('button', { name: 'Retry' }))
    await page.keyboard.press('Enter')
    await expect(alert).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeFocused()
    await expect.poll(async () => (await shownFigures(page)).size, { timeout: 15_000 }).toBe(FIGURE_COUNT)
  })

  test('prints the figures with the server, the time and the policy, without the controls', async ({ page }) => {
    await page.goto('/audit?policy=180')
    await expect.poll(async () => (await shownFigures(page)).size, { timeout: 15_000 }).toBe(FIGURE_COUNT)
    await page.emulateMedia({ media: 'print' })
    const counted = page.getByRole('definition')
    await expect(counted).toHaveText(['Active', /^the demo’s built-in server/, /^\d+ \w+ \d{4}, \d\d:00:00 UTC( \(.+, your time\))?$/, '180 days'])
    await expect(page.getByRole('term')).toHaveText(['Keys', 'Server', 'As of', 'Rotation policy'])
    await expect(page.getByRole('group', { name: 'Rotation policy' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeHidden()
    await expect(page.getByRole('table', { name: 'Keys by last use and environment' })).toBeVisible()
  })

  test('an unknown page says so, with a way back to the keys', async ({ page }) => {
    await page.goto('/nowhere')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to the API keys' }).click()
    await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
  })
})
