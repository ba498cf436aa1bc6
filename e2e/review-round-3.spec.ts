import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { chooseRowAction, openView } from './key-actions-helpers'
import { nextButton } from './keys-table-helpers'
import { DEMO_STORE_KEY, bodyRows, keysTable, notifications, pickKey, rowOf, startFromSeed, storedKeys } from './page-helpers'

// What a third review found by touch at phone sizes, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

const LONG = 'svc_ingest_pipeline_eu_west_1_production'

/** How far an element's content runs past its box, or past the screen's right edge (0 when it fits). */
async function overflow(locator: Locator, width: number): Promise<number> {
  return locator.evaluate((element, screen) => Math.max(element.scrollWidth - element.clientWidth, element.getBoundingClientRect().right - screen), width)
}

/** Renames a seeded active key in the demo's store to `name`, as a server could have named it; returns it. */
async function renamed(page: Page, name: string) {
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await page.evaluate(
    ({ id, newName, storeKey }) => {
      const records = JSON.parse(localStorage.getItem(storeKey) ?? '[]') as { id: string; name: string | null }[]
      localStorage.setItem(storeKey, JSON.stringify(records.map((r) => (r.id === id ? { ...r, name: newName } : r))))
    },
    { id: key.id, newName: name, storeKey: DEMO_STORE_KEY },
  )
  await openView(page, `/?q=${name}`)
  await expect(rowOf(page, key.id)).toHaveCount(1)
  return { ...key, name }
}

test('at 320 px a name with no space to break at wraps in the dialog: title and body stay inside it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  const key = await renamed(page, LONG)
  await chooseRowAction(page, key, 'Delete')
  const dialog = page.getByRole('alertdialog', { name: `Delete ${LONG}?` })
  await expect(dialog).toBeVisible()
  expect(await overflow(dialog.getByRole('heading', { name: `Delete ${LONG}?` }), 320)).toBeLessThanOrEqual(0)
  expect(await overflow(dialog, 320)).toBeLessThanOrEqual(0)
  // Enter on the empty name: the message shows above the pinned footer, not under it.
  const field = dialog.getByRole('textbox', { name: `Type ${LONG} to confirm` })
  await field.focus()
  await page.keyboard.press('Enter')
  const message = dialog.getByText("Type the key’s name to confirm.", { exact: true })
  await expect(message).toBeInViewport({ ratio: 1 })
  const [messageBox, footerBox] = await Promise.all([message.boundingBox(), dialog.getByRole('button', { name: 'Cancel' }).boundingBox()])
  expect(messageBox && footerBox && messageBox.y + messageBox.height <= footerBox.y).toBe(true)
})

test('at 320 px Create with Restricted and no scope shows its message where focus lands', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await openView(page, '/')
  await page.getByRole('button', { name: 'Create key' }).tap()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('No scopes')
  await dialog.getByRole('radio', { name: 'Service' }).check()
  await dialog.getByRole('radio', { name: 'Production' }).check()
  await dialog.getByRole('radio', { name: /^Restricted/ }).check()
  await dialog.getByRole('button', { name: 'Create key' }).tap()
  await expect(dialog.getByRole('radio', { name: /^Restricted/ })).toBeFocused()
  await expect(dialog.getByText('Choose at least one permission, or give the key full access.')).toBeInViewport({ ratio: 1 })
})

for (const { width, height } of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${width} px, with an Undo toast up, the pager at the end of the list can be scrolled clear of it`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await openView(page, '/')
    const ids = await bodyRows(page).locator('code[title]').evaluateAll((codes) => codes.map((code) => code.getAttribute('title')))
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE' && ids.includes(k.id))
    await chooseRowAction(page, key, 'Suspend')
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    await expect(notifications(page).getByRole('button', { name: 'Undo' })).toBeVisible()
    const next = nextButton(page)
    // The room below the page follows the toast's height a frame after the toast shows: scrolled
    // to the end once it has, Next is clear. What a tap at its centre lands on: Next itself, not the toast over it.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect(next).toBeInViewport({ ratio: 1, timeout: 1000 })
      const hit = await next.evaluate((button) => {
        const box = button.getBoundingClientRect()
        return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2))
      })
      expect(hit).toBe(true)
    }).toPass()
  })
}

for (const width of [768, 1280]) {
  test(`at ${width} px a row ticked far down the table shows the bulk bar on screen, stuck to its top`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await openView(page, '/')
    const row = bodyRows(page).nth(14)
    await row.scrollIntoViewIfNeeded()
    await row.getByRole('checkbox').click()
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await expect(bar).toContainText('1 selected')
    await expect(bar).toBeInViewport({ ratio: 1 })
    await expect(row).toBeInViewport()
    // It does not cover the ticked row.
    const [barBox, rowBox] = await Promise.all([bar.boundingBox(), row.boundingBox()])
    expect(barBox && rowBox && (barBox.y + barBox.height <= rowBox.y || rowBox.y + rowBox.height <= barBox.y)).toBe(true)
    await expect(keysTable(page)).toBeVisible()
  })
}

test('in dark mode an unavailable Revoke in the bulk bar is outlined like the other unavailable actions, not filled like an available one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 375, height: 740 })
  await openView(page, '/?status=REVOKED')
  await keysTable(page).getByRole('checkbox', { name: /^Select all/ }).tap()
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  const revoke = bar.getByRole('button', { name: 'Revoke…', exact: true })
  const fill = (button: Locator) => button.evaluate((element) => getComputedStyle(element).backgroundColor)
  // A page of revoked keys: Revoke is unavailable for all of them (one that allowed it would make it available).
  await expect(revoke).toHaveAttribute('aria-disabled', 'true')
  expect(await fill(revoke)).toBe('rgba(0, 0, 0, 0)')
  await expect(bar.getByRole('button', { name: 'Delete…', exact: true })).not.toHaveAttribute('aria-disabled')
  expect(await fill(bar.getByRole('button', { name: 'Delete…', exact: true }))).not.toBe('rgba(0, 0, 0, 0)')
})
