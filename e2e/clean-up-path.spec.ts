import type { Page } from '@playwright/test'
import { chooseWithArrows, openPaletteAndType, paletteOption } from './command-palette-helpers'
import { connect } from './connected-helpers'
import { expect } from './fixtures'
import { bulkBar } from './key-actions-helpers'
import { ownMockAudit, ownServerKeys, test } from './own-mock-api'
import { bodyRows, pressUntilFocused } from './page-helpers'

// An audit clean-up by keyboard alone, as a support engineer does it: the palette's preset view,
// every key it matches across pages, one suspend with one reason, and the server checked key by key.
test.describe.configure({ timeout: 180_000 })

const PRESET = 'Production keys never used'
const REASON = 'Audit clean-up: production keys never used'
// A run of dozens of requests, four at a time, takes tens of seconds on a busy shared machine.
const RUN = { timeout: 90_000 }

// Enough keys that the preset's view spans more than three pages of 20.
test.use({ ownMockOptions: { seedCount: 1200 } })

/** Focus is on something of the page, never dropped to the body. */
async function expectFocusKept(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true)
}

test('palette to the preset, select all matching, suspend with one reason: exactly those keys change on the server', async ({ page, request, ownMock: api }) => {
  const before = await ownServerKeys(request, api)
  const matching = [...before.values()].filter((key) => key.environment === 'PRODUCTION' && key.last_used_at === null)
  const active = matching.filter((key) => key.status === 'ACTIVE')
  expect(matching.length).toBeGreaterThan(60)
  expect(active.length).toBeGreaterThan(0)
  expect(active.length).toBeLessThan(matching.length)

  await connect(page, { baseUrl: api.baseUrl })
  await openPaletteAndType(page, PRESET)
  await chooseWithArrows(page, paletteOption(page, PRESET))
  await expect.poll(() => new URL(page.url()).searchParams.get('used')).toBe('never')
  await expect(page.getByText(`${matching.length} keys match`)).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(20)
  await expectFocusKept(page)

  await pressUntilFocused(page, page.getByRole('checkbox', { name: 'Select all keys on this page' }))
  await page.keyboard.press('Space')
  await expect(bulkBar(page)).toContainText('20 selected')
  const selectAll = bulkBar(page).getByRole('button', { name: `Select all ${matching.length} matching keys` })
  await pressUntilFocused(page, selectAll, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(bulkBar(page)).toContainText(`All ${matching.length} matching keys selected`)
  await expectFocusKept(page)

  await pressUntilFocused(page, bulkBar(page).getByRole('button', { name: 'Suspend' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Suspend ${active.length} ${active.length === 1 ? 'key' : 'keys'}?` })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(`${active.length} will be suspended`)
  await pressUntilFocused(page, dialog.getByRole('textbox', { name: 'Reason' }))
  await page.keyboard.type(REASON)
  await pressUntilFocused(page, dialog.getByRole('button', { name: `Suspend ${active.length} keys` }))
  await page.keyboard.press('Enter')

  const result = page.getByRole('region', { name: 'Bulk action result' })
  // Suspended, revoked and expired keys of the view are skipped, and said to be.
  await expect(result.getByRole('status')).toHaveText(`${active.length} suspended, ${matching.length - active.length} skipped.`, RUN)
  await expect(result).toBeFocused()

  // On the server: the preset's active keys are suspended, with the reason; nothing else moved.
  const after = await ownServerKeys(request, api)
  expect(after.size).toBe(before.size)
  const suspended = new Set(active.map((key) => key.id))
  for (const [id, was] of before) {
    const now = after.get(id)
    if (suspended.has(id)) expect(now?.status, id).toBe('SUSPENDED')
    else expect(now, id).toEqual(was)
  }
  const audit = await ownMockAudit(request, api)
  const changes = audit.filter((entry) => entry.action !== 'create')
  expect(changes.map((entry) => entry.keyId).sort()).toEqual([...suspended].sort())
  expect(changes.every((entry) => entry.action === 'status' && entry.status === 'SUSPENDED' && entry.reason === REASON)).toBe(true)
})
