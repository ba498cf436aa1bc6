import { expect, test } from './fixtures'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'

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
