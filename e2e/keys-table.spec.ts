import { nameHas } from './name-search'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, setDemoFaultsFromLoad, test } from './fixtures'
import {
  columnHeader,
  columnTexts,
  columnTimes,
  DAY,
  expectedOrder,
  expectFirstPage,
  expectRange,
  firstPageButton,
  hourNow,
  nextButton,
  notUsedSince,
  pageSizeSelect,
  previousButton,
  rowIds,
  rowNames,
  sortButton,
  startWithoutKeys,
  tabTo,
  urlParams,
} from './keys-table-helpers'
import {
  bodyRows,
  DEMO_STORE_KEY,
  expectSettled,
  filterOption,
  filters,
  keysTable,
  pagination,
  pressUntilFocused,
  searchBox,
  skipRetriesUntilShown,
  startFromSeed,
  storedKeys,
  type StoredKey,
} from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Opens the plain page and waits for the seed's first page; returns the stored keys. */
async function openSeeded(page: Page, path = '/'): Promise<StoredKey[]> {
  await page.goto(path)
  const keys = await storedKeys(page)
  expect(keys).toHaveLength(320)
  return keys
}

const count = (keys: readonly StoredKey[], where: (key: StoredKey) => boolean) => keys.filter(where).length

test.describe('states', () => {
  test('loaded: the first 20 of 320 keys, and no axe violations', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await expect(bodyRows(page)).toHaveCount(20)
    await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
    await expect(previousButton(page)).toBeDisabled()
    await expect(firstPageButton(page)).toBeDisabled()
    await expect(nextButton(page)).toBeEnabled()
    await expectNoAxeViolations(page)
  })

  test('every row is one height, whether or not its key has a description', async ({ page }) => {
    const keys = await openSeeded(page, '/?size=100')
    await expect(bodyRows(page)).toHaveCount(100)
    const shown = keys.toSorted((a, b) => b.create_time.localeCompare(a.create_time)).slice(0, 100)
    // The first page holds keys of both kinds, or the comparison proves nothing.
    expect(new Set(shown.map((key) => Boolean(key.description)))).toEqual(new Set([true, false]))
    const heights = await bodyRows(page).evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height)))
    expect(new Set(heights).size).toBe(1)
  })

  test('with no status filter, suspended, revoked and expired keys are listed too', async ({ page }) => {
    const keys = await openSeeded(page)
    // The API answers ACTIVE keys only when no status is sent: the total shows every status was named.
    expect(count(keys, (k) => k.status !== 'ACTIVE')).toBeGreaterThan(0)
    await expectFirstPage(page, keys.length)
    for (const status of ['Active', 'Suspended', 'Revoked', 'Expired']) {
      await expect(filterOption(page, 'Status', status)).toHaveAttribute('aria-pressed', 'false')
    }
    await expect(filterOption(page, 'Status', 'All statuses')).toHaveAttribute('aria-pressed', 'true')
    await pageSizeSelect(page).selectOption('100')
    const seen = new Set<string>()
    for (let start = 1; ; start += 100) {
      await expectRange(page, start, Math.min(start + 99, 320), 320)
      for (const status of await columnTexts(page, 'Status')) seen.add(status)
      if (seen.size === 4 || !(await nextButton(page).isEnabled())) break
      await nextButton(page).click()
    }
    expect([...seen].sort()).toEqual(['Active', 'Expired', 'Revoked', 'Suspended'])
  })

  test('an organisation without keys shows the empty state, with no axe violations', async ({ page }) => {
    await startWithoutKeys(page)
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible()
    await expect(page.getByText('0 keys', { exact: true })).toBeVisible()
    await expect(keysTable(page)).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
    // No filters are set, so this is not the no-match state.
    await expect(page.getByRole('button', { name: 'Reset filters' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Create key' }).first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a search that matches nothing shows the no-match state, and Reset filters brings every key back', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await searchBox(page).fill('no key is called this')
    await expect(page.getByRole('heading', { name: 'No keys match these filters' })).toBeVisible()
    await expect(page.getByText('0 keys match', { exact: true })).toBeVisible()
    await expect(keysTable(page)).toHaveCount(0)
    await expectNoAxeViolations(page)
    // The panel's own Reset filters button (the toolbar has one too).
    await page.getByRole('button', { name: 'Reset filters' }).last().click()
    await expectFirstPage(page, 320)
    await expect(searchBox(page)).toHaveValue('')
    expect(urlParams(page)).toEqual({})
  })

  test('a server error shows the message, the request id and Retry; Retry recovers once the server does', async ({ page }) => {
    // Queries retry a 5xx three times with a growing back-off: the fake clock skips the waiting.
    await page.clock.install()
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const before = await rowIds(page)
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: null })
    await filterOption(page, 'Environment', 'Staging').click()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await skipRetriesUntilShown(page, alert)
    // The contract's INTERNAL code: its message is shown.
    await expect(alert).toContainText('Internal error (injected).')
    await expect(alert).toContainText(/Request ID: req_[0-9A-Z]{26}/)
    // The rows shown before stay, said to be those, not loading; the pager says what failed, with its own Retry.
    await expect(alert).toContainText('The keys below are the ones shown before this change.')
    expect(await rowIds(page)).toEqual(before)
    await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
    await expect(pagination(page)).toContainText('These keys did not load.')
    await expect(page.getByText('Updating…')).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.evaluate(() => window.covalDemo?.clearFaults())
    await alert.getByRole('button', { name: 'Retry' }).click()
    // The alert goes with its Retry: the focus waits on the page's heading.
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeFocused()
    await expectFirstPage(page, count(keys, (k) => k.environment === 'STAGING'))
    await expect(alert).toHaveCount(0)
    expect(new Set(await columnTexts(page, 'Environment'))).toEqual(new Set(['Staging']))
  })

  for (const { width, scheme } of [{ width: 1280, scheme: 'light' }, { width: 375, scheme: 'dark' }] as const) {
    test(`a page turn that fails keeps the page shown, and the focus on Next; Retry is beside the pager (${width} px, ${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme: scheme })
      // Every later page refused from the start (page 2 read ahead fails too); a 400 is not retried.
      await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
      await openSeeded(page)
      await expectFirstPage(page, 320)
      const first = await rowNames(page)
      await nextButton(page).focus()
      await page.keyboard.press('Enter')
      const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
      await expect(alert).toContainText('The keys below are still page 1’s.')
      await expect(pagination(page)).toContainText('Page 2 did not load.')
      // Page 1's rows, named as such, and the focus where it was; nothing says it is still loading.
      expect(await rowNames(page)).toEqual(first)
      await expect(keysTable(page)).toHaveAttribute('aria-label', 'API keys')
      await expect(keysTable(page).locator('caption')).toHaveText(/1–20/)
      await expect(nextButton(page)).toBeFocused()
      await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true')
      await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
      await expect(page.getByText('Updating…')).toHaveCount(0)
      expect(urlParams(page)).toEqual({ page: '2' })
      await expectNoAxeViolations(page)
      if (width < 640) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)

      // Retry is three steps back from Next, past First and Previous.
      const retry = pagination(page).getByRole('button', { name: 'Retry' })
      await pressUntilFocused(page, retry, 'Shift+Tab', 3)
      // Pressed while the server still refuses: Retry goes as it runs, and the focus waits on Next, not on the page's body.
      await page.keyboard.press('Enter')
      await expect(nextButton(page)).toBeFocused()
      await expect(pagination(page)).toContainText('Page 2 did not load.')
      await expect(nextButton(page)).toBeFocused()
      await pressUntilFocused(page, retry, 'Shift+Tab', 3)
      await page.evaluate(() => window.covalDemo?.clearFaults())
      await page.keyboard.press('Enter')
      await expectRange(page, 21, 40, 320)
      await expect(alert).toHaveCount(0)
      await expect(nextButton(page)).toBeFocused()
      expect(await rowNames(page)).not.toEqual(first)
    })
  }

  test('after a failed page turn, Previous leads back to the page still shown', async ({ page }) => {
    await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
    await openSeeded(page)
    await expectFirstPage(page, 320)
    const first = await rowIds(page)
    await nextButton(page).click()
    await expect(pagination(page)).toContainText('Page 2 did not load.')
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await expect(alert).toContainText('The keys below are still page 1’s.')
    expect(await rowIds(page)).toEqual(first)
    await expect(previousButton(page)).toBeEnabled()
    await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true')
    await previousButton(page).click()
    await expectFirstPage(page, 320)
    expect(urlParams(page)).toEqual({})
    await expect(alert).toHaveCount(0)
    expect(await rowIds(page)).toEqual(first)
  })

  test('rows kept after a failed page turn follow what is done to them: a key suspended shows suspended, a key deleted goes', async ({ page }) => {
    await setDemoFaultsFromLoad(page, { fault: { kind: 'status', status: 400 }, method: 'GET', queryIncludes: 'page_token=', times: null })
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await nextButton(page).click()
    await expect(pagination(page)).toContainText('Page 2 did not load.')
    const shown = await rowIds(page)
    const active = keys.find((k) => k.status === 'ACTIVE' && k.name && shown.includes(k.id))
    if (!active?.name) throw new Error('No active key among the kept rows')
    const row = keysTable(page).locator(`tr[data-row-id="${active.id}"]`)
    await row.getByRole('button', { name: `Actions for ${active.name}` }).click()
    await page.getByRole('menuitem', { name: `Suspend ${active.name}`, exact: true }).click()
    await page.getByRole('dialog', { name: `Suspend ${active.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    await expect(row.locator('td[data-column="status"]')).toContainText('Suspended')
    await row.getByRole('button', { name: `Actions for ${active.name}` }).click()
    await page.getByRole('menuitem', { name: `Delete ${active.name}`, exact: true }).click()
    const confirm = page.getByRole('alertdialog', { name: `Delete ${active.name}?` })
    await confirm.getByRole('textbox').fill(active.name)
    await confirm.getByRole('button', { name: 'Delete key' }).click()
    await expect(row).toHaveCount(0)
    expect(await rowIds(page)).toEqual(shown.filter((id) => id !== active.id))
    await expect(pagination(page)).toContainText('Page 2 did not load.')
  })

  test('a refresh that fails keeps the rows and says they are the last answer’s', async ({ page }) => {
    await page.clock.install()
    await openSeeded(page)
    await expectFirstPage(page, 320)
    const firstName = await keysTable(page).locator('tbody tr').first().getByRole('link').textContent()
    await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, times: null })
    // Stale after its 10 s, the page is read again when the tab is shown again; that read fails.
    await page.clock.fastForward(11_000)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })))
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
    await skipRetriesUntilShown(page, alert)
    await expect(alert).toContainText('The keys below are from the last answer the server gave, and may be out of date.')
    await expect(keysTable(page).locator('tbody tr')).toHaveCount(20)
    await expect(keysTable(page).locator('tbody tr').first().getByRole('link')).toHaveText(firstName ?? '')
    await expectNoAxeViolations(page)

    await page.evaluate(() => window.covalDemo?.clearFaults())
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(alert).toHaveCount(0)
    await expectFirstPage(page, 320)
  })
})

test.describe('filters and search', () => {
  test('Environment shows only that environment, and All environments undoes it', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    for (const [label, value] of [['Production', 'PRODUCTION'], ['Staging', 'STAGING'], ['Development', 'DEVELOPMENT']] as const) {
      await filterOption(page, 'Environment', label).click()
      await expect(filterOption(page, 'Environment', label)).toHaveAttribute('aria-pressed', 'true')
      await expect(filterOption(page, 'Environment', 'All environments')).toHaveAttribute('aria-pressed', 'false')
      await expectFirstPage(page, count(keys, (k) => k.environment === value))
      expect(new Set(await columnTexts(page, 'Environment'))).toEqual(new Set([label]))
      expect(urlParams(page)).toEqual({ env: value })
    }
    await filterOption(page, 'Environment', 'All environments').click()
    await expectFirstPage(page, 320)
    expect(urlParams(page)).toEqual({})
  })

  test('Status takes several statuses at once, and pressing one again drops it', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Status', 'Expired').click()
    await filterOption(page, 'Status', 'Revoked').click()
    await expectFirstPage(page, count(keys, (k) => k.status === 'REVOKED' || k.status === 'EXPIRED'))
    expect(urlParams(page)).toEqual({ status: 'REVOKED,EXPIRED' })
    const shown = new Set(await columnTexts(page, 'Status'))
    expect([...shown].every((s) => s === 'Revoked' || s === 'Expired')).toBe(true)

    await filterOption(page, 'Status', 'Expired').click()
    await expect(filterOption(page, 'Status', 'Expired')).toHaveAttribute('aria-pressed', 'false')
    await expectFirstPage(page, count(keys, (k) => k.status === 'REVOKED'))
    expect(new Set(await columnTexts(page, 'Status'))).toEqual(new Set(['Revoked']))

    await filterOption(page, 'Status', 'Suspended').click()
    await expectFirstPage(page, count(keys, (k) => k.status === 'REVOKED' || k.status === 'SUSPENDED'))
    expect(urlParams(page)).toEqual({ status: 'SUSPENDED,REVOKED' })
    await expect(filterOption(page, 'Status', 'All statuses')).toHaveAttribute('aria-pressed', 'false')
    await filterOption(page, 'Status', 'All statuses').click()
    await expectFirstPage(page, 320)
    expect(urlParams(page)).toEqual({})
    await expect(filterOption(page, 'Status', 'Suspended')).toHaveAttribute('aria-pressed', 'false')
  })

  test('Type shows only service or only user keys', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Type', 'User').click()
    await expectFirstPage(page, count(keys, (k) => k.key_type === 'USER'))
    expect(new Set(await columnTexts(page, 'Type'))).toEqual(new Set(['User']))
    expect(urlParams(page)).toEqual({ type: 'USER' })
    await filterOption(page, 'Type', 'Service').click()
    await expectFirstPage(page, count(keys, (k) => k.key_type === 'SERVICE'))
    expect(new Set(await columnTexts(page, 'Type'))).toEqual(new Set(['Service']))
    // Pressing the chosen option again goes back to any type.
    await filterOption(page, 'Type', 'Service').click()
    await expect(filterOption(page, 'Type', 'All types')).toHaveAttribute('aria-pressed', 'true')
    await expectFirstPage(page, 320)
  })

  test('each Last used preset shows the keys it names', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const since = hourNow()
    const presets = [
      { label: 'Never used', value: 'never', where: (k: StoredKey) => k.last_used_at === null },
      { label: 'Not used in 30 days', value: 'unused_30d', where: notUsedSince(30) },
      { label: 'Not used in 90 days', value: 'unused_90d', where: notUsedSince(90) },
      { label: 'Used in the last 24 h', value: 'used_24h', where: (k: StoredKey) => k.last_used_at !== null && Date.parse(k.last_used_at) >= since - DAY },
    ]
    for (const preset of presets) {
      await filterOption(page, 'Last used', preset.label).click()
      const total = count(keys, preset.where)
      expect(total).toBeGreaterThan(0)
      await expectFirstPage(page, total)
      expect(urlParams(page)).toEqual({ used: preset.value })
      const times = await columnTimes(page, 'Last used')
      if (preset.value === 'never') {
        expect(new Set(await columnTexts(page, 'Last used'))).toEqual(new Set(['Never']))
      } else if (preset.value === 'used_24h') {
        expect(times.every((t) => t !== null && Date.parse(t) >= since - DAY)).toBe(true)
      } else {
        const days = preset.value === 'unused_30d' ? 30 : 90
        expect(times.every((t) => t === null || Date.parse(t) < since - days * DAY)).toBe(true)
      }
    }
    await filterOption(page, 'Last used', 'Any use').click()
    await expectFirstPage(page, 320)
  })

  test('search by name narrows the list, case-insensitively, and Clear search undoes it', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const matches = (k: StoredKey) => nameHas(k.name, 'bridge')
    // Typed key by key, as a person would: the list settles on the whole word.
    await searchBox(page).pressSequentially('BRIDGE', { delay: 30 })
    await expectFirstPage(page, count(keys, matches))
    await expect(page.getByText(`${count(keys, matches)} keys match`, { exact: true })).toBeVisible()
    expect((await rowNames(page)).every((name) => nameHas(name, 'bridge'))).toBe(true)
    // The last letters land after the debounce, once typing pauses.
    await expect.poll(() => urlParams(page)).toEqual({ q: 'BRIDGE' })
    await page.getByRole('button', { name: 'Clear search' }).click()
    await expect(searchBox(page)).toHaveValue('')
    await expectFirstPage(page, 320)
    expect(urlParams(page)).toEqual({})
  })

  // A search still waiting for its debounce must not come back after Reset filters (or Back/Forward).
  test('Reset filters while a typed search is still pending stays reset', async ({ page }) => {
    await page.clock.install()
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Environment', 'Production').click()
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expectSettled(page)
    // Time stands still: the first keystroke applies at once, the rest wait for the typing to pause.
    await page.clock.pauseAt(Date.now() + 60_000)
    await searchBox(page).pressSequentially('bri')
    await expect.poll(() => urlParams(page)).toEqual({ env: 'PRODUCTION', q: 'b' })
    await filters(page).getByRole('button', { name: 'Reset filters' }).click()
    await expect(searchBox(page)).toHaveValue('')
    await page.clock.runFor(1000)
    await page.clock.resume()
    await expectFirstPage(page, 320)
    await expect(searchBox(page)).toHaveValue('')
    expect(urlParams(page)).toEqual({})
  })

  test('filters combine, and Reset filters clears them all', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Environment', 'Production').click()
    await filterOption(page, 'Status', 'Active').click()
    await filterOption(page, 'Type', 'Service').click()
    await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION' && k.status === 'ACTIVE' && k.key_type === 'SERVICE'))
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION', status: 'ACTIVE', type: 'SERVICE' })
    await page.getByRole('search', { name: 'Filter keys' }).getByRole('button', { name: 'Reset filters' }).click()
    await expectFirstPage(page, 320)
    for (const [group, option] of [['Environment', 'All environments'], ['Status', 'All statuses'], ['Type', 'All types'], ['Last used', 'Any use']] as const) {
      await expect(filterOption(page, group, option)).toHaveAttribute('aria-pressed', 'true')
    }
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'false')
    expect(urlParams(page)).toEqual({})
  })
})

test.describe('sorting', () => {
  test('Name sorts A to Z, then Z to A', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await sortButton(page, 'Name').click()
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'ascending')
    await expect(columnHeader(page, 'Created')).toHaveAttribute('aria-sort', 'none')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'name.asc' })
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'name', false)).slice(0, 20))

    await sortButton(page, 'Name').click()
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'descending')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'name.desc' })
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'name', true)).slice(0, 20))
  })

  test('Created is newest first by default, and sorts oldest first', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await expect(columnHeader(page, 'Created')).toHaveAttribute('aria-sort', 'descending')
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'create_time', true)).slice(0, 20))

    await sortButton(page, 'Created').click()
    await expect(columnHeader(page, 'Created')).toHaveAttribute('aria-sort', 'ascending')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'create_time.asc' })
    const times = (await columnTimes(page, 'Created')) as string[]
    expect(times).toEqual([...times].sort())
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'create_time', false)).slice(0, 20))

    await sortButton(page, 'Created').click()
    await expect(columnHeader(page, 'Created')).toHaveAttribute('aria-sort', 'descending')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'create_time.desc' })
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'create_time', true)).slice(0, 20))
  })

  test('Last used sorts oldest first, then most recent first, never-used keys last both ways', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await sortButton(page, 'Last used').click()
    await expect(columnHeader(page, 'Last used')).toHaveAttribute('aria-sort', 'ascending')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'last_used_at.asc' })
    const ascending = await expectedOrder(page, 'last_used_at', false)
    expect(await rowIds(page)).toEqual(ascending.slice(0, 20))

    await sortButton(page, 'Last used').click()
    await expect(columnHeader(page, 'Last used')).toHaveAttribute('aria-sort', 'descending')
    await expectSettled(page)
    expect(urlParams(page)).toEqual({ sort: 'last_used_at.desc' })
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'last_used_at', true)).slice(0, 20))
    const times = await columnTimes(page, 'Last used')
    expect(times.every((t) => t !== null)).toBe(true)

    // Never-used keys come last: the last page of the descending order ends with them.
    await pageSizeSelect(page).selectOption('100')
    for (let start = 1; start <= 301; start += 100) {
      await expectRange(page, start, Math.min(start + 99, 320), 320)
      if (start < 301) await nextButton(page).click()
    }
    const lastPage = await columnTimes(page, 'Last used')
    expect(lastPage.at(-1)).toBeNull()
    expect(lastPage.slice(lastPage.indexOf(null)).every((t) => t === null)).toBe(true)
  })
})

test.describe('paging', () => {
  test('Next and Previous move through pages, with the row range in the pagination', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    const first = await rowIds(page)
    await nextButton(page).click()
    await expectRange(page, 21, 40, 320)
    const second = await rowIds(page)
    expect(second.some((id) => first.includes(id))).toBe(false)
    expect(urlParams(page)).toMatchObject({ page: '2' })
    await expect(keysTable(page).locator('caption')).toHaveText('API keys, 21–40 of 320')
    await nextButton(page).click()
    await expectRange(page, 41, 60, 320)
    await expect(previousButton(page)).toBeEnabled()
    await previousButton(page).click()
    await expectRange(page, 21, 40, 320)
    expect(await rowIds(page)).toEqual(second)
    await firstPageButton(page).click()
    await expectFirstPage(page, 320)
    expect(await rowIds(page)).toEqual(first)
    expect(urlParams(page)).toEqual({})
    await expect(previousButton(page)).toBeDisabled()
  })

  test('paging through 320 keys with all statuses shows each key exactly once', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await pageSizeSelect(page).selectOption('50')
    const seen: string[] = []
    for (let start = 1; start <= 320; start += 50) {
      await expectRange(page, start, Math.min(start + 49, 320), 320)
      seen.push(...(await rowIds(page)))
      if (start + 50 <= 320) await nextButton(page).click()
    }
    await expect(nextButton(page)).toBeDisabled()
    expect(seen).toHaveLength(320)
    expect(new Set(seen).size).toBe(320)
    expect(new Set(seen)).toEqual(new Set(keys.map((k) => k.id)))
  })

  test('changing the page size returns to page 1', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await nextButton(page).click()
    await expectRange(page, 21, 40, 320)
    await pageSizeSelect(page).selectOption('50')
    await expectFirstPage(page, 320, 50)
    await expect(bodyRows(page)).toHaveCount(50)
    expect(urlParams(page)).toEqual({ size: '50' })
    await nextButton(page).click()
    await expectRange(page, 51, 100, 320)
    await pageSizeSelect(page).selectOption('10')
    await expectFirstPage(page, 320, 10)
    expect(urlParams(page)).toEqual({ size: '10' })
  })

  test('any filter, search or sort change returns to page 1', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const toPageTwo = async () => {
      await nextButton(page).click()
      await expectRange(page, 21, 40, 320)
    }
    const changes: [string, () => Promise<void>, number][] = [
      ['environment', () => filterOption(page, 'Environment', 'Staging').click(), count(keys, (k) => k.environment === 'STAGING')],
      ['status', () => filterOption(page, 'Status', 'Active').click(), count(keys, (k) => k.status === 'ACTIVE')],
      ['type', () => filterOption(page, 'Type', 'Service').click(), count(keys, (k) => k.key_type === 'SERVICE')],
      ['last used', () => filterOption(page, 'Last used', 'Not used in 30 days').click(), count(keys, notUsedSince(30))],
      ['search', () => searchBox(page).fill('e'), count(keys, (k) => nameHas(k.name, 'e'))],
    ]
    for (const [what, change, total] of changes) {
      await toPageTwo()
      await change()
      await expectFirstPage(page, total)
      expect(urlParams(page), what).not.toHaveProperty('page')
      await page.getByRole('search', { name: 'Filter keys' }).getByRole('button', { name: 'Reset filters' }).click()
      await expectFirstPage(page, 320)
    }
    await toPageTwo()
    await sortButton(page, 'Name').click()
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'ascending')
    await expectFirstPage(page, 320)
    expect(urlParams(page)).toEqual({ sort: 'name.asc' })
  })

  test('while a slow page loads, the rows stay dimmed with a quiet Updating… and Next is disabled', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    const first = await rowIds(page)
    await setDemoFaults(page, { latencyMs: 2500 })
    // A new order is a page nobody fetched ahead of time.
    await keysTable(page).getByRole('button', { name: 'Name' }).click()
    await expect(keysTable(page)).toHaveAttribute('aria-busy', 'true')
    // The previous rows stay on screen meanwhile, dimmed, and paging waits for the new ones.
    expect(await rowIds(page)).toEqual(first)
    await expect(nextButton(page)).toBeDisabled()
    await expect(previousButton(page)).toBeDisabled()
    await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible()
    await expect(keysTable(page)).toHaveCSS('opacity', '0.6')
    await expect.poll(() => rowIds(page)).not.toEqual(first)
    await expect(keysTable(page)).toHaveCSS('opacity', '1')
    await expect(nextButton(page)).toBeEnabled()
  })

  test('the next page was fetched ahead of time, so Next shows it at once even on a slow server', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await expectSettled(page)
    // A server slower than any wait here: page 2 can only show from what was fetched ahead.
    await setDemoFaults(page, { latencyMs: 60_000 })
    await nextButton(page).click()
    await expectRange(page, 21, 40, 320)
  })
})

test.describe('the URL', () => {
  test('a pasted URL opens exactly that view', async ({ page }) => {
    const keys = await openSeeded(page)
    const where = (k: StoredKey) =>
      k.environment === 'PRODUCTION' && (k.status === 'ACTIVE' || k.status === 'SUSPENDED') && k.key_type === 'SERVICE' && nameHas(k.name, 'e')
    await page.goto('/?q=e&env=PRODUCTION&status=ACTIVE,SUSPENDED&type=SERVICE&used=unused_30d&sort=name.desc&size=10')
    const total = count(keys, (k) => where(k) && notUsedSince(30)(k))
    expect(total).toBeGreaterThan(10)
    await expectFirstPage(page, total, 10)
    await expect(searchBox(page)).toHaveValue('e')
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Status', 'Suspended')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Status', 'Revoked')).toHaveAttribute('aria-pressed', 'false')
    await expect(filterOption(page, 'Type', 'Service')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Last used', 'Not used in 30 days')).toHaveAttribute('aria-pressed', 'true')
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', 'descending')
    await expect(pageSizeSelect(page)).toHaveValue('10')
    const expected = await expectedOrder(page, 'name', true, (k) => where(k) && notUsedSince(30)(k))
    expect(await rowIds(page)).toEqual(expected.slice(0, 10))
  })

  test('the URL of a later page opens that page in a new tab', async ({ page, context }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Environment', 'Development').click()
    await expect(filterOption(page, 'Environment', 'Development')).toHaveAttribute('aria-pressed', 'true')
    await expectSettled(page)
    await nextButton(page).click()
    await expect(page.getByText(/^21–40 of \d+$/)).toBeVisible()
    await expectSettled(page)
    const ids = await rowIds(page)
    const range = await page.getByText(/^21–40 of \d+$/).textContent()

    const other = await context.newPage()
    await other.goto(page.url())
    await expect(other.getByRole('navigation', { name: 'Pagination' }).getByText(range ?? '')).toBeVisible()
    await expectSettled(other)
    expect(await rowIds(other)).toEqual(ids)
    await expect(filterOption(other, 'Environment', 'Development')).toHaveAttribute('aria-pressed', 'true')
    await expect(firstPageButton(other)).toBeEnabled()
    await other.close()
  })

  test('Back and Forward step through filters and pages', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const production = count(keys, (k) => k.environment === 'PRODUCTION')
    await filterOption(page, 'Environment', 'Production').click()
    await expectFirstPage(page, production)
    await nextButton(page).click()
    await expectRange(page, 21, 40, production)
    const second = await rowIds(page)

    await page.goBack()
    await expectFirstPage(page, production)
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await page.goBack()
    await expectFirstPage(page, 320)
    await expect(filterOption(page, 'Environment', 'All environments')).toHaveAttribute('aria-pressed', 'true')
    expect(urlParams(page)).toEqual({})

    await page.goForward()
    await expectFirstPage(page, production)
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await page.goForward()
    await expectRange(page, 21, 40, production)
    expect(await rowIds(page)).toEqual(second)
    // The earlier page's token is remembered, so Previous still works.
    await expect(previousButton(page)).toBeEnabled()
  })

  test('a link to page 3 opens page 3 without any page token, and an old link\'s cursor is ignored', async ({ page }) => {
    await openSeeded(page, '/?page=3&cursor=bogus')
    await expectRange(page, 41, 60, 320)
    expect(await rowIds(page)).toEqual((await expectedOrder(page, 'create_time', true)).slice(40, 60))
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load the keys' })).toHaveCount(0)
    await previousButton(page).click()
    await expectRange(page, 21, 40, 320)
    expect(urlParams(page)).toEqual({ page: '2' })
  })

  test('a link to a page past the end says so, and offers the first page', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await filterOption(page, 'Environment', 'Production').click()
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expectSettled(page)
    await nextButton(page).click()
    await expect(page.getByText(/^21–40 of \d+$/)).toBeVisible()
    // Someone deletes most production keys; the page-2 link now points past the end.
    await page.evaluate((key) => {
      let kept = 0
      const records = JSON.parse(localStorage.getItem(key) ?? '[]') as { environment?: string }[]
      localStorage.setItem(key, JSON.stringify(records.filter((r) => r.environment !== 'PRODUCTION' || kept++ < 5)))
    }, DEMO_STORE_KEY)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Page 2 is past the end of the list' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Go to the first page' }).click()
    await expectFirstPage(page, 5)
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION' })
  })

  test('a link to a page thousands past the end says so too, and the first page is one press away', async ({ page }) => {
    await openSeeded(page, '/?page=5000')
    await expect(page.getByRole('heading', { name: 'Page 5,000 is past the end of the list' })).toBeVisible()
    await page.getByRole('button', { name: 'Go to the first page' }).click()
    await expectFirstPage(page, 320)
  })

  test('invalid URL values fall back to defaults without losing the valid ones', async ({ page }) => {
    const keys = await openSeeded(page, '/?env=MARS&status=ACTIVE,NOPE&size=7&sort=secret.asc&page=0')
    await expectFirstPage(page, count(keys, (k) => k.status === 'ACTIVE'))
    await expect(filterOption(page, 'Environment', 'All environments')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'true')
    await expect(pageSizeSelect(page)).toHaveValue('20')
  })
})

test.describe('the stale-key audit', () => {
  test('production keys not used in 90 days, oldest first, in three interactions, and its URL in a new tab', async ({ page, context }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    const audit = (k: StoredKey) => k.environment === 'PRODUCTION' && notUsedSince(90)(k)
    const total = count(keys, audit)

    await filterOption(page, 'Environment', 'Production').click()
    await filterOption(page, 'Last used', 'Not used in 90 days').click()
    await sortButton(page, 'Last used').click()

    const expected = (await expectedOrder(page, 'last_used_at', false, audit)).slice(0, 20)
    const check = async (p: Page) => {
      await expect(columnHeader(p, 'Last used')).toHaveAttribute('aria-sort', 'ascending')
      await expectFirstPage(p, total)
      expect(await rowIds(p)).toEqual(expected)
      expect(new Set(await columnTexts(p, 'Environment'))).toEqual(new Set(['Production']))
      const times = await columnTimes(p, 'Last used')
      expect(times.every((t) => t === null || Date.parse(t) < hourNow() - 90 * DAY)).toBe(true)
      const used = times.filter((t): t is string => t !== null)
      expect(used).toEqual([...used].sort())
    }
    await check(page)
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION', used: 'unused_90d', sort: 'last_used_at.asc' })

    const other = await context.newPage()
    await other.goto(page.url())
    await check(other)
    await expect(filterOption(other, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(other, 'Last used', 'Not used in 90 days')).toHaveAttribute('aria-pressed', 'true')
    await other.close()
  })
})

test.describe('columns, layout and keyboard', () => {
  test('a hidden column stays hidden after a reload', async ({ page }) => {
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await expect(columnHeader(page, 'ID')).toBeVisible()
    // The menu's code loads on first use.
    await page.getByRole('button', { name: 'Choose columns' }).click()
    const menu = page.getByRole('menu', { name: 'Columns' })
    await expect(menu.getByRole('menuitemcheckbox', { name: 'ID' })).toHaveAttribute('aria-checked', 'true')
    await menu.getByRole('menuitemcheckbox', { name: 'ID' }).click()
    await expect(menu.getByRole('menuitemcheckbox', { name: 'ID' })).toHaveAttribute('aria-checked', 'false')
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(columnHeader(page, 'ID')).toHaveCount(0)

    await page.reload()
    await expectFirstPage(page, 320)
    await expect(columnHeader(page, 'ID')).toHaveCount(0)
    await expect(columnHeader(page, 'Type')).toBeVisible()
    await page.getByRole('button', { name: 'Choose columns' }).click()
    await expect(menu.getByRole('menuitemcheckbox', { name: 'ID' })).toHaveAttribute('aria-checked', 'false')
    await menu.getByRole('menuitemcheckbox', { name: 'ID' }).click()
    await page.keyboard.press('Escape')
    await expect(columnHeader(page, 'ID')).toBeVisible()
    await page.reload()
    await expectFirstPage(page, 320)
    await expect(columnHeader(page, 'ID')).toBeVisible()
  })

  test('at 320 px wide the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 })
    await openSeeded(page)
    await expectFirstPage(page, 320)
    await expect(keysTable(page).getByRole('columnheader', { name: 'Name' })).toBeAttached()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  test('the search box and the filters are reached with Tab and toggled with Space and Enter', async ({ page }) => {
    const keys = await openSeeded(page)
    await expectFirstPage(page, 320)
    await page.locator('body').focus()
    await tabTo(page, searchBox(page))
    await page.keyboard.type('bridge')
    await expectFirstPage(page, count(keys, (k) => nameHas(k.name, 'bridge')))
    await searchBox(page).fill('')
    await expectFirstPage(page, 320)

    const production = filterOption(page, 'Environment', 'Production')
    await tabTo(page, production)
    await page.keyboard.press('Space')
    await expect(production).toHaveAttribute('aria-pressed', 'true')
    await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION'))

    const revoked = filterOption(page, 'Status', 'Revoked')
    await tabTo(page, revoked)
    await page.keyboard.press('Enter')
    await expect(revoked).toHaveAttribute('aria-pressed', 'true')
    await expectFirstPage(page, count(keys, (k) => k.environment === 'PRODUCTION' && k.status === 'REVOKED'))
    expect(urlParams(page)).toEqual({ env: 'PRODUCTION', status: 'REVOKED' })
  })
})
