// Export any view: every key it matches, all pages, as CSV or JSON, compared field by field with
// the server's own records (the demo's store, or the documented mock API read over HTTP); Cancel
// and failures never leave a file behind.
import type { Page } from '@playwright/test'
import { ANSWERS_SERVERS } from './answers-servers'
import {
  ADMIN_KEY,
  COLUMNS,
  csvRow,
  demoRecords,
  downloadedText,
  exportButton,
  exportDialog,
  exportProgress,
  jsonRecord,
  parseCsv,
  recordDownloads,
  runExport,
  serverRecords,
  today,
  viewRecords,
  type FullRecord,
} from './export-helpers'
import { expect, expectNoAxeViolations, setDemoFaults, setDemoSettings, test } from './fixtures'
import { expectFirstPage } from './keys-table-helpers'
import { expectRowsSettled, pressUntilFocused, startFromSeed } from './page-helpers'

const FORMULA = '=HYPERLINK("https://example.test","open me")'
const PUNCTUATION = 'Billing, "legacy"\nexport job'
// Both seeded names are on active keys: this view holds them, and several pages of others.
const ACTIVE_BY_NAME = '?status=ACTIVE&sort=name.asc'

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Exports the view shown as CSV and checks the file against the records: every row, every field, and the odd names. */
async function expectCsvExport(page: Page, records: FullRecord[], view: string, slug: string): Promise<void> {
  const expected = await viewRecords(page, records, view)
  const download = await runExport(page, 'CSV')
  expect(download.suggestedFilename()).toBe(`coval-api-keys-${slug}-${await today(page)}.csv`)
  const text = await downloadedText(download)
  expect(text.charCodeAt(0)).toBe(0xfeff)
  expect(parseCsv(text.slice(1))).toEqual([COLUMNS, ...expected.map(csvRow)])
  expect(text).toContain(`,"'=HYPERLINK(""https://example.test"",""open me"")",`)
  expect(text).toContain(`,"Billing, ""legacy""\nexport job",`)
  await expect(exportDialog(page).getByRole('status')).toHaveText(`Downloaded ${download.suggestedFilename()} (${expected.length} keys).`)
  await exportDialog(page).getByRole('button', { name: 'Close' }).first().click()
  await expect(exportDialog(page)).toHaveCount(0)
  await expect(exportButton(page)).toBeFocused()
}

async function expectJsonExport(page: Page, records: FullRecord[], view: string, slug: string): Promise<void> {
  const expected = await viewRecords(page, records, view)
  const download = await runExport(page, 'JSON')
  expect(download.suggestedFilename()).toBe(`coval-api-keys-${slug}-${await today(page)}.json`)
  const exported = JSON.parse(await downloadedText(download)) as Record<string, unknown>[]
  expect(exported).toEqual(expected.map(jsonRecord))
  await exportDialog(page).getByRole('button', { name: 'Close' }).first().click()
  await expect(exportButton(page)).toBeFocused()
}

const oddNames = (records: FullRecord[]) => records.filter((r) => r.name === FORMULA || r.name === PUNCTUATION)

test.describe('in the demo', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  test('a filtered view as CSV and as JSON: every key of it, in order, odd names neutralised and quoted', async ({ page }) => {
    // Two whole exports (or a 1,000-key demo) with their checks: more than 30 s on a busy 2-core machine.
    test.slow()
    await page.goto(`/${ACTIVE_BY_NAME}`)
    await expectRowsSettled(page)
    const records = await demoRecords(page)
    expect(oddNames(await viewRecords(page, records, ACTIVE_BY_NAME))).toHaveLength(2)

    await exportButton(page).click()
    const count = (await viewRecords(page, records, ACTIVE_BY_NAME)).length
    await expect(exportDialog(page).getByRole('heading')).toHaveText(`Export ${count} keys: Active, by name, A to Z`)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(exportButton(page)).toBeFocused()

    await expectCsvExport(page, records, ACTIVE_BY_NAME, 'active-by-name-asc')
    await expectNoAxeViolations(page)
    await expectJsonExport(page, records, ACTIVE_BY_NAME, 'active-by-name-asc')
  })

  test('a view the browser answers (not used in 90 days), as JSON', async ({ page }) => {
    const view = '?env=PRODUCTION&used=unused_90d&sort=last_used_at.asc'
    await page.goto(`/${view}`)
    await expectRowsSettled(page)
    await expectJsonExport(page, await demoRecords(page), view, 'production-unused-90d-by-last-used-asc')
  })

  test('Cancel stops the export of a big view: no file, focus back on Export', async ({ page }) => {
    // Two whole exports (or a 1,000-key demo) with their checks: more than 30 s on a busy 2-core machine.
    test.slow()
    await page.goto('/')
    await expectFirstPage(page, 320)
    await setDemoSettings(page, { seedCount: 1000 })
    await expectFirstPage(page, 1000)
    // The count above the table groups its thousands as the pager and the dialog do.
    await expect(page.getByText('1,000 keys', { exact: true })).toBeVisible()
    const downloads = recordDownloads(page)
    await exportButton(page).click()
    await expect(exportDialog(page).getByRole('heading')).toHaveText('Export all 1,000 keys')
    // Every page held 10 s (under the client's 15 s timeout), so the export is caught midway on however busy a machine.
    await setDemoFaults(page, { latencyMs: 10_000 })
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exportProgress(page)).toHaveText(/^Reading keys… [1-9][\d,]* of 1,000$/, { timeout: 30_000 })
    await expect(exportDialog(page).getByRole('progressbar', { name: 'Keys read' })).toBeVisible()
    await expect(exportDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused()
    await expectNoAxeViolations(page)
    await exportDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(exportDialog(page)).toHaveCount(0)
    await expect(exportButton(page)).toBeFocused()
    // Opening it again starts afresh; the one file saved is the new, whole export.
    await setDemoFaults(page, { latencyMs: 0 })
    await exportButton(page).click()
    await expect(exportDialog(page).getByRole('radio', { name: 'CSV' })).toBeChecked()
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exportDialog(page).getByText(/^Downloaded .* \(1,000 keys\)\.$/)).toBeVisible()
    expect(downloads).toHaveLength(1)
  })

  test('a failure mid-export says how far it got and saves nothing; Retry saves the whole view', async ({ page }) => {
    await page.goto('/')
    await expectFirstPage(page, 320)
    const records = await demoRecords(page)
    const downloads = recordDownloads(page)
    // Each page held 5 s: the fault below lands while a later page is still on its way, on however busy a machine.
    await setDemoFaults(page, { latencyMs: 5_000 })
    await exportButton(page).click()
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exportProgress(page)).toHaveText(/^Reading keys… [12]00 of 320$/, { timeout: 30_000 })
    await setDemoFaults(page, { fault: { kind: 'status', status: 400 }, times: null })
    const alert = exportDialog(page).getByRole('alert')
    await expect(alert).toHaveText(/^Stopped after [123]00 of 320 keys: Injected failure\. \(Request ID: req_[0-9A-Z]{26}\)\. No file was saved\.$/)
    await expect(exportDialog(page).getByRole('button', { name: 'Retry' })).toBeFocused()
    await expectNoAxeViolations(page)
    expect(downloads).toHaveLength(0)

    await page.evaluate(() => window.covalDemo?.clearFaults())
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    const text = await downloadedText(await download)
    expect(parseCsv(text.slice(1))).toEqual([COLUMNS, ...(await viewRecords(page, records, '')).map(csvRow)])
    await expect(exportDialog(page).getByRole('status')).toHaveText(/^Downloaded coval-api-keys-all-\d{4}-\d\d-\d\d\.csv \(320 keys\)\.$/)
  })

  test('on a 320 px phone, by keyboard alone: no sideways scroll, focus where it should be', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`/${ACTIVE_BY_NAME}`)
    await expectRowsSettled(page)
    const records = await demoRecords(page)
    await pressUntilFocused(page, exportButton(page))
    await page.keyboard.press('Enter')
    await expect(exportDialog(page).getByRole('radio', { name: 'CSV' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(exportDialog(page).getByRole('radio', { name: 'JSON' })).toBeChecked()
    await expectNoSidewaysScroll(page)
    await pressUntilFocused(page, exportDialog(page).getByRole('button', { name: 'Export', exact: true }))
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    expect(JSON.parse(await downloadedText(await download))).toEqual((await viewRecords(page, records, ACTIVE_BY_NAME)).map(jsonRecord))
    const close = exportDialog(page).getByRole('button', { name: 'Close' }).first()
    await expect(close).toBeFocused()
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Enter')
    await expect(exportDialog(page)).toHaveCount(0)
    await expect(exportButton(page)).toBeFocused()
    await expectNoSidewaysScroll(page)
  })
})

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]')
    return { page: document.documentElement.scrollWidth - window.innerWidth, dialog: dialog ? dialog.scrollWidth - dialog.clientWidth : 0 }
  })
  expect(overflow).toEqual({ page: 0, dialog: 0 })
}

test.describe('connected to a documented server', () => {
  const base = ANSWERS_SERVERS.documented
  let records: FullRecord[] = []
  test.beforeAll(async ({ request }) => {
    records = await serverRecords(request, base)
    expect(records).toHaveLength(320)
  })

  /** Opens the app connected to the server (a connection remembered in this tab), at `search`. */
  async function openConnected(page: Page, search: string): Promise<void> {
    await page.addInitScript(({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })), { baseUrl: base, apiKey: ADMIN_KEY })
    await page.goto(`/${search}`)
    await expectRowsSettled(page)
  }

  /** The export's own list requests (100 keys a page; the table asks for 20) as they are sent. */
  function exportRequests(page: Page): string[] {
    const sent: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/v1/api-keys' && url.searchParams.get('page_size') === '100') sent.push(request.url())
    })
    return sent
  }

  test('a filtered view as CSV and as JSON, compared with the server’s keys', async ({ page }) => {
    await openConnected(page, ACTIVE_BY_NAME)
    expect(oddNames(await viewRecords(page, records, ACTIVE_BY_NAME))).toHaveLength(2)
    await expectCsvExport(page, records, ACTIVE_BY_NAME, 'active-by-name-asc')
    await expectJsonExport(page, records, ACTIVE_BY_NAME, 'active-by-name-asc')
  })

  test('Cancel aborts the export: no list request after it, no file', async ({ page }) => {
    await openConnected(page, '')
    const sent = exportRequests(page)
    const downloads = recordDownloads(page)
    // The export's second page is held until the test lets it go: Cancel comes while it is in flight.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let answered = false
    await page.route(`${base}/v1/api-keys?**`, async (route) => {
      const url = new URL(route.request().url())
      if (url.searchParams.get('page_size') !== '100' || !url.searchParams.has('page_token')) return route.continue()
      await held
      await route.continue().catch(() => undefined)
      answered = true
    })
    await exportButton(page).click()
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exportProgress(page)).toHaveText('Reading keys… 100 of 320')
    await expect.poll(() => sent.length).toBe(2)
    await exportDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(exportButton(page)).toBeFocused()
    // The held page now answers (or its abort settles); the page has a frame to act on it.
    release()
    await expect.poll(() => answered).toBe(true)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(sent).toHaveLength(2)
    expect(downloads).toHaveLength(0)
  })

  test('the second page failing: how far it got, no file; Retry reads it all again', async ({ page }) => {
    await openConnected(page, '')
    const sent = exportRequests(page)
    const downloads = recordDownloads(page)
    let failing = true
    await page.route(`${base}/v1/api-keys?**`, async (route) => {
      const url = new URL(route.request().url())
      if (!failing || url.searchParams.get('page_size') !== '100' || !url.searchParams.has('page_token')) return route.continue()
      return route.fulfill({
        status: 500,
        headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-request-id', 'x-request-id': 'req_e2e_second_page' },
        body: JSON.stringify({ error: { code: 'INTERNAL', message: 'The database is resting.' } }),
      })
    })
    await exportButton(page).click()
    await exportDialog(page).getByRole('radio', { name: 'JSON' }).check()
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exportDialog(page).getByRole('alert')).toHaveText(
      'Stopped after 100 of 320 keys: The database is resting. (Request ID: req_e2e_second_page). No file was saved.',
    )
    expect(downloads).toHaveLength(0)
    failing = false
    const before = sent.length
    const download = page.waitForEvent('download')
    await exportDialog(page).getByRole('button', { name: 'Retry' }).click()
    const exported = JSON.parse(await downloadedText(await download)) as unknown
    expect(exported).toEqual((await viewRecords(page, records, '')).map(jsonRecord))
    // From the first page again: nothing of the failed read is kept.
    expect(sent.length - before).toBe(4)
  })
})
