import { ANSWERS_SERVERS } from './answers-servers'
import { openConnected } from './connected-helpers'
import { expect, test } from './fixtures'
import { columnIndex, expectRowsSettled, rowOf } from './page-helpers'
import { rewriteListRows, type RawRow } from './list-rewrite-helpers'
import { serverRecords, type ServerRecord } from './view-oracle'

// Connected mode against a read-only mock API (the coval behaviour; nobody writes to it), with its
// list answers rewritten on the way to the page: one row loses its name, description, permissions
// and masked key, another loses its id.
const BASE = ANSWERS_SERVERS.coval
const OLDEST_FIRST = '?sort=create_time.asc'

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** `odd` loses four fields, `idless` its id. */
function loseFields(odd: ServerRecord, idless: ServerRecord): (row: RawRow) => RawRow {
  return (row) => {
    if (row.id === odd.id) {
      const { name: _name, description: _description, permissions: _permissions, api_key: _apiKey, ...rest } = row
      return rest
    }
    if (row.id === idless.id) {
      const { id: _id, ...rest } = row
      return rest
    }
    return row
  }
}

test('one odd row shows — where fields are missing, a row without an id is left out and counted, every other row is shown', async ({ page, request }) => {
  // The seeded keys, oldest first (ties by id), as the page sorted by Created ascending shows them.
  const keys = (await serverRecords(request, BASE)).sort((a, b) => a.create_time.localeCompare(b.create_time) || a.id.localeCompare(b.id))
  const [odd, idless] = keys
  if (!odd || !idless) throw new Error('The mock API holds fewer than two keys')
  const answers = await rewriteListRows(page, BASE, loseFields(odd, idless))
  await openConnected(page, BASE, OLDEST_FIRST)
  await expectRowsSettled(page)
  expect(answers.length).toBeGreaterThan(0)

  // Every other row of the first page is there (the last few left out: ties at the page's edge).
  for (const key of keys.slice(2, 16)) await expect(rowOf(page, key.id), key.id).toHaveCount(1)

  // The odd row: "—" for its name (and no description line) and for its permissions; the rest as sent.
  const row = rowOf(page, odd.id)
  await expect(row).toHaveCount(1)
  const cells = row.locator('td')
  await expect(cells.nth(await columnIndex(page, 'Name'))).toHaveText('—')
  await expect(cells.nth(await columnIndex(page, 'Permissions'))).toHaveText('—')
  await expect(cells.nth(await columnIndex(page, 'Created')).locator('time')).toHaveAttribute('datetime', odd.create_time)
  await expect(row.getByRole('button', { name: `Actions for Untitled key ${odd.id}`, exact: true })).toBeVisible()
  if (odd.name) await expect(row).not.toContainText(odd.name)

  // The row without an id cannot be shown; the page says so instead of dropping it silently.
  await expect(rowOf(page, idless.id)).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'The server sent 1 key without an ID; it cannot be shown or changed here.' })).toBeVisible()
})
