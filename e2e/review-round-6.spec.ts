import type { Page } from '@playwright/test'
import { expect, setDemoFaults, test } from './fixtures'
import { expectStoredStatus, statusToasts } from './key-actions-helpers'
import { afterQueuedTimers, pickKey, renameStoredKey, startFromSeed, storedKeys } from './page-helpers'

// What a sixth review found, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('by keyboard at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('Clear selection after “Select all N matching keys” puts the focus on the page’s select-all box, not on the page’s body', async ({ page }) => {
    await page.goto('/?status=ACTIVE')
    const pageBox = page.getByRole('checkbox', { name: 'Select all keys on this page' })
    await pageBox.focus()
    await page.keyboard.press('Space')
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await bar.getByRole('button', { name: /^Select all \S+ matching keys$/ }).focus()
    await page.keyboard.press('Enter')
    await expect(bar.getByText(/^All \S+ matching keys selected$/)).toBeVisible()
    await expect(bar.getByRole('button', { name: 'Clear selection' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(bar).toHaveCount(0)
    await expect(pageBox).toBeFocused()
    await expect(pageBox).not.toBeChecked()
  })
})

test('the header is one row on every desktop width, the widest too (a Ctrl+K hint pushed the mode’s actions to a second row from 1536 px)', async ({ page }) => {
  for (const width of [1280, 1536, 1920, 2560]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
    const palette = await page.getByRole('button', { name: 'Command palette' }).boundingBox()
    const modes = await page.getByRole('group', { name: 'Mode' }).boundingBox()
    if (!palette || !modes) throw new Error('The header has no palette button or mode group')
    expect({ width, sameRow: Math.abs(palette.y + palette.height / 2 - (modes.y + modes.height / 2)) < 2 }).toEqual({ width, sameRow: true })
  }
})

test('a key’s page lists its actions in the row menu’s order: making more like it first, then its lifecycle, Revoke and Delete last', async ({ page }) => {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await page.goto(`/keys/${key.id}`)
  const actions = page.getByRole('group', { name: 'Key actions' }).getByRole('button')
  await expect(actions).toHaveText(['Rotate…', 'Create similar…', 'Suspend…', 'Revoke…', 'Delete…'])
  await page.goto('/')
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: key.name, exact: true }) })
  await row.getByRole('button', { name: /^Actions for / }).click()
  const menu = page.getByRole('menu')
  const tops: number[] = []
  for (const verb of ['Rotate', 'Create similar to', 'Suspend', 'Revoke', 'Delete']) {
    const box = await menu.getByRole('menuitem', { name: `${verb} ${key.name}`, exact: true }).boundingBox()
    tops.push(box?.y ?? Number.NaN)
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b))
})

test.describe('by touch at 375 px, with a slow server', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 667 } })

  test('the second tap of a double tap on Undo, while the server answers, does not reach the card under the toast that went', async ({ page }) => {
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await page.getByRole('button', { name: `Actions for ${key.name}` }).tap()
    await page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).tap()
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
    const undo = statusToasts(page).getByRole('button', { name: 'Undo' })
    await expect(undo).toBeEnabled()
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    // The Undo's answer waits: no toast takes the place of the one that goes.
    await setDemoFaults(page, { latencyMs: 60_000 })
    const box = await undo.boundingBox()
    if (!box) throw new Error('Undo has no box')
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    await page.touchscreen.tap(at.x, at.y)
    await expect(undo).toHaveCount(0)
    // Whatever lies under that spot now (a card's link, box or text) notes a click that reaches it.
    const beneath = await page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y)
      if (!element) return null
      element.addEventListener('click', () => document.documentElement.setAttribute('data-reached', element.tagName))
      return element.tagName
    }, at)
    expect(beneath).not.toBeNull()
    // The double tap's second click (its click count 2) at the same spot.
    await page.mouse.move(at.x, at.y)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await afterQueuedTimers(page)
    await expect(page.locator('html')).not.toHaveAttribute('data-reached')
    expect(new URL(page.url()).pathname).toBe('/')
  })
})

/** Renames an active key, then suspends it from its card by touch; waits for the server to hold it suspended. */
async function suspendRenamed(page: Page, name: string): Promise<void> {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await renameStoredKey(page, key.id, name)
  await page.reload()
  await page.getByRole('button', { name: `Actions for ${name}` }).tap()
  await page.getByRole('menuitem', { name: `Suspend ${name}`, exact: true }).tap()
  await page.getByRole('dialog', { name: `Suspend ${name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
  await expectStoredStatus(page, key.id, 'SUSPENDED')
}

test.describe('by touch at 320 px', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 568 } })

  test('the secret step says beside its greyed Done what it waits for, the box being below the fold; its ID is not broken in two', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Create key' }).tap()
    const form = page.getByRole('dialog', { name: 'Create API key' })
    await form.getByRole('textbox', { name: 'Name' }).fill('Phone deploys')
    await form.getByRole('radio', { name: 'Service' }).tap()
    await form.getByRole('radio', { name: 'Production' }).tap()
    await form.getByRole('button', { name: 'Create key' }).tap()
    const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
    const done = step.getByRole('button', { name: 'Done' })
    await expect(done).toBeDisabled()
    const why = 'Tick “I have stored this key somewhere safe” to go on.'
    await expect(done).toHaveAccessibleDescription(why)
    await expect(step.getByText(why)).toBeInViewport()
    // A 26-character ID fits a line of its own: it is not cut in the middle.
    const id = step.locator('dd.font-mono')
    expect(await id.evaluate((element) => element.getClientRects().length === 1 && element.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(element).lineHeight))).toBe(true)
    await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).tap()
    await expect(done).toBeEnabled()
    await expect(step.getByText(why)).toHaveCount(0)
  })

  test('the command palette shows a view’s name whole, on two lines, and its search box’s hint whole', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Command palette' }).tap()
    const box = page.getByRole('combobox', { name: 'Search keys, views and actions' })
    await expect(box).toBeFocused()
    const option = page.getByRole('option', { name: /^Rotation due \(created over 90 days ago, active\)/ })
    const label = option.locator('bdi').first()
    const cut = (element: Element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight
    expect(await label.evaluate(cut)).toBe(false)
    const hintFits = await box.evaluate((input) => {
      if (!(input instanceof HTMLInputElement)) return false
      const style = getComputedStyle(input)
      const context = document.createElement('canvas').getContext('2d')
      if (!context) return false
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    })
    expect(hintFits).toBe(true)
  })

  test('a key with a very long name: its confirmation scrolls as a whole to its buttons, and its toast keeps to three lines of title, what happened showing at its end', async ({ page }) => {
    const name = `${'Quarterly reconciliation export for the finance data warehouse '.repeat(3)}(eu-west-1)`.slice(0, 187)
    // Its title and description (the name twice) filled the screen and pushed the buttons out of reach.
    await suspendRenamed(page, name)
    // Shortened in its middle: what happened still shows at its end (three lines of the name hid it).
    const shown = statusToasts(page).locator('[data-toast] p span[aria-hidden]')
    await expect(shown).toBeVisible()
    await expect(shown).toHaveText(/^Quarterly reconciliation .+….+ suspended$/)
    const title = shown.locator('xpath=..')
    const lines = await title.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight))
    expect(Math.round(lines)).toBeLessThanOrEqual(3)
    // Still whole for a screen reader.
    await expect(title.locator('.sr-only')).toHaveText(`${name} suspended`)
  })

  test('a toast for a long name without spaces, which breaks anywhere, still ends with what happened, on no more than three lines', async ({ page }) => {
    await suspendRenamed(page, `svc_ingest_pipeline_eu_west_1_production_${'x'.repeat(70)}_${'y'.repeat(70)}`)
    const shown = statusToasts(page).locator('[data-toast] p span[aria-hidden]')
    await expect(shown).toHaveText(/^svc_ingest_.+….+ suspended$/)
    const title = shown.locator('xpath=..')
    // Nothing cut: the title's box holds all it draws (a three-line clamp hid "suspended").
    expect(await title.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true)
    const lines = await title.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight))
    expect(Math.round(lines)).toBeLessThanOrEqual(3)
  })
})
