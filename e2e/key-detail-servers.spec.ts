// The key detail by link against each server behaviour (read-only mock APIs): the key is found
// through the list, with an `id` filter where the server honours it, else by reading every key.
import { expect, test } from './fixtures'
import { ANSWERS_SERVERS, DIALECTS } from './answers-servers'
import { detailField, detailHeading } from './key-detail-helpers'
import { ADMIN_KEY, serverRecords } from './view-oracle'

for (const dialect of DIALECTS) {
  test(`a link to a revoked key finds it on a ${dialect} server, and a reload keeps the page`, async ({ page, request }) => {
    const base = ANSWERS_SERVERS[dialect]
    const records = await serverRecords(request, base)
    const key = records.find((record) => record.status === 'REVOKED' && record.name)
    if (!key) throw new Error('No revoked key with a name on the server')
    const filters: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.origin === base && url.pathname === '/v1/api-keys' && r.method() === 'GET') filters.push(url.searchParams.get('filter') ?? '')
    })
    await page.addInitScript(({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })), { baseUrl: base, apiKey: ADMIN_KEY })
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toHaveText(key.name ?? '')
    await expect(detailField(page, 'Key')).toContainText(key.api_key)
    await expect(detailField(page, 'Status')).toContainText('Revoked')
    // Coval's dialect is asked for the one key; the documented server ignores filters, so every key is read.
    if (dialect === 'coval') expect(filters).toContain(`id = "${key.id}"`)
    if (dialect === 'documented') expect(filters.filter((f) => f === '').length).toBeGreaterThan(1)
    await page.reload()
    await expect(detailHeading(page)).toHaveText(key.name ?? '')
    await expect(page.getByText(`Connected to ${new URL(base).host}`)).toBeVisible()
  })
}

test('a link to an id no server key has says so on any server', async ({ page }) => {
  await page.addInitScript(({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })), { baseUrl: ANSWERS_SERVERS.documented, apiKey: ADMIN_KEY })
  await page.goto('/keys/01ZZZZZZZZZZZZZZZZZZZZZZZZ')
  await expect(detailHeading(page)).toHaveText('Key not found')
})
