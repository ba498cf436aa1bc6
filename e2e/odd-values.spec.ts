import type { Locator, Page } from '@playwright/test'
import { ANSWERS_SERVERS } from './answers-servers'
import { openConnected } from './connected-helpers'
import { detailField, detailHeading } from './key-detail-helpers'
import { downloadedText, parseCsv, runExport, COLUMNS } from './export-helpers'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { changeRows, rewriteListRows, type RawRow } from './list-rewrite-helpers'
import { bodyRows, columnIndex, expectRowsSettled, pickKey, rowOf } from './page-helpers'
import { serverRecords, type ServerRecord } from './view-oracle'

// Connected mode against a read-only mock API (the coval behaviour; nobody writes to it), with its
// list answers rewritten on the way to the page: values no client can read, and a key with 400 scopes.
const BASE = ANSWERS_SERVERS.coval
const OLDEST_FIRST = '?sort=create_time.asc'

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const hint = (sent: string) => `The server sent a value that could not be read: “${sent}”`

/** The seeded keys oldest first (ties by id), as the page sorted by Created ascending shows them. */
async function oldestFirst(request: Parameters<typeof serverRecords>[0]): Promise<ServerRecord[]> {
  return (await serverRecords(request, BASE)).sort((a, b) => a.create_time.localeCompare(b.create_time) || a.id.localeCompare(b.id))
}

/** The "unknown" in `scope` (a cell, a detail field), whose description quotes what was sent. */
async function expectUnknown(scope: Locator, sent: string): Promise<void> {
  const unknown = scope.getByRole('button', { name: 'unknown', exact: true })
  await expect(unknown).toBeVisible()
  await expect(unknown).toHaveAccessibleDescription(hint(sent))
}

async function cellOf(page: Page, id: string, column: string): Promise<Locator> {
  return rowOf(page, id).locator('td').nth(await columnIndex(page, column))
}

// Each malformed value, the field it is sent in and the column that shows it.
const MALFORMED: readonly { field: string; sent: string; column: string }[] = [
  { field: 'last_used_at', sent: '2026-03-01T10:00:00', column: 'Last used' },
  { field: 'last_used_at', sent: '2026-03-01 10:00:00Z', column: 'Last used' },
  { field: 'last_used_at', sent: '2026-02-30T10:00:00Z', column: 'Last used' },
  { field: 'last_used_at', sent: 'yesterday', column: 'Last used' },
  { field: 'status', sent: 'ROTATING', column: 'Status' },
  { field: 'environment', sent: 'SANDBOX', column: 'Environment' },
  { field: 'key_type', sent: 'ROBOT', column: 'Type' },
]

test('each malformed value shows "unknown" with a hint quoting it; the row’s other values, the other rows and the export stay right', async ({ page, request }) => {
  // The export reads every key on a slow, shared machine.
  test.slow()
  const keys = await oldestFirst(request)
  const odd = keys.slice(0, MALFORMED.length)
  const changes = new Map(MALFORMED.map(({ field, sent }, index): [string, RawRow] => [odd[index]?.id ?? '', { [field]: sent }]))
  const answers = await rewriteListRows(page, BASE, changeRows(changes))
  await openConnected(page, BASE, OLDEST_FIRST)
  await expectRowsSettled(page)
  expect(answers.length).toBeGreaterThan(0)

  for (const [index, { sent, column }] of MALFORMED.entries()) {
    const key = odd[index]
    if (!key) throw new Error('The mock API holds too few keys')
    await expectUnknown(await cellOf(page, key.id, column), sent)
    // The row's other values are as sent: its created date, and its name.
    await expect((await cellOf(page, key.id, 'Created')).locator('time')).toHaveAttribute('datetime', key.create_time)
    if (key.name) await expect(rowOf(page, key.id)).toContainText(key.name)
  }
  // A readable neighbour is untouched, and the rest of the page is there.
  for (const key of keys.slice(MALFORMED.length, 16)) await expect(rowOf(page, key.id), key.id).toHaveCount(1)
  await expect(bodyRows(page).getByRole('button', { name: 'unknown', exact: true })).toHaveCount(MALFORMED.length)

  // The export says the same: "unknown (sent: …)", never a guessed time.
  const csv = parseCsv((await downloadedText(await runExport(page, 'CSV'))).replace(/^\uFEFF/, ''))
  const columnOf: Record<string, string> = { last_used_at: 'last_used', status: 'status', environment: 'environment', key_type: 'type' }
  for (const [index, { field, sent }] of MALFORMED.entries()) {
    const row = csv.find((cells) => cells[0] === odd[index]?.id)
    expect(row?.[COLUMNS.indexOf(columnOf[field] ?? '')], `${field} ${sent}`).toBe(`unknown (sent: ${sent})`)
  }
})

test('a key used at an unreadable time is not "Never used"; one never used still is', async ({ page, request }) => {
  const keys = await oldestFirst(request)
  const used = keys.find((key) => key.last_used_at !== null && key.status === 'ACTIVE')
  const never = keys.find((key) => key.last_used_at === null)
  if (!used || !never) throw new Error('The seed has no used or no never-used key')
  await rewriteListRows(page, BASE, changeRows(new Map([[used.id, { last_used_at: 'yesterday' }]])))
  await openConnected(page, BASE, `${OLDEST_FIRST}&used=never`)
  // The coval filter cannot ask for "never used": the browser reads every key first.
  await expect(rowOf(page, never.id)).toHaveCount(1, { timeout: 20_000 })
  await expectRowsSettled(page)
  await expect(rowOf(page, used.id)).toHaveCount(0)
})

test('the key detail page and the list show unreadable times and enums as "unknown" with the same hint', async ({ page, request }) => {
  const keys = await oldestFirst(request)
  const key = pickKey(keys, (k) => k.status === 'ACTIVE')
  const sent: RawRow = { create_time: '2026-03-01T10:00:00', update_time: '2026-02-30T10:00:00Z', last_used_at: '2026-03-01 10:00:00Z', status: 'ROTATING', environment: 'SANDBOX', key_type: 'ROBOT' }
  await rewriteListRows(page, BASE, changeRows(new Map([[key.id, sent]])))

  await openConnected(page, BASE, `keys/${key.id}`)
  await expect(detailHeading(page)).toHaveText(key.name)
  const fields: Record<string, string> = { Created: 'create_time', Updated: 'update_time', 'Last used': 'last_used_at', Status: 'status', Environment: 'environment', Type: 'key_type' }
  for (const [term, field] of Object.entries(fields)) await expectUnknown(detailField(page, term), String(sent[field]))
  await expect(detailField(page, 'ID')).toContainText(key.id)

  // The list, searched down to the key, says the same in its cells.
  await page.goto(`/?q=${encodeURIComponent(key.name)}`)
  await expectRowsSettled(page)
  await expect(bodyRows(page)).toHaveCount(1)
  await expectUnknown(await cellOf(page, key.id, 'Created'), '2026-03-01T10:00:00')
  await expectUnknown(await cellOf(page, key.id, 'Last used'), '2026-03-01 10:00:00Z')
  await expectUnknown(await cellOf(page, key.id, 'Status'), 'ROTATING')
})

/** 400 made-up scopes, as a newer server might grant. */
const MANY_SCOPES = Array.from({ length: 400 }, (_, i) => `scope-${String(i).padStart(3, '0')}:read`)

test('a key with 400 scopes: by keyboard at 320×568 in dark mode, a popover that fits, scrolls inside and filters; Escape returns focus; the key’s page filters them too', async ({ page, request }) => {
  // axe over 400 list items in dark mode takes a while on a slow, shared machine.
  test.slow()
  await page.setViewportSize({ width: 320, height: 568 })
  await page.emulateMedia({ colorScheme: 'dark' })
  const [key] = await oldestFirst(request)
  if (!key) throw new Error('The mock API holds no keys')
  await rewriteListRows(page, BASE, changeRows(new Map([[key.id, { permissions: MANY_SCOPES }]])))
  await openConnected(page, BASE, OLDEST_FIRST)
  await expectRowsSettled(page)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)

  const trigger = rowOf(page, key.id).getByRole('button', { name: /^400 scopes of / })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: /^Scopes of / })
  await expect(popover).toBeVisible()
  const filter = popover.getByRole('searchbox', { name: 'Filter scopes' })
  await expect(filter).toBeFocused()
  const list = popover.getByRole('list', { name: 'Scopes' })
  await expect(list.getByRole('listitem')).toHaveCount(400)

  // It fits the screen, and the list scrolls inside it rather than the page growing.
  const box = await popover.boundingBox()
  expect(box).not.toBeNull()
  if (box) {
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(320)
    expect(box.y + box.height).toBeLessThanOrEqual(568)
  }
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(list.getByRole('listitem').last()).toBeInViewport()
  await expectNoAxeViolations(page)

  // The filter narrows the list and says how far.
  await filter.fill('scope-12')
  await expect(list.getByRole('listitem')).toHaveText(['scope-120:read', 'scope-121:read', 'scope-122:read', 'scope-123:read', 'scope-124:read', 'scope-125:read', 'scope-126:read', 'scope-127:read', 'scope-128:read', 'scope-129:read'])
  await expect(popover.getByRole('status')).toHaveText('10 of 400 scopes')
  await filter.fill('no such scope')
  await expect(popover).toContainText('No scope holds “no such scope”.')

  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(trigger).toBeFocused()

  // The key's page lists them all, with the same filter.
  await page.goto(`/keys/${key.id}`)
  const other = page.getByRole('region', { name: 'Other scopes' }).getByRole('listitem')
  await expect(other).toHaveCount(400)
  await page.getByRole('searchbox', { name: 'Filter scopes' }).fill('scope-12')
  await expect(page.getByRole('status').filter({ hasText: 'of 400 scopes' })).toHaveText('10 of 400 scopes')
  await expect(other).toHaveCount(10)
})
