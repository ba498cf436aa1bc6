import type { Page, Request } from '@playwright/test'
import { connect } from './connected-helpers'
import { expect } from './fixtures'
import { bulkBar } from './key-actions-helpers'
import { askedPageSize, rewriteListAnswers, type RewrittenAnswer } from './list-rewrite-helpers'
import { ownServerKeys, test, type OwnMockApi } from './own-mock-api'
import { bodyRows } from './page-helpers'

// Bulk actions over list answers that repeat a key, against a mock API of the test's own (writes
// touch no shared server): every key gets one request, however often the server sent it.
test.describe.configure({ timeout: 150_000 })
const VIEW = '/?env=STAGING&status=ACTIVE&size=10'

/** Every list answer of ten rows or more sends its first key twice, in place of its second (the order stays right). */
function repeatFirstKey(page: Page, api: OwnMockApi): Promise<RewrittenAnswer[]> {
  return rewriteListAnswers(page, api.baseUrl, (body, url) => {
    const [first, , ...rest] = body.api_keys
    return askedPageSize(url) >= 10 && first ? { ...body, api_keys: [first, { ...first }, ...rest] } : body
  })
}

/** The ids of the status changes the page sends. */
function patchedIds(page: Page, api: OwnMockApi): string[] {
  const ids: string[] = []
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (request.method() === 'PATCH' && url.origin === api.baseUrl) ids.push(decodeURIComponent(url.pathname.split('/').at(-1) ?? ''))
  })
  return ids
}

const distinctIds = (answers: readonly RewrittenAnswer[]) => [...new Set(answers.flatMap(({ body }) => body.api_keys.map((row) => String(row.id))))].sort()
const result = (page: Page) => page.getByRole('region', { name: 'Bulk action result' })

async function suspendAll(page: Page, count: number): Promise<void> {
  await bulkBar(page).getByRole('button', { name: 'Suspend' }).click()
  const dialog = page.getByRole('dialog', { name: `Suspend ${count} keys?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: `Suspend ${count} keys` }).click()
  // A clean run is told by its toast (a panel would say only what went wrong).
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('status')).toContainText(`${count} keys suspended`, { timeout: 60_000 })
}

test('selecting a page that repeats a key suspends each key once', async ({ page, request, ownMock: api }) => {
  const answers = await repeatFirstKey(page, api)
  const patched = patchedIds(page, api)
  await connect(page, { baseUrl: api.baseUrl, path: VIEW })
  await expect(bodyRows(page)).toHaveCount(9)
  await expect(page.getByRole('status').filter({ hasText: 'The server sent 1 key twice; it is shown once.' })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  await suspendAll(page, 9)

  const shown = distinctIds(answers.filter(({ url }) => askedPageSize(url) === 10 && !url.searchParams.get('page_token')).slice(0, 1))
  expect([...patched].sort()).toEqual(shown)
  const keys = await ownServerKeys(request, api)
  for (const id of shown) expect(keys.get(id)?.status, id).toBe('SUSPENDED')
})

/** A whole read's last page (100 asked, fewer sent) sends its first key twice, beside itself: nothing is left out. */
function repeatOnLastReadPage(page: Page, api: OwnMockApi): Promise<RewrittenAnswer[]> {
  return rewriteListAnswers(page, api.baseUrl, (body, url) => {
    const [first, ...rest] = body.api_keys
    const last = askedPageSize(url) === 100 && body.next_page_token === null && body.api_keys.length < 100
    return last && first ? { ...body, api_keys: [first, { ...first }, ...rest] } : body
  })
}

async function selectAllMatching(page: Page, pageRows: number): Promise<number> {
  await expect(bodyRows(page)).toHaveCount(pageRows)
  const total = Number((await page.getByText(/^\d+ keys match$/).innerText()).split(' ')[0])
  expect(total).toBeGreaterThan(10)
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  await bulkBar(page).getByRole('button', { name: `Select all ${total} matching keys` }).click()
  await expect(bulkBar(page)).toContainText(`All ${total} matching keys selected`)
  return total
}

test('every matching key across pages, read from answers that repeat keys, gets one request each', async ({ page, request, ownMock: api }) => {
  const answers = await repeatOnLastReadPage(page, api)
  const patched = patchedIds(page, api)
  await connect(page, { baseUrl: api.baseUrl, path: VIEW })
  const total = await selectAllMatching(page, 10)

  const before = answers.length
  await bulkBar(page).getByRole('button', { name: 'Suspend' }).click()
  await expect(page.getByRole('dialog', { name: `Suspend ${total} keys?` })).toBeVisible()
  // What the whole read was sent: each key it names is one key to change, however often it came.
  const reads = answers.slice(before).filter(({ url }) => askedPageSize(url) === 100)
  const read = distinctIds(reads)
  expect(read).toHaveLength(total)
  expect(reads.flatMap(({ body }) => body.api_keys).length).toBeGreaterThan(total)
  await page.getByRole('dialog').getByRole('button', { name: `Suspend ${total} keys` }).click()
  await expect(result(page).getByRole('status')).toHaveText(`${total} suspended.`, { timeout: 60_000 })
  expect(patched).toHaveLength(total)
  expect([...patched].sort()).toEqual(read)
  const keys = await ownServerKeys(request, api)
  for (const id of read) expect(keys.get(id)?.status, id).toBe('SUSPENDED')
})

test('every matching key, read from answers that repeat a key in place of another: nothing is changed, and the numbers are said', async ({ page, request, ownMock: api }) => {
  const answers = await repeatFirstKey(page, api)
  const patched = patchedIds(page, api)
  await connect(page, { baseUrl: api.baseUrl, path: VIEW })
  const total = await selectAllMatching(page, 9)

  const before = answers.length
  await bulkBar(page).getByRole('button', { name: 'Suspend' }).click()
  const failed = page.getByRole('alert').filter({ hasText: 'Could not read every matching key' })
  await expect(failed).toBeVisible({ timeout: 60_000 })
  const received = distinctIds(answers.slice(before).filter(({ url }) => askedPageSize(url) === 100)).length
  expect(received).toBeLessThan(total)
  await expect(failed).toContainText(`The server counted ${total} keys but sent ${received} different ones: ${total - received} may be missing, and this needs every one.`)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(patched).toEqual([])
  const keys = await ownServerKeys(request, api)
  for (const id of distinctIds(answers)) expect(keys.get(id)?.status, id).toBe('ACTIVE')
})
