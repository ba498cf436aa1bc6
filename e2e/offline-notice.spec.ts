import type { Page } from '@playwright/test'
import { allowFailedLoads, connect } from './connected-helpers'
import { expect } from './fixtures'
import { test } from './own-mock-api'
import { chooseFilter, expectRowsSettled } from './page-helpers'

// Connected, the list's offline notice is needed once the network is gone, when its code can no
// longer be fetched: it said "Could not load the offline notice… Reload for the latest version", and a reload offline fails.
test.describe.configure({ timeout: 120_000 })

/** Once the browser has been idle (the page then loads what it keeps for later) and every file it asked for has come. */
async function settledAndPreloaded(page: Page, underWay: Set<unknown>): Promise<void> {
  await expectRowsSettled(page)
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())))
  await expect.poll(() => underWay.size).toBe(0)
}

test('offline, a new view of the list says it waits for the connection, not that a part could not load', async ({ page, context, ownMock: api }, testInfo) => {
  // Offline, the browser asks for the favicon again as the address changes, and logs that it failed.
  allowFailedLoads(testInfo)
  const underWay = new Set<unknown>()
  page.on('request', (request) => void underWay.add(request))
  page.on('requestfinished', (request) => void underWay.delete(request))
  page.on('requestfailed', (request) => void underWay.delete(request))
  await connect(page, { baseUrl: api.baseUrl })
  await settledAndPreloaded(page, underWay)

  await context.setOffline(true)
  await chooseFilter(page, 'Status', 'Revoked')
  await expect(page.getByRole('status').filter({ hasText: /^You are offline\./ })).toBeVisible()
  await expect(page.getByText(/Could not load/)).toHaveCount(0)
  await context.setOffline(false)
  await expectRowsSettled(page)
})
