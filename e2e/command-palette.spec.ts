// The command palette by keyboard alone: keys found through the planner, preset views, actions.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { holdChunk } from './blocked-chunk-helpers'
import { chooseWithArrows, expectSearchSettled, openPaletteAndType, palette, paletteInput, paletteOption } from './command-palette-helpers'
import { allServerKeys, banner, connectDialog, fillConnection, MOCK_HOST, resetMockApi, setMockSettings } from './connected-helpers'
import { detailHeading, fullStoredKeys } from './key-detail-helpers'
import { columnTexts, urlParams } from './keys-table-helpers'
import { expectRowsSettled, pickKey, searchBox, startFromSeed } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
  await page.goto('/')
  await expectRowsSettled(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

const tailOf = (masked: string) => /([A-Za-z0-9]+)$/.exec(masked)?.[1] ?? ''

test('Ctrl+K from the search field, a name and Enter open the key; its last four find it too', async ({ page }) => {
  const keys = await fullStoredKeys(page)
  const key = pickKey(keys, (k) => k.status === 'SUSPENDED')
  // A chord: it works with focus in a field.
  await searchBox(page).focus()
  await openPaletteAndType(page, key.name.toLowerCase())
  const option = paletteOption(page, key.name)
  await expect(option).toContainText(`Suspended · …${tailOf(key.api_key)}`)
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/keys/${key.id}$`))
  await expect(detailHeading(page)).toHaveText(key.name)

  const other = pickKey(keys, (k) => k.id !== key.id && keys.filter((o) => tailOf(o.api_key) === tailOf(k.api_key)).length === 1)
  await openPaletteAndType(page, tailOf(other.api_key))
  await expect(paletteOption(page, other.name)).toContainText(`…${tailOf(other.api_key)}`)
  await chooseWithArrows(page, paletteOption(page, other.name))
  await expect(detailHeading(page)).toHaveText(other.name)
})

test('a key or a page chosen from the header’s button takes the focus to that page’s heading; an action on this page returns it to the button', async ({ page }) => {
  const key = pickKey(await fullStoredKeys(page), (k) => k.status === 'ACTIVE')
  const button = page.getByRole('button', { name: /^Command palette/ })
  const fromButton = async (text: string, option: string) => {
    await button.click()
    await expect(paletteInput(page)).toBeFocused()
    await page.keyboard.type(text)
    await chooseWithArrows(page, paletteOption(page, option))
  }
  await fromButton(key.name.toLowerCase(), key.name)
  await expect(page).toHaveURL(new RegExp(`/keys/${key.id}$`))
  await expect(detailHeading(page)).toHaveText(key.name)
  await expect(detailHeading(page)).toBeFocused()

  await fromButton('audit', 'Audit overview')
  await expect(page).toHaveURL(/\/audit$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  await fromButton('dark theme', 'Use the dark theme')
  await expect(button).toBeFocused()
})

test('an exact id finds its key, whatever its status', async ({ page }) => {
  const keys = await fullStoredKeys(page)
  const key = pickKey(keys, (k) => k.status === 'REVOKED')
  await openPaletteAndType(page, key.id.toLowerCase())
  await expect(paletteOption(page, key.name)).toContainText('Revoked')
})

test('a preset view applies its filters to the list', async ({ page }) => {
  await openPaletteAndType(page, 'never used')
  await chooseWithArrows(page, paletteOption(page, 'Production keys never used'))
  await expect.poll(() => urlParams(page)).toEqual({ env: 'PRODUCTION', used: 'never' })
  await expectRowsSettled(page)
  const environments = await columnTexts(page, 'Environment')
  expect(environments.length).toBeGreaterThan(0)
  expect(new Set(environments)).toEqual(new Set(['Production']))
  expect(new Set(await columnTexts(page, 'Last used'))).toEqual(new Set(['Never']))

  await openPaletteAndType(page, 'rotation')
  await chooseWithArrows(page, paletteOption(page, 'Rotation due'))
  await expect.poll(() => urlParams(page)).toEqual({ status: 'ACTIVE', created: '90' })
})

test('actions: Audit overview, then Create key (back on the keys page), then Export this view', async ({ page }) => {
  await openPaletteAndType(page, 'audit')
  await chooseWithArrows(page, paletteOption(page, 'Audit overview'))
  await expect(page).toHaveURL(/\/audit$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/audit/i)

  await openPaletteAndType(page, 'create key')
  await chooseWithArrows(page, paletteOption(page, 'Create key'))
  await expect(page).toHaveURL(/\/$/)
  const create = page.getByRole('dialog', { name: 'Create API key' })
  await expect(create.getByRole('textbox', { name: /Name/ })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(create).toBeHidden()

  await expectRowsSettled(page)
  // The seed has a key named "Grafana exporter …": an action whose name starts with the words typed comes first, so Enter exports.
  await openPaletteAndType(page, 'export')
  await expectSearchSettled(page)
  await expect(paletteOption(page, 'Grafana exporter')).toBeVisible()
  await expect(paletteOption(page, 'Export this view')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: /^Export all/ })).toBeVisible()
})

test('Escape closes and returns focus; the header button opens it by keyboard too', async ({ page }) => {
  await searchBox(page).focus()
  await openPaletteAndType(page, 'x')
  await page.keyboard.press('Escape')
  await expect(palette(page)).toBeHidden()
  await expect(searchBox(page)).toBeFocused()

  const button = page.getByRole('button', { name: /^Command palette/ })
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(paletteInput(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(button).toBeFocused()
})

/** Holds the palette's code back, as a slow network would, until `release`; `asked` once it was asked for. */
const holdPaletteCode = (page: Page) => holdChunk(page, 'command-palette')

test('what is typed while the palette’s code loads goes into its box: no letter fires a shortcut or lands in the page', async ({ page }) => {
  const code = await holdPaletteCode(page)
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+K')
  await expect.poll(code.asked).toBe(true)
  // "c" alone opens Create key, "/" the search box: typed for the palette, neither may act.
  await page.keyboard.type('create/x')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  code.release()
  await expect(paletteInput(page)).toBeFocused()
  await expect(paletteInput(page)).toHaveValue('create')
  await expect(page.getByRole('dialog')).toHaveCount(1)
  await chooseWithArrows(page, paletteOption(page, 'Create key'))
  const create = page.getByRole('dialog', { name: 'Create API key' })
  await expect(create.getByRole('textbox', { name: /Name/ })).toBeFocused()
  await expect(create.getByRole('textbox', { name: /Name/ })).toHaveValue('')
  await page.keyboard.press('Escape')
  await expect(create).toBeHidden()
  await expect(searchBox(page)).toHaveValue('')
})

test('from the search box, Escape while the palette’s code loads gives it up: the box keeps focus and nothing typed', async ({ page }) => {
  const code = await holdPaletteCode(page)
  await searchBox(page).fill('prod')
  await page.keyboard.press('Control+K')
  await expect.poll(code.asked).toBe(true)
  await page.keyboard.type('grafana')
  await page.keyboard.press('Escape')
  const loaded = page.waitForResponse(/\/assets\/command-palette-[\w-]+\.js$/)
  code.release()
  await loaded
  // The palette's code is here now, and it stayed closed (else Ctrl+K below would close it).
  await expect(searchBox(page)).toBeFocused()
  await expect(palette(page)).toHaveCount(0)
  await expect(searchBox(page)).toHaveValue('prod')
  await page.keyboard.type('uction')
  await expect(searchBox(page)).toHaveValue('production')
  await openPaletteAndType(page, 'x')
  await expect(paletteInput(page)).toHaveValue('x')
})

test('axe finds nothing with the palette open, at 320 px and in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  const keys = await fullStoredKeys(page)
  const key = pickKey(keys, () => true)
  await openPaletteAndType(page, key.name)
  const option = paletteOption(page, key.name)
  await expect(option).toBeVisible()
  for (const part of [palette(page), paletteInput(page), option]) {
    const box = await part.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true)
  }
  await expectNoAxeViolations(page)

  await page.keyboard.press('Escape')
  await openPaletteAndType(page, 'dark theme')
  await chooseWithArrows(page, paletteOption(page, 'Use the dark theme'))
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await openPaletteAndType(page, key.name)
  await expect(paletteOption(page, key.name)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('its search box stays where it is as the results below it change, at 375 px and at 1280', async ({ page }) => {
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport)
    await openPaletteAndType(page, '')
    const top = async () => (await paletteInput(page).boundingBox())?.y
    const empty = await top()
    expect(empty).toBeDefined()
    for (const text of ['g', 'raf', 'zzzz']) {
      await page.keyboard.type(text)
      await expectSearchSettled(page)
      expect(await top(), `${viewport.width} px after "${text}"`).toBe(empty)
    }
    await expect(palette(page)).toContainText('Nothing matches.')
    await page.keyboard.press('Escape')
    await expect(palette(page)).toBeHidden()
  }
})

test.describe('connected to a server that ignores filters (documented)', () => {
  test.beforeEach(async ({ request }) => {
    await resetMockApi(request)
    await setMockSettings(request, { dialect: 'documented' })
  })
  test.afterEach(async ({ request }) => {
    await setMockSettings(request, { dialect: 'coval' })
  })

  test('Connect from the palette, find a key by its last four through the planner, then Disconnect', async ({ page, request }) => {
    await openPaletteAndType(page, 'connect')
    await chooseWithArrows(page, paletteOption(page, 'Connect to API'))
    const dialog = connectDialog(page)
    await fillConnection(dialog)
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await expectRowsSettled(page)

    const keys = await allServerKeys(request)
    const key = pickKey(keys, (k) => k.status === 'EXPIRED' && keys.filter((o) => tailOf(o.api_key) === tailOf(k.api_key)).length === 1)
    await openPaletteAndType(page, tailOf(key.api_key))
    await chooseWithArrows(page, paletteOption(page, key.name))
    await expect(detailHeading(page)).toHaveText(key.name)

    await openPaletteAndType(page, 'disconnect')
    await chooseWithArrows(page, paletteOption(page, 'Disconnect'))
    await expect(banner(page).getByRole('button', { name: 'Connect to API' })).toBeVisible()
  })
})
