import { expect, expectNoAxeViolations, renameNewestDemoKey, setDemoFaults, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  // Each test starts from the seed: the demo keeps its state in the browser between reloads.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear()
      sessionStorage.setItem('e2e-started', '1')
    }
  })
})

test('the demo loads keys from the in-browser mock, with no axe violations', async ({ page, consoleErrors }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible()
  await expect(page.getByText('Demo data: not real keys')).toBeVisible()
  const table = page.getByRole('table', { name: 'API keys' })
  await expect(table.locator('tbody tr')).toHaveCount(20)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–20 of 320')
  await expectNoAxeViolations(page)
  expect(consoleErrors).toEqual([])
})

test('user-supplied names render as text, never as markup', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'API keys' }).locator('tbody tr').first()).toBeVisible()
  expect(await page.locator('main img').count()).toBe(0)
  expect(dialogs).toBe(0)
})

test('a failed load says what happened, with the request id, and Retry recovers', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible()
  await setDemoFaults(page, { fault: { kind: 'status', status: 403 }, times: 1 })
  await page.getByRole('button', { name: 'Reset demo data' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the keys' })
  await expect(alert).toContainText('Could not load the keys')
  await expect(alert).toContainText(/Request ID: req_[0-9A-Z]{26}/)
  await expectNoAxeViolations(page)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('table', { name: 'API keys' }).locator('tbody tr')).toHaveCount(20)
})

test('demo state survives a reload, and Reset demo data brings the seed back', async ({ page }) => {
  await page.goto('/')
  const count = page.getByRole('navigation', { name: 'Pagination' }).getByText(/of \d+/)
  await expect(count).toBeVisible()
  const before = await count.textContent()
  // The demo keeps the mock's records in localStorage; rename one as an edit would.
  await renameNewestDemoKey(page, 'Survives reload')
  await page.reload()
  await expect(page.getByText('Survives reload')).toBeVisible()
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/coval_sk_/)
  await page.getByRole('button', { name: 'Reset demo data' }).click()
  await expect(page.getByText('Survives reload')).toHaveCount(0)
  await expect(count).toHaveText(before ?? '')
  // A reset pressed by mistake in a demo: Undo puts the keys back as they were, and they stay after a reload.
  const toasts = page.getByRole('region', { name: 'Notifications' })
  await toasts.getByRole('button', { name: 'Undo' }).click()
  await expect(toasts).toContainText('Demo data restored')
  await expect(page.getByText('Survives reload')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Survives reload')).toBeVisible()
})
