import { expect, expectNoAxeViolations, test } from './fixtures'
import { expectSettled, keysTable, notifications, pickKey, renameStoredKey, startFromSeed, storedKeys } from './page-helpers'
import { rangeText } from './keys-table-helpers'
import { createServiceKey } from './key-actions-helpers'

// What an eighth review found, each checked where a person would meet it.
test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

const LONG_NAME = `${'Payments reconciliation worker for the European ledger '.repeat(4)}end`.slice(0, 200)

for (const { width, scheme } of [{ width: 320, scheme: 'dark' }, { width: 1280, scheme: 'light' }] as const) {
  test(`a 200-character name shows in three lines on its key’s page on a phone until asked for whole, the actions on the first screen; whole on a desktop (${width} px, ${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 })
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    expect(LONG_NAME).toHaveLength(200)
    await renameStoredKey(page, key.id, LONG_NAME)
    await page.goto(`/keys/${key.id}`)
    const heading = page.getByRole('heading', { level: 1 })
    // Read whole: the clamp is on screen only.
    await expect(heading).toHaveAccessibleName(LONG_NAME)
    const lineHeight = await heading.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight))
    const lines = async () => Math.round(((await heading.boundingBox())?.height ?? 0) / lineHeight)
    const show = page.getByRole('button', { name: 'Show full name' })
    if (width < 640) {
      expect(await lines()).toBe(3)
      await expect(page.getByRole('group', { name: 'Key actions' }).getByRole('button', { name: 'Rotate…' })).toBeInViewport()
      await expectNoAxeViolations(page)
      await show.focus()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('button', { name: 'Show less of the name' })).toHaveAttribute('aria-expanded', 'true')
      expect(await lines()).toBeGreaterThan(3)
      await page.keyboard.press('Enter')
      await expect(show).toBeFocused()
      expect(await lines()).toBe(3)
    } else {
      // Room enough on a desktop: the whole name, nothing to show.
      expect(await heading.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true)
      await expect(show).toHaveCount(0)
    }
  })
}

test('a short name has no Show full name', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await page.goto(`/keys/${key.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(key.name ?? '')
  await expect(page.getByRole('group', { name: 'Key actions' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Show (full name|less of the name)$/ })).toHaveCount(0)
})

test('a key created while page 3 shows: page 3 stays whole, no fault is blamed on the server, and the toast leads to the new key on page 1', async ({ page }) => {
  await page.goto('/?page=3')
  await expect(rangeText(page)).toHaveText('41–60 of 320')
  await expectSettled(page)
  await createServiceKey(page, 'On page three', 'Development')
  // The rows moved one along under page 3 (read again): still twenty, nothing "sent twice".
  await expect(rangeText(page)).toHaveText('41–60 of 321')
  await expectSettled(page)
  await expect(keysTable(page).locator('tbody tr')).toHaveCount(20)
  await expect(page.getByText(/sent \d+ keys? twice/)).toHaveCount(0)
  const toast = notifications(page).locator('[data-toast]').filter({ hasText: 'On page three created' })
  await toast.getByRole('button', { name: 'View key' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('On page three')
})
