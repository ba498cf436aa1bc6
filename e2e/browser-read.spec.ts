// A server that ignores filters and sorts (the documented behaviour), played by the demo: the
// browser reads every key, says so, shows its progress, can stop, and never shows a wrong answer.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, setDemoSettings, test } from './fixtures'
import { expectFirstPage, expectRange, rowIds, rowNames, urlParams } from './keys-table-helpers'
import { chooseFilter, expectSettled, keysTable, pagination, pressUntilFocused, searchBox, startFromSeed, storedKeys, type StoredKey } from './page-helpers'
import { nameHas } from './name-search'

const IGNORES_ENVIRONMENT = 'This server ignores the environment filter; filtering here in your browser.'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** The demo playing a documented-only server, its plain first page shown (which that server answers itself). */
async function openDocumented(page: Page): Promise<StoredKey[]> {
  await page.goto('/')
  await expectFirstPage(page, 320)
  await setDemoSettings(page, { dialect: 'documented' })
  await expectFirstPage(page, 320)
  return storedKeys(page)
}

const progress = (page: Page) => page.getByRole('status').filter({ hasText: /^Reading keys… [\d,]+ of [\d,]+$/ })
const count = (keys: readonly StoredKey[], where: (key: StoredKey) => boolean) => keys.filter(where).length
// A read whose every answer is held 10 s shows its first progress after a few of them.
const HELD = { timeout: 45_000 }

test('the browser reads every key with progress, says why, and then answers any filter at once', async ({ page }) => {
  const keys = await openDocumented(page)
  // Four answers of 100 keys, 1.5 s each: the read lasts long enough for a busy machine to look at it twice (at 300 ms it could end between two looks).
  await setDemoFaults(page, { latencyMs: 1500 })
  await chooseFilter(page, 'Environment', 'Production')
  await expect(progress(page)).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Keys read' })).toBeVisible()
  await expect(page.getByText(IGNORES_ENVIRONMENT)).toBeVisible()
  await expectNoAxeViolations(page)

  await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION'))
  await expect(progress(page)).toHaveCount(0)
  await expect(page.getByText(IGNORES_ENVIRONMENT)).toBeVisible()
  expect(new Set((await rowIds(page)).map((id) => keys.find((k) => k.id === id)?.environment))).toEqual(new Set(['PRODUCTION']))

  // Every key is in the browser now: other filters and the search need no server.
  await setDemoFaults(page, { latencyMs: 5000 })
  await chooseFilter(page, 'Environment', 'Staging')
  await expectFirstPage(page, count(keys, (k) => k.environment === 'STAGING'))
  await searchBox(page).fill('e')
  const staging = count(keys, (k) => k.environment === 'STAGING' && nameHas(k.name, 'e'))
  expect(staging).toBeGreaterThan(0)
  await expectFirstPage(page, staging)
  await expect(progress(page)).toHaveCount(0)
})

test('the note names everything the server ignores once: the environment and type filters', async ({ page }) => {
  const keys = await openDocumented(page)
  await chooseFilter(page, 'Environment', 'Production')
  await chooseFilter(page, 'Type', 'Service')
  await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION' && k.key_type === 'SERVICE'))
  // It said "This server ignores the environment filter, and this server ignores filters; …".
  await expect(page.getByText('This server ignores the environment and type filters; filtering here in your browser.')).toBeVisible()
  await expect(page.getByText(/ignores filters/)).toHaveCount(0)
})

test('a newest-first view shows its first page while the rest is still being read, then the count', async ({ page }) => {
  const keys = await openDocumented(page)
  await setDemoFaults(page, { latencyMs: 700 })
  await chooseFilter(page, 'Type', 'Service')
  // The first 100 keys read hold more than 20 service keys, newest first: page 1 is final already.
  await expect(pagination(page).getByText(/^1–20 \(counting…\)$/)).toBeVisible()
  await expect(progress(page)).toBeVisible()
  await expect(page.getByText('Counting…', { exact: true })).toBeVisible()
  const early = await rowIds(page)
  await expectFirstPage(page, count(keys, (k) => k.key_type === 'SERVICE'))
  expect(await rowIds(page)).toEqual(early)
})

/**
 * The never-used view read on a documented-only server, every answer held 10 s (under the client's
 * 15 s timeout) from the start, so the read is caught midway on however busy a machine.
 */
async function neverUsedReadHeld(page: Page): Promise<StoredKey[]> {
  const keys = await openDocumented(page)
  await setDemoFaults(page, { latencyMs: 10_000 })
  await chooseFilter(page, 'Last used', 'Never used')
  await expect(progress(page)).toHaveText(/^Reading keys… [1-9][\d,]* of 320$/, HELD)
  return keys
}

test('Cancel stops the read and shows no partial answer; Read again finishes it', async ({ page }) => {
  test.slow()
  const keys = await neverUsedReadHeld(page)
  // By keyboard: Cancel is the next stop after the progress.
  const cancel = page.getByRole('button', { name: 'Cancel' })
  await pressUntilFocused(page, cancel)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
  await expect(page.getByText(/^Stopped after [1-9][\d,]* of 320 keys\./)).toBeVisible()
  await expect(keysTable(page)).toHaveCount(0)
  await expect(progress(page)).toHaveCount(0)
  // The focus that was on Cancel goes to what can carry on, not to the page's top.
  await expect(page.getByRole('button', { name: 'Read again' })).toBeFocused()
  await expectNoAxeViolations(page)
  expect(urlParams(page)).toEqual({ used: 'never' })
  // No sort of its own to undo: the panel offers none.
  await expect(page.getByRole('button', { name: 'Sort newest first' })).toHaveCount(0)

  await setDemoFaults(page, { latencyMs: 0 })
  await page.keyboard.press('Enter')
  await expectFirstPage(page, count(keys, (k) => k.last_used_at === null))
})

test('a read stopped that a sort asked for offers newest first, the sort’s headers having gone with the table', async ({ page }) => {
  test.slow()
  const keys = await openDocumented(page)
  await setDemoFaults(page, { latencyMs: 10_000 })
  // Oldest use first: the documented server sorts nothing, so the browser reads every key.
  await keysTable(page).getByRole('button', { name: 'Last used' }).click()
  await expect(progress(page)).toHaveText(/^Reading keys… [1-9][\d,]* of 320$/, HELD)
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
  await expect(keysTable(page)).toHaveCount(0)
  // Reset filters keeps a sort, and there is no filter to reset: only the panel leads back.
  await expect(page.getByRole('button', { name: 'Reset filters' })).toHaveCount(0)
  await setDemoFaults(page, { latencyMs: 0 })
  await page.getByRole('button', { name: 'Sort newest first' }).click()
  await expect.poll(() => urlParams(page)).toEqual({})
  await expectFirstPage(page, keys.length)
  await expect(keysTable(page).getByRole('columnheader', { name: 'Created' })).toHaveAttribute('aria-sort', 'descending')
})

test('after a Cancel, another view is a new ask: its read starts, and the stop is not shown for it', async ({ page }) => {
  test.slow()
  const keys = await neverUsedReadHeld(page)
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
  await setDemoFaults(page, { latencyMs: 0 })
  // A letter typed in the search: it was shown "Reading stopped" for the view before, and nothing read.
  await searchBox(page).fill('e')
  await expectFirstPage(page, count(keys, (k) => k.last_used_at === null && nameHas(k.name, 'e')))
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toHaveCount(0)
  // And back to the view that was stopped: read now, it is answered, not stopped again.
  await searchBox(page).fill('')
  await expectFirstPage(page, count(keys, (k) => k.last_used_at === null))
  await expect(page.getByRole('heading', { name: 'Reading stopped' })).toHaveCount(0)
})

test('a read that fails shows the error with its request id beside the rows shown before, none of its own; Retry reads again', async ({ page }) => {
  const keys = await openDocumented(page)
  await page.getByRole('button', { name: 'Name', exact: true }).click()
  await expectFirstPage(page, keys.length)
  const before = await rowNames(page)
  // Another status is another read; every request of it refused.
  await setDemoFaults(page, { fault: { kind: 'status', status: 400 }, times: null })
  await chooseFilter(page, 'Status', 'Active')
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(failure).toBeVisible()
  await expect(failure).toContainText(/Request ID: req_[0-9A-Z]{26}/)
  // Nothing partial of the failed read: the rows before it stay, said to be those, with a Retry by the pager too.
  await expect(failure).toContainText('The keys below are the ones shown before this change.')
  expect(await rowNames(page)).toEqual(before)
  await expect(pagination(page)).toContainText('These keys did not load.')
  await expect(page.getByText('This server ignores the sort order; sorting here in your browser.')).toBeVisible()
  await setDemoFaults(page, { fault: null })
  await failure.getByRole('button', { name: 'Retry' }).click()
  await expectFirstPage(page, count(keys, (k) => k.status === 'ACTIVE'))
  await expect(failure).toHaveCount(0)
})

test('a page that fails mid-read is asked again and the read goes on, its count never going back; one that keeps failing says how far the read got', async ({ page }) => {
  const keys = await openDocumented(page)
  // Every count the progress line shows, as it shows it.
  const counts: number[] = []
  await page.exposeFunction('noteProgress', (read: number) => counts.push(read))
  await page.evaluate(() => {
    new MutationObserver(() => {
      const text = [...document.querySelectorAll('p')].map((e) => e.textContent ?? '').find((t) => t.startsWith('Reading keys…'))
      const read = text?.match(/^Reading keys… ([\d,]+) of/)?.[1]
      if (read) void (window as unknown as { noteProgress: (n: number) => void }).noteProgress(Number(read.replace(/,/g, '')))
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  // Each answer held 700 ms, so the read is caught midway; once 200 keys are read, the next page asked fails once.
  await setDemoFaults(page, { latencyMs: 700 })
  await chooseFilter(page, 'Last used', 'Never used')
  await expect.poll(() => Math.max(0, ...counts), HELD).toBeGreaterThanOrEqual(200)
  await setDemoFaults(page, { latencyMs: 700, fault: { kind: 'status', status: 503 }, method: 'GET', queryIncludes: 'page_token=', times: 1 })
  await expectFirstPage(page, count(keys, (k) => k.last_used_at === null))
  expect(counts).toEqual([...counts].sort((a, b) => a - b))

  // Every page after the first refused: after its retries, the alert says how far the read got.
  await setDemoFaults(page, { latencyMs: 0, fault: { kind: 'status', status: 503 }, method: 'GET', queryIncludes: 'page_token=', times: null })
  await chooseFilter(page, 'Status', 'Active')
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  // The read of the active keys (another status, another read) got its first page of 100.
  await expect(failure).toContainText(`Stopped after 100 of ${count(keys, (k) => k.status === 'ACTIVE')} keys read; Retry reads them again.`, { timeout: 30_000 })
  await setDemoFaults(page, { fault: null })
  await failure.getByRole('button', { name: 'Retry' }).click()
  await expectFirstPage(page, count(keys, (k) => k.status === 'ACTIVE' && k.last_used_at === null))
})

for (const width of [320, 375]) {
  test(`at ${width} px, in dark mode, the note, the progress and the stopped read fit without sideways scroll`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width, height: 740 })
    await openDocumented(page)
    // Every answer waits 10 s (under the client's 15 s timeout): the read holds still while it is checked.
    test.slow()
    await setDemoFaults(page, { latencyMs: 10_000 })
    await chooseFilter(page, 'Environment', 'Development')
    await expect(progress(page)).toHaveText(/^Reading keys… [1-9]/, HELD)
    await expect(page.getByText(IGNORES_ENVIRONMENT)).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('heading', { name: 'Reading stopped' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await expectNoAxeViolations(page)
  })
}

test('the demo settings switch the server by keyboard; the list then says what the browser does', async ({ page }) => {
  const keys = await (async () => {
    await page.goto('/')
    await expectFirstPage(page, 320)
    return storedKeys(page)
  })()
  // Coval's behaviour: the environment is the server's to filter, and no note is shown.
  await chooseFilter(page, 'Environment', 'Production')
  await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION'))
  await expect(page.getByText(IGNORES_ENVIRONMENT)).toHaveCount(0)

  const open = page.getByRole('button', { name: 'Demo settings' })
  await pressUntilFocused(page, open, 'Shift+Tab', 60)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Demo settings' })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page)
  await dialog.getByRole('radio', { name: /Documented only/ }).check()
  await dialog.getByRole('button', { name: 'Apply' }).press('Enter')
  await expect(dialog).toBeHidden()

  await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION'))
  await expectSettled(page)
  await expect(page.getByText(IGNORES_ENVIRONMENT)).toBeVisible()
  await expectRange(page, 1, 20, count(keys, (k) => k.environment === 'PRODUCTION'))
})
