// Found in review of the production build (round 15): an ID from the link shown raw on "Key not
// found", the "Untitled key" placeholder under 4.5:1 on a dark phone card, "Keyboard shortcuts"
// offered by the palette on a touch phone that hides them, and "Last used" buttons named only "4 days ago".
import type { Page } from '@playwright/test'
import { expectSearchSettled, openPaletteAndType, palette, paletteInput, paletteOption } from './command-palette-helpers'
import { textContrast } from './contrast'
import { expect, setDemoFaultsFromLoad, test } from './fixtures'
import { detailHeading, fullStoredKeys } from './key-detail-helpers'
import { bodyRows, expectRowsSettled, searchBox, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

test.describe('at 320 × 640 in dark mode', () => {
  test.use({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' })

  test('"Key not found" shows a right-to-left override in the linked ID as a mark, isolated, so the sentence reads as written', async ({ page }) => {
    await page.goto('/keys/%E2%80%AEyek-tset')
    await expect(detailHeading(page)).toHaveText('Key not found')
    await expect(detailHeading(page)).toBeFocused()
    const paragraph = page.locator('p', { hasText: 'No key with the ID' })
    await expect(paragraph).toContainText('No key with the ID ⟨U+202E⟩yek-tset exists on')
    await expect(paragraph.locator('code bdi')).toHaveText('⟨U+202E⟩yek-tset')
    expect(await paragraph.textContent()).not.toContain('\u202E')
  })

  test('while the key is looked for, the heading and the document title show the linked ID’s override as a mark too', async ({ page }) => {
    // Held long enough to read the "Looking for the key…" state.
    await setDemoFaultsFromLoad(page, { latencyMs: 5000 })
    await page.goto('/keys/%E2%80%AEyek-tset')
    await expect(page.getByRole('status').filter({ hasText: 'Looking for the key' })).toBeVisible()
    await expect(detailHeading(page).locator('code bdi')).toHaveText('⟨U+202E⟩yek-tset')
    await expect(page).toHaveTitle('Key ⟨U+202E⟩yek-tset · API keys · Coval')
  })
})

/** An untitled key's card, found by the end of its key in the search box. */
async function untitledCard(page: Page) {
  await page.goto('/')
  await expectRowsSettled(page)
  const key = (await fullStoredKeys(page)).find((k) => k.name === null && k.api_key.length >= 4)
  if (!key) throw new Error('No seeded key without a name')
  await searchBox(page).fill(key.api_key.slice(-4))
  const card = page.locator(`tr[data-row-id="${key.id}"]`)
  await expect(card).toBeVisible()
  return card
}

for (const { width, height } of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width} × ${height} in dark mode`, () => {
    test.use({ viewport: { width, height }, colorScheme: 'dark' })

    test('a card’s "Untitled key" placeholder has 4.5:1 contrast, still dimmer than a name', async ({ page }) => {
      await page.goto('/')
      await expectRowsSettled(page)
      const named = bodyRows(page).locator('td[data-column="name"] a bdi:not(.italic)').first()
      const nameContrast = await textContrast(named)
      const placeholder = (await untitledCard(page)).locator('td[data-column="name"] a bdi')
      await expect(placeholder).toHaveText('Untitled key')
      await expect(placeholder).toHaveCSS('font-style', 'italic')
      const contrast = await textContrast(placeholder)
      expect(contrast).toBeGreaterThanOrEqual(4.5)
      expect(contrast).toBeLessThan(nameContrast)
    })
  })
}

test.describe('on a touch phone (375 × 740)', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } })

  test('the command palette does not offer "Keyboard shortcuts", which the page hides there', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    await page.getByRole('button', { name: 'Command palette' }).tap()
    await expect(paletteInput(page)).toBeVisible()
    await paletteInput(page).fill('short')
    await expectSearchSettled(page)
    await expect(palette(page).getByRole('option')).toHaveCount(0)
    await expect(paletteOption(page, 'Keyboard shortcuts')).toHaveCount(0)
    // What it does offer is still found: the filter is not what hid the option.
    await paletteInput(page).fill('theme')
    await expect(paletteOption(page, 'Use the light theme')).toBeVisible()
  })
})

test('without touch, the command palette still offers "Keyboard shortcuts"', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  await openPaletteAndType(page, 'short')
  await expect(paletteOption(page, 'Keyboard shortcuts')).toBeVisible()
})

test('each row’s "Last used" button is named by its time, then what it is and for which key', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const used = bodyRows(page).filter({ has: page.locator('td[data-column="last_used_at"] button') })
  await expect.poll(() => used.count()).toBeGreaterThanOrEqual(2)
  const names: string[] = []
  for (const index of [0, 1]) {
    const row = used.nth(index)
    const button = row.locator('td[data-column="last_used_at"] button')
    const shown = (await button.innerText()).trim()
    // The key's name as the row's other buttons say it.
    const actions = (await row.getByRole('button', { name: /^Actions for / }).getAttribute('aria-label')) ?? ''
    const name = `${shown}: last use of ${actions.replace(/^Actions for /, '')}`
    await expect(button).toHaveAccessibleName(name)
    await expect(button).toHaveAccessibleDescription(/UTC/)
    expect(name.startsWith(shown)).toBe(true)
    names.push(name)
  }
  expect(names[0]).not.toBe(names[1])
})

test.describe('a phone’s keyboard rising under a field being typed in, by touch', () => {
  test.use({ hasTouch: true })

  for (const { verb, size, shrunk, field } of [
    { verb: 'Suspend', size: { width: 375, height: 740 }, shrunk: 380, field: 'Reason (optional)' },
    { verb: 'Delete', size: { width: 360, height: 780 }, shrunk: 400, field: 'confirm' },
  ] as const) {
    test(`${verb} at ${size.width} × ${size.height} shrunk to ${shrunk} px tall keeps the field typed in, and what was typed, in sight`, async ({ page }) => {
      await page.setViewportSize(size)
      await page.goto('/?size=10')
      await expectRowsSettled(page)
      const keys = await fullStoredKeys(page)
      const key = keys.find((k) => k.name !== null && /^[\w ()-]+$/.test(k.name) && (verb === 'Delete' ? k.status === 'REVOKED' : k.status === 'ACTIVE'))
      if (!key?.name) throw new Error('No seeded key fits')
      await searchBox(page).fill(key.name)
      await expectRowsSettled(page)
      await bodyRows(page).first().getByRole('button', { name: `Actions for ${key.name}`, exact: true }).tap()
      await page.getByRole('menuitem', { name: `${verb} ${key.name}`, exact: true }).tap()
      const dialog = page.getByRole(verb === 'Delete' ? 'alertdialog' : 'dialog', { name: `${verb} ${key.name}?` })
      const input = field === 'confirm' ? dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }) : dialog.getByRole('textbox', { name: field })
      await input.tap()
      await page.keyboard.type('abc')
      await page.setViewportSize({ width: size.width, height: shrunk })
      await expect(input).toBeFocused()
      await expect(input).toBeInViewport()
      await expect(input).toHaveValue('abc')
      // And back up: still in sight, the dialog whole again.
      await page.setViewportSize(size)
      await expect(input).toBeInViewport()
    })
  }
})
