import type { Page } from '@playwright/test'
import { allowBlockedChunk, blockChunk } from './blocked-chunk-helpers'
import { allowFailedLoads, openConnected } from './connected-helpers'
import { expect, setDemoSettings } from './fixtures'
import { detailHeading, fullStoredKeys, keyActions } from './key-detail-helpers'
import { ownMockAudit, ownServerKeys, test } from './own-mock-api'
import { bodyRows, DEMO_STORE_KEY, expectRowsSettled, pickKey, startFromSeed, storedKeys } from './page-helpers'
import { downloadedText, exportButton, parseCsv, today } from './export-helpers'

// What a nineteenth review found on phones, by touch: a key's page opened by its link could not
// confirm a suspend offline (its code was fetched only then), and said nothing about it.
test.use({ hasTouch: true, viewport: { width: 375, height: 667 } })

/** The key's page open by its URL, and the code its actions need (loaded ahead when idle) come. */
async function openKeyPageLoaded(page: Page, path: string): Promise<void> {
  const ahead = ['run-key-action', 'undo-offer', 'action-dialog'].map((name) => page.waitForResponse(new RegExp(`/assets/${name}-[\\w-]+\\.js`)))
  await page.goto(path)
  await expect(detailHeading(page)).toBeVisible()
  await Promise.all(ahead)
}

test('connected, a key’s page opened by its link suspends offline: the change waits, then reaches the server', async ({ page, context, request, ownMock: api }, testInfo) => {
  allowFailedLoads(testInfo)
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE')
  if (!key) throw new Error('Expected an active key')
  await openConnected(page, api.baseUrl, '')
  await openKeyPageLoaded(page, `/keys/${key.id}`)
  await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
  const dialog = page.getByRole('dialog', { name: /^Suspend / })
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Lost phone')
  await context.setOffline(true)
  await dialog.getByRole('button', { name: 'Suspend key' }).tap()
  await expect(dialog).toBeHidden()
  await expect(keyActions(page)).toContainText('Suspend is not sent yet: it waits for the connection.')
  // Said to everyone once, a screen reader too, not only under the actions.
  await expect(page.getByRole('region', { name: /^Notifications/ }).getByRole('status')).toContainText(`Suspend of ${key.name} waits for the connection`)
  await context.setOffline(false)
  await expect.poll(async () => (await ownMockAudit(request, api)).filter((e) => e.keyId === key.id)).toEqual([expect.objectContaining({ status: 'SUSPENDED', reason: 'Lost phone' })])
})

test('connected, offline with the action’s code not loaded: the dialog stays with what was typed and says so; back online, the same button suspends', async ({ page, context, request, ownMock: api }, testInfo) => {
  allowBlockedChunk(testInfo)
  const blocked = await blockChunk(page, 'run-key-action')
  const [key] = [...(await ownServerKeys(request, api)).values()].filter((k) => k.status === 'ACTIVE')
  if (!key) throw new Error('Expected an active key')
  await openConnected(page, api.baseUrl, `keys/${key.id}`)
  await expect(detailHeading(page)).toBeVisible()
  await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
  const dialog = page.getByRole('dialog', { name: /^Suspend / })
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Lost phone')
  await context.setOffline(true)
  const confirm = dialog.getByRole('button', { name: 'Suspend key' })
  await confirm.tap()
  // Not closed as if done: nothing was sent, and nothing waits to be.
  await expect(dialog.getByRole('alert')).toContainText('Nothing was sent: you are offline, and this action’s code could not load. Try again once connected.')
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveValue('Lost phone')
  expect(await ownMockAudit(request, api)).toEqual([])

  await context.setOffline(false)
  await blocked.online()
  await confirm.tap()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await ownMockAudit(request, api)).filter((e) => e.keyId === key.id)).toEqual([expect.objectContaining({ status: 'SUSPENDED', reason: 'Lost phone' })])
})

test.describe('demo', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  test('a key’s page whose action code cannot load says nothing was sent and why, not “Something went wrong”', async ({ page, context }, testInfo) => {
    allowBlockedChunk(testInfo)
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const blocked = await blockChunk(page, 'run-key-action')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    await keyActions(page).getByRole('button', { name: 'Revoke…' }).tap()
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await context.setOffline(true)
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`Could not revoke ${key.name}`)
    await expect(alert).toContainText('Nothing was sent: you are offline, and this action’s code could not load.')
    await expect(alert).not.toContainText('Something went wrong')
    // Online again, it says how to get the code: a reload.
    await context.setOffline(false)
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    await expect(alert).toContainText('Nothing was sent: this action’s code could not load. Reload the page for the latest version.')
    await blocked.online()
    await dialog.getByRole('button', { name: 'Revoke key' }).tap()
    await expect(dialog).toBeHidden()
    await expect(keyActions(page).getByRole('button', { name: 'Delete…' })).toBeVisible()
  })

  test('an action dialog that cannot load gives its Retry the focus, which opens it once it can', async ({ page }, testInfo) => {
    allowBlockedChunk(testInfo)
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const blocked = await blockChunk(page, 'action-dialog')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the action’s dialog' })
    const retry = alert.getByRole('button', { name: 'Retry' })
    await expect(retry).toBeFocused()
    await blocked.online()
    await retry.tap()
    await expect(page.getByRole('dialog', { name: `Suspend ${key.name}?` })).toBeVisible()
  })
})

test.describe('demo, polish', () => {
  test.beforeEach(async ({ page }) => {
    await startFromSeed(page)
  })

  test('on a phone, “Close without the secret?” puts Go back above Close: a quick thumb on the top button keeps the secret', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Create key', exact: true }).first().tap()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Thumb test')
    await dialog.getByRole('radio', { name: 'Service' }).check()
    await dialog.getByRole('radio', { name: 'Production' }).check()
    await dialog.getByRole('button', { name: 'Create key' }).tap()
    await expect(page.getByRole('alertdialog', { name: 'Save your secret key' })).toBeVisible()
    await page.keyboard.press('Escape')
    const confirm = page.getByRole('alertdialog', { name: 'Close without the secret of Thumb test?' })
    const top = async (name: string) => (await confirm.getByRole('button', { name, exact: true }).boundingBox())?.y ?? Number.NaN
    expect(await top('Go back')).toBeLessThan(await top('Close'))
    await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused()
  })

  test('at 320 × 568 a Revoke of a key with a 200-character name opens at its title, Cancel focused and in sight', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 })
    await page.goto('/')
    const key = (await storedKeys(page)).find((k) => k.status === 'ACTIVE' && (k.name ?? '').length >= 200)
    if (!key) throw new Error('The seed holds no active key named with 200 characters')
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    await keyActions(page).getByRole('button', { name: 'Revoke…' }).tap()
    const dialog = page.getByRole('alertdialog', { name: /^Revoke / })
    const cancel = dialog.getByRole('button', { name: 'Cancel' })
    await expect(cancel).toBeFocused()
    // Scrolling as a whole (cramped), the box stays at its top: Cancel is pinned to its foot, in sight already.
    await expect(dialog).toHaveAttribute('data-scroll-whole', '')
    await expect(cancel).toBeInViewport()
    await expect.poll(() => dialog.evaluate((box) => box.scrollTop)).toBe(0)
    await expect(dialog.getByRole('heading').first()).toBeInViewport()
  })

  test('with a phone’s keyboard up (320 × 300 left), the palette shows several results, not mostly its header', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 })
    await page.goto('/')
    await page.getByRole('button', { name: /^Command palette/ }).tap()
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await palette.getByRole('combobox').fill('a')
    await expect(palette.getByRole('option').nth(4)).toBeAttached()
    await page.setViewportSize({ width: 320, height: 300 })
    // The description stays for screen readers; on screen, the room goes to the results.
    await expect(palette).toHaveAccessibleDescription('Go to a key, apply a view, or run an action.')
    // Its header took two thirds of the room: one result showed whole.
    await expect.poll(() => palette.getByRole('option').evaluateAll((options) => options.filter((o) => o.getBoundingClientRect().bottom <= window.innerHeight).length)).toBeGreaterThanOrEqual(2)
  })

  test('on a touch phone the audit’s counts and their export buttons reach past what is drawn, to a finger', async ({ page }) => {
    await page.goto('/audit')
    await expect(page.getByRole('status').filter({ hasText: /^Figures counted/ })).toHaveCount(1)
    const cell = page.getByRole('table', { name: 'Keys by last use and environment' }).getByRole('cell').first()
    await cell.scrollIntoViewIfNeeded()
    const hits = await cell.evaluate((td) => {
      const link = td.querySelector('a')
      const button = td.querySelector('button')
      if (!link || !button) return null
      const l = link.getBoundingClientRect()
      const b = button.getBoundingClientRect()
      const at = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('a, button') ?? null
      return {
        drawn: [Math.round(l.height), Math.round(b.height)],
        linkLeft: at(l.left - 6, l.top + l.height / 2) === link,
        linkAbove: at(l.left + l.width / 2, l.top - 5) === link,
        buttonRight: at(b.right + 3, b.top + b.height / 2) === button,
        buttonBelow: at(b.left + b.width / 2, b.bottom + 5) === button,
        between: [at(l.right + 2, l.top + l.height / 2) === link, at(b.left - 2, b.top + b.height / 2) === button],
      }
    })
    expect(hits).toEqual({ drawn: [24, 24], linkLeft: true, linkAbove: true, buttonRight: true, buttonBelow: true, between: [true, true] })
  })

  test('the audit’s chart is hidden from screen readers with its row names, which its table states', async ({ page }) => {
    await page.goto('/audit')
    await expect(page.getByRole('status').filter({ hasText: /^Figures counted/ })).toHaveCount(1)
    const tree = await page.getByRole('main').ariaSnapshot()
    // The names stood alone, read as one stray line before the table.
    expect(tree).not.toMatch(/- text: Production\b/)
    await expect(page.getByRole('table', { name: 'Keys by last use and environment' }).getByRole('columnheader', { name: 'Production' })).toHaveCount(1)
  })

  test('a key’s page announces its scope count only while the scopes are filtered, not as it loads', async ({ page }) => {
    await page.goto('/')
    const key = pickKey(await fullStoredKeys(page), (k) => k.status === 'ACTIVE')
    // Twenty scopes, as a newer server might grant: past twelve the page offers a filter.
    await page.evaluate(({ store, id }) => {
      const keys = JSON.parse(localStorage.getItem(store) ?? '[]') as { id: string; permissions: string[] }[]
      for (const k of keys) if (k.id === id) k.permissions = Array.from({ length: 20 }, (_, i) => `scope-${i}:read`)
      localStorage.setItem(store, JSON.stringify(keys))
    }, { store: DEMO_STORE_KEY, id: key.id })
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toBeVisible()
    const filter = page.getByRole('searchbox', { name: 'Filter scopes' })
    await expect(filter).toBeVisible()
    const live = page.getByRole('status').filter({ hasText: /scopes?$/ })
    await expect(live).toHaveCount(0)
    await filter.fill('scope-1')
    await expect(live).toHaveText(/^\d+ of \d+ scopes$/)
  })
})

test.describe('the audit at a desktop with thousands of keys', () => {
  test.use({ hasTouch: false, viewport: { width: 1280, height: 900 } })

  test('a four-digit count keeps its export button on its line, as a three-digit one does', async ({ page }) => {
    await startFromSeed(page)
    await page.goto('/audit')
    await setDemoSettings(page, { seedCount: 10_000 })
    await page.reload()
    const list = page.getByRole('list', { name: 'Keys by status' })
    const counts = list.getByRole('link', { name: /: [\d,]+ keys?$/ })
    await expect(counts.first()).toBeVisible({ timeout: 30_000 })
    await expect.poll(async () => (await counts.allTextContents()).some((text) => text.includes(','))).toBe(true)
    const misplaced = await list.getByRole('listitem').evaluateAll((items) =>
      items.flatMap((item) => {
        const link = item.querySelector('a')?.getBoundingClientRect()
        const button = item.querySelector('button')?.getBoundingClientRect()
        return link && button && Math.abs(link.top + link.height / 2 - (button.top + button.height / 2)) > 2 ? [item.textContent ?? ''] : []
      }),
    )
    expect(misplaced).toEqual([])
  })
})

test.describe('search at a desktop', () => {
  test.use({ hasTouch: false, viewport: { width: 1280, height: 800 } })

  test('a paste longer than the search box takes is said to be cut, and why that loses nothing', async ({ page, context }) => {
    await startFromSeed(page)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/')
    const search = page.getByRole('searchbox', { name: /^Search keys/ })
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'Grafana exporter '.repeat(20))
    await search.focus()
    await page.keyboard.press('ControlOrMeta+V')
    await expect(search).toHaveValue('Grafana exporter '.repeat(20).slice(0, 200))
    const toast = page.getByRole('region', { name: /^Notifications/ }).getByRole('status')
    await expect(toast).toContainText('Search cut to 200 characters')
    await expect(toast).toContainText('No key’s name is longer.')
  })
})

test.describe('export at a desktop', () => {
  test.use({ hasTouch: false, viewport: { width: 1280, height: 800 } })

  test('with keys ticked, Export offers them alone (chosen at first) and saves exactly those; the view’s every key is a click away', async ({ page }) => {
    await startFromSeed(page)
    await page.goto('/?env=STAGING')
    await expectRowsSettled(page)
    const ticked = bodyRows(page).getByRole('checkbox', { name: /^Select / })
    await ticked.nth(0).check()
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('1 selected')
    await expect(page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^Suspend/ })).toBeVisible()
    await ticked.nth(2).check()
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 selected')
    const ids = await Promise.all([0, 2].map((i) => bodyRows(page).nth(i).getAttribute('data-row-id')))
    await exportButton(page).click()
    const dialog = page.getByRole('dialog', { name: 'Export 2 selected keys' })
    await expect(dialog.getByRole('radio', { name: /^The 2 selected keys/ })).toBeChecked()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`coval-api-keys-staging-selected-${await today(page)}.csv`)
    const rows = parseCsv((await downloadedText(file)).slice(1))
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids)
    await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${file.suggestedFilename()} (2 keys).`)
    await dialog.getByRole('button', { name: 'Close' }).first().click()

    // The view's every key, chosen instead: the title says so again.
    await exportButton(page).click()
    await page.getByRole('dialog').getByRole('radio', { name: /^Every key of the view/ }).check()
    await expect(page.getByRole('dialog', { name: /^Export [\d,]+ keys: Staging$/ })).toBeVisible()
  })
})

