import type { Page } from '@playwright/test'
import { connect } from './connected-helpers'
import { expect } from './fixtures'
import { bulkBar, statusToasts } from './key-actions-helpers'
import { ownServerKeys, test } from './own-mock-api'
import { bodyRows, expectRowStatus } from './page-helpers'

// The audit caches its counts beside the list's pages, so that a write refreshes them. A write
// used to take those counts for pages: after a visit to the audit, a suspend failed before it was
// sent, and a bulk run reported every key as failed though the server had changed each one.
test.describe.configure({ timeout: 180_000 })

const RUN = { timeout: 90_000 }

async function openAudit(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Audit', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Figures counted/ })).toBeAttached()
}

test('from the audit’s clean-up link, suspending every matching key reports what the server did', async ({ page, request, ownMock: api }) => {
  const before = await ownServerKeys(request, api)
  await connect(page, { baseUrl: api.baseUrl })
  await openAudit(page)
  const link = page.getByRole('main').getByRole('link', { name: /^Never used, created over 7 days ago/ })
  const count = Number((await link.getAttribute('aria-label'))?.match(/(\d+) keys?/)?.[1])
  expect(count).toBeGreaterThan(20)
  await link.click()
  await expect(page.getByText(`${count} keys match`)).toBeVisible()

  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check()
  await bulkBar(page).getByRole('button', { name: `Select all ${count} matching keys` }).click()
  await bulkBar(page).getByRole('button', { name: 'Suspend…' }).click()
  const dialog = page.getByRole('dialog', { name: `Suspend ${count} keys?` })
  await dialog.getByRole('button', { name: `Suspend ${count} keys` }).click()
  const result = page.getByRole('region', { name: 'Bulk action result' })
  await expect(result.getByRole('status')).toHaveText(`${count} suspended.`, RUN)
  await expect(result).not.toContainText('failed')

  const after = await ownServerKeys(request, api)
  const changed = [...after.values()].filter((key) => before.get(key.id)?.status !== key.status)
  expect(changed).toHaveLength(count)
  expect(changed.every((key) => key.status === 'SUSPENDED')).toBe(true)
})

test('after the audit, the header’s Keys link leads to a list whose row actions work', async ({ page, request, ownMock: api }) => {
  await connect(page, { baseUrl: api.baseUrl })
  await openAudit(page)
  await page.getByRole('banner').getByRole('link', { name: 'Keys', exact: true }).click()
  const row = bodyRows(page).filter({ has: page.getByText('Active', { exact: true }) }).first()
  const name = (await row.getByRole('link').innerText()).trim()
  const id = await row.locator('code[title]').first().getAttribute('title')
  await row.getByRole('button', { name: `Actions for ${name}`, exact: true }).click()
  await page.getByRole('menuitem', { name: `Suspend ${name}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` })
  await dialog.getByRole('button', { name: 'Suspend key' }).click()
  await expect(dialog).toBeHidden()
  await expect(statusToasts(page)).toContainText(`${name} suspended`)
  await expectRowStatus(page, id ?? '', 'SUSPENDED')
  await expect.poll(async () => (await ownServerKeys(request, api)).get(id ?? '')?.status).toBe('SUSPENDED')
})
