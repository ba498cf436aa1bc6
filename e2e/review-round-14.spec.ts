// Found in review (session 43), by touch on a phone: while Finish waited for the server, Rotate's
// last step redrew itself around the old key's new status, which the cache already held (the change
// is optimistic): "Suspend now" vanished, no choice stayed checked, "Keep active for now" became
// "Keep suspended for now", and the dialog jumped; a failure put it all back.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'

test.use({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 640 }, colorScheme: 'dark' })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** An active key's page, its rotation taken by touch to step 3; returns the dialog and the key. */
async function atRetireStep(page: Page) {
  await page.goto('/')
  // Used in the last 12 hours: in use, so step 3 warns that its clients will fail.
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE' && k.last_used_at !== null && Date.parse(k.last_used_at) > Date.now() - 12 * 3_600_000)
  await page.goto(`/keys/${key.id}`)
  await page.getByRole('button', { name: /^Rotate/ }).tap()
  const dialog = page.getByRole('dialog', { name: `Rotate ${key.name}`, exact: true })
  await dialog.getByRole('button', { name: 'Create replacement' }).tap()
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).tap()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).tap()
  await expect(dialog).toContainText('Step 3 of 3: Retire the old key')
  return { dialog, key }
}

for (const outcome of ['answered', 'refused'] as const) {
  test(`while Finish waits (then the server ${outcome === 'answered' ? 'suspends the old key' : 'refuses'}), step 3 reads as it did when Finish was tapped`, async ({ page }) => {
    const { dialog, key } = await atRetireStep(page)
    const suspendNow = dialog.getByRole('radio', { name: 'Suspend now' })
    await suspendNow.tap()
    const before = await dialog.boundingBox()
    // Held long enough to look at twice on a busy machine; refused once when asked.
    await setDemoFaults(page, { latencyMs: 6000, method: 'PATCH', ...(outcome === 'refused' ? { fault: { kind: 'status', status: 500 }, times: 1 } : {}) })
    await dialog.getByRole('button', { name: 'Finish' }).tap()
    await expect(dialog.getByRole('button', { name: 'Finishing…' })).toBeVisible()
    await expect(suspendNow).toBeChecked()
    await expect(dialog.getByRole('radio', { name: 'Revoke now' })).toBeVisible()
    await expect(dialog.getByRole('radio', { name: 'Keep active for now' })).toBeVisible()
    await expect(dialog).not.toContainText('Keep suspended for now')
    await expect(dialog).toContainText(`In use: ${key.name} was last used`)
    expect((await dialog.boundingBox())?.y).toBe(before?.y)
    await expect(dialog.getByRole('button', { name: 'Finishing…' })).toBeVisible()

    if (outcome === 'answered') {
      await expect(dialog).toContainText('Rotation complete', { timeout: 20_000 })
      await expect(dialog).toContainText(`${key.name} is Suspended`)
    } else {
      await expect(dialog.getByRole('alert')).toBeVisible({ timeout: 20_000 })
      await expect(suspendNow).toBeChecked()
      await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible()
      await expectNoAxeViolations(page, { within: '[role="dialog"]' })
    }
  })
}
