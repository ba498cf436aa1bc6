import type { Page } from '@playwright/test'
import { allowBlockedChunk, blockChunk } from './blocked-chunk-helpers'
import { allowFailedLoads, unexpectedConsoleErrors } from './connected-helpers'
import { expect, test } from './fixtures'
import { detailHeading } from './key-detail-helpers'
import { bodyRows, expectRowsSettled, startFromSeed } from './page-helpers'

// Review round 18: after a moment offline, a key's page and the audit could not open for the rest of
// the visit. Their code, asked for offline, failed; Retry asked for the page's file again, but not for
// the parts it imports, which the browser keeps failed. They said "Reload for the latest version",
// which offline fails and which would drop a change still waiting to be sent.
test.use({ hasTouch: true, serviceWorkers: 'block', viewport: { width: 375, height: 740 } })

test.afterEach(({ consoleErrors }, testInfo) => {
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

// What the page loads ahead once the keys are up: the two pages' code, and the demo server's filters and writes.
const AHEAD = ['key-detail-page', 'audit-page', 'list-parsers', 'mock-writes']

/** The keys up, what the page loads ahead asked for, and every file it asked for come (or failed). */
async function settledAndPreloaded(page: Page, ahead = AHEAD): Promise<void> {
  const underWay = new Set<unknown>()
  page.on('request', (request) => void underWay.add(request))
  page.on('requestfinished', (request) => void underWay.delete(request))
  page.on('requestfailed', (request) => void underWay.delete(request))
  await page.goto('/')
  await expectRowsSettled(page)
  const asked = () => page.evaluate((names) => names.filter((name) => !performance.getEntriesByType('resource').some((e) => new RegExp(`/assets/${name}-[\\w-]+\\.js`).test(e.name))), ahead)
  await expect.poll(asked, { timeout: 15_000 }).toEqual([])
  await expect.poll(() => underWay.size).toBe(0)
}

const pagesNav = (page: Page) => page.getByRole('navigation', { name: 'Pages' })

test('once the keys are up, a key’s page and the audit open offline', async ({ page, context }, testInfo) => {
  // Offline, the browser asks for the favicon again as the address changes, and logs that it failed.
  allowFailedLoads(testInfo)
  await settledAndPreloaded(page)
  await context.setOffline(true)
  const link = bodyRows(page).nth(2).getByRole('link')
  const name = await link.innerText()
  await link.tap()
  await expect(detailHeading(page)).toHaveText(name)
  await expect(page.getByText(/Could not load/)).toHaveCount(0)
  await pagesNav(page).getByRole('link', { name: 'Audit' }).tap()
  await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Keys that should not exist any more' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Last use by environment' })).toContainText('Production')
  await expect(page.getByText(/Could not load/)).toHaveCount(0)
})

test('a page whose code cannot load offline says the device is offline, offers no reload, and opens with Retry once back online', async ({ page, context }, testInfo) => {
  allowBlockedChunk(testInfo)
  const blocked = await blockChunk(page, 'key-detail-page')
  // Its file alone is lost (asked for ahead, online, it failed; the parts it imports came): as after a
  // redeploy, or a network lost for that one request. Offline before anything was loaded ahead, the
  // parts fail too, the browser keeps them failed, and only a reload (offered once online) mends it.
  await settledAndPreloaded(page, ['key-detail-page'])
  await context.setOffline(true)
  await bodyRows(page).nth(2).getByRole('link').tap()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the key’s page' })
  await expect(alert).toContainText('Could not load the key’s page: you are offline.')
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Reload for the latest version' })).toHaveCount(0)

  await context.setOffline(false)
  await blocked.online()
  // Online again, the words follow: the file may be gone for good (a redeploy), and a reload is safe now.
  await expect(alert).toContainText('Could not load the key’s page.')
  await expect(alert.getByRole('button', { name: 'Reload for the latest version' })).toBeVisible()
  await alert.getByRole('button', { name: 'Retry' }).tap()
  await expect(detailHeading(page)).toBeVisible()
  await expect(alert).toHaveCount(0)
})
