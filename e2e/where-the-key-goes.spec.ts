import type { Page } from '@playwright/test'
import { allowFailedLoads, banner, headerAction, connectDialog, fillConnection, openConnectDialog, placesHolding, recordRequests, type SeenRequest } from './connected-helpers'
import { expect, expectNoAxeViolations } from './fixtures'
import { heapHolds, uniqueAdminKey } from './heap-helpers'
import { setOwnMockFaults, test, type OwnMockApi } from './own-mock-api'
import { expectRowsSettled, pagination } from './page-helpers'

// Nothing may answer for the network but the real sockets (and this test's own routes).
test.use({ serviceWorkers: 'block' })
// Heap snapshots, axe and connections take a while on a slow shared machine.
test.describe.configure({ timeout: 120_000 })

// A key of each test's own, so a heap snapshot that holds it can only be this test's page.
test.use({ ownMockOptions: { adminKey: uniqueAdminKey } })

/** Requests that carried a key, or went anywhere but this page's origin. */
function leaks(page: Page, seen: readonly SeenRequest[]): string[] {
  const own = new URL(page.url()).host
  return seen.filter((r) => r.headers['x-api-key'] !== undefined || r.url.host !== own).map((r) => `${r.method} ${r.url.href}`)
}

test.describe('where the admin key may go', () => {
  const refused: [string, RegExp][] = [
    ['//evil.example', /single \/.*another host/],
    ['/\\evil.example', /single \/.*another host/],
    ['javascript:alert(1)', /http:\/\/ or https:\/\/.*javascript:/],
    ['data:text/plain,hi', /http:\/\/ or https:\/\/.*data:/],
    ['ftp://files.example', /http:\/\/ or https:\/\/.*ftp:/],
    ['file:///etc/hosts', /http:\/\/ or https:\/\/.*file:/],
    ['mailto:admin@example.com', /http:\/\/ or https:\/\/.*mailto:/],
    ['https://admin:hunter2@evil.example', /user name and password/],
    ['https://api.coval.dev@evil.example', /user name and password/],
    ['https:evil.example', /two slashes/],
    ['https:///evil.example', /Enter a host/],
    ['http://0x7f.1:8787', /leads to 127\.0\.0\.1:8787/],
  ]

  test('a refused base URL shows its reason, and neither Test nor Connect sends anything', async ({ page, ownMock: api }) => {
    // Twelve URLs, each tried twice, on a slow shared machine.
    test.setTimeout(150_000)
    await page.goto('/')
    const seen = recordRequests(page)
    const dialog = await openConnectDialog(page)
    const url = dialog.getByRole('textbox', { name: 'API base URL' })
    for (const [i, [value, reason]] of refused.entries()) {
      await fillConnection(dialog, { baseUrl: value, key: api.adminKey })
      await dialog.getByRole('button', { name: 'Test connection' }).click()
      await expect(url).toHaveAccessibleDescription(reason)
      await expect(url).toHaveAttribute('aria-invalid', 'true')
      // Connect by click, or (every other URL) by Enter in the field, as a keyboard user would.
      if (i % 2 === 0) await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
      else await url.press('Enter')
      await expect(url).toHaveAccessibleDescription(reason)
      await expect(dialog).toBeVisible()
    }
    await expectNoAxeViolations(page)
    expect(leaks(page, seen)).toEqual([])
    // The same recorder sees a key that is sent: an accepted URL goes out with it.
    await fillConnection(dialog, { baseUrl: api.baseUrl, key: api.adminKey })
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    expect(leaks(page, seen).length).toBeGreaterThan(0)
    expect(seen.every((r) => r.headers['x-api-key'] === undefined || r.url.origin === api.baseUrl)).toBe(true)
  })

  test('a remembered connection to a refused base URL is not restored, and is forgotten', async ({ page, ownMock: api }) => {
    await page.goto('/')
    await page.evaluate((key) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl: '//evil.example', apiKey: key })), api.adminKey)
    const seen = recordRequests(page)
    await page.reload()
    await expect(banner(page)).toContainText('Demo data')
    await expectRowsSettled(page)
    expect(await placesHolding(page, api.adminKey)).toEqual([])
    expect(leaks(page, seen)).toEqual([])
  })

  test('the header names the host the key goes to, this site’s for a path (320 px, dark)', async ({ page, ownMock: api }) => {
    await page.setViewportSize({ width: 320, height: 720 })
    await page.emulateMedia({ colorScheme: 'dark' })
    // A long path with no place to break a line: the whole of where the key goes must still fit a phone.
    const base = '/coval_api_gateway_for_the_organisation_wide_admin_console'
    // This site's `base` forwards to the test's own API, as a reverse proxy would.
    await page.route(
      (url) => url.pathname.startsWith(`${base}/`),
      async (route) => {
        const url = new URL(route.request().url())
        await route.fulfill({ response: await route.fetch({ url: `${api.baseUrl}${url.pathname.slice(base.length)}${url.search}` }) })
      },
    )
    await page.goto('/')
    await expect(page.locator('html')).toHaveClass(/dark/)
    const seen = recordRequests(page)
    const own = new URL(page.url()).host
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { baseUrl: base, key: api.adminKey })
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    const named = banner(page).getByText(`Connected to ${own}${base}`)
    await expect(named).toBeVisible()
    await expectRowsSettled(page)
    const box = await named.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await expectNoAxeViolations(page)
    const keyed = seen.filter((r) => r.headers['x-api-key'] !== undefined)
    expect(keyed.length).toBeGreaterThan(0)
    expect(keyed.filter((r) => r.url.host !== own || !r.url.pathname.startsWith(`${base}/v1/`))).toEqual([])

    await headerAction(page, 'Disconnect')
    const again = await openConnectDialog(page)
    await fillConnection(again, { baseUrl: api.baseUrl, key: api.adminKey })
    await again.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(banner(page)).toContainText(`Connected to ${new URL(api.baseUrl).host}`)
  })
})

test.describe('no reference to the key stays in the page', () => {
  /** Connects through the dialog, typing the key; waits for the list. */
  async function connectTyping(page: Page, api: OwnMockApi, remember = false): Promise<void> {
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { baseUrl: api.baseUrl, key: api.adminKey, remember })
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expectRowsSettled(page)
  }

  async function disconnect(page: Page): Promise<void> {
    await headerAction(page, 'Disconnect')
    await expect(page.getByRole('heading', { name: 'Not connected' })).toBeVisible()
  }

  test('typed in the Connect dialog, then Disconnect', async ({ page, ownMock: api }) => {
    await connectTyping(page, api)
    // The check finds the key where it is: in use, the page holds it.
    expect(await heapHolds(page, api.adminKey)).toBe(true)
    await disconnect(page)
    expect(await placesHolding(page, api.adminKey)).toEqual([])
    expect(await heapHolds(page, api.adminKey)).toBe(false)
  })

  test('restored from this tab’s sessionStorage on load, then Disconnect', async ({ page, ownMock: api }) => {
    await connectTyping(page, api, true)
    await page.reload()
    await expect(banner(page)).toContainText(`Connected to ${new URL(api.baseUrl).host}`)
    await expectRowsSettled(page)
    expect(await heapHolds(page, api.adminKey)).toBe(true)
    await disconnect(page)
    expect(await placesHolding(page, api.adminKey)).toEqual([])
    expect(await heapHolds(page, api.adminKey)).toBe(false)
  })

  test('a 401 mid-session', async ({ page, request, ownMock: api }, testInfo) => {
    // The browser logs the injected 401.
    allowFailedLoads(testInfo)
    await connectTyping(page, api, true)
    expect(await heapHolds(page, api.adminKey)).toBe(true)
    await setOwnMockFaults(request, api, { fault: { kind: 'status', status: 401 } })
    await pagination(page).getByRole('button', { name: 'Next' }).click()
    const dialog = connectDialog(page)
    await expect(dialog.getByRole('alert')).toContainText('The API rejected the key')
    await setOwnMockFaults(request, api, { fault: null })
    expect(await placesHolding(page, api.adminKey)).toEqual([])
    expect(await heapHolds(page, api.adminKey)).toBe(false)
  })
})
