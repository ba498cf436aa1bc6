import { chooseWithArrows, openPaletteAndType, paletteOption } from './command-palette-helpers'
import { expect, test } from './fixtures'
import { expectStoredStatus } from './key-actions-helpers'
import { actionsButton, arrowToMenuItem, bodyRows, pickKey, rowOf, expectRowsSettled, pressUntilFocused, rowMenu, searchBox, startFromSeed, storedKeys, type StoredKey } from './page-helpers'

// Review round 18: what a phone by touch and a desktop by keyboard found in the production build.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('on a phone', () => {
  test.use({ hasTouch: true, serviceWorkers: 'block', viewport: { width: 375, height: 740 } })

  test('a search typed without accents finds the names that have them: "chloe", "yilmaz"', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    for (const [typed, person] of [['chloe', 'Chloé Martin'], ['yilmaz', 'Zeynep Yılmaz']] as const) {
      const theirs = keys.filter((key) => key.name?.includes(person))
      expect(theirs.length, `the seed has keys of ${person}`).toBeGreaterThan(0)
      await searchBox(page).tap()
      await searchBox(page).fill(typed)
      await expect(page).toHaveURL(new RegExp(`[?&]q=${typed}`))
      await expectRowsSettled(page)
      // It said "0 keys match": only "Chloé", typed with its accent, found her keys.
      await expect(page.getByText(`${theirs.length} ${theirs.length === 1 ? 'key matches' : 'keys match'}`)).toBeVisible()
      for (const name of await bodyRows(page).getByRole('link').allInnerTexts()) expect(name).toContain(person)
    }
  })
})

test.describe('the filters sheet on a phone', () => {
  test.use({ hasTouch: true, serviceWorkers: 'block', viewport: { width: 375, height: 740 } })

  test('is one step in the history: four filters chosen in it, one Back gives the list as it was before', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    const option = (group: string, name: string) => sheet.getByRole('group', { name: group, exact: true }).getByRole('button', { name, exact: true })
    await page.getByRole('search', { name: 'Filter keys' }).getByRole('button', { name: /^Filters/ }).tap()
    for (const [group, name] of [['Environment', 'Production'], ['Status', 'Active'], ['Type', 'Service'], ['Last used', 'Never used']] as const) {
      await option(group, name).tap()
      await expect(option(group, name)).toHaveAttribute('aria-pressed', 'true')
    }
    await sheet.getByRole('button', { name: /^Show/ }).tap()
    await expect(sheet).toBeHidden()
    await expect(page).toHaveURL(/env=PRODUCTION/i)
    await expect(page).toHaveURL(/used=never/)
    // It took four: each tap in the sheet was an entry of its own.
    await page.goBack()
    await expect.poll(() => new URL(page.url()).search).toBe('')
    await expectRowsSettled(page)
  })
})

test.describe('at a desktop, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('revoking the one key of the last page: the page before shows, and the focus is on its last row, not <body>', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    // A view of one environment and status whose last page of 10 holds one key.
    const views = ['PRODUCTION', 'STAGING', 'DEVELOPMENT'].flatMap((env) => ['ACTIVE', 'SUSPENDED', 'EXPIRED'].map((status) => ({ env, status, keys: keys.filter((k) => k.environment === env && k.status === status) })))
    const view = views.find((v) => v.keys.length > 10 && v.keys.length % 10 === 1)
    expect(view, 'the seed has a view whose last page of 10 holds one key').toBeDefined()
    if (!view) return
    const pages = Math.ceil(view.keys.length / 10)
    await page.goto(`/?env=${view.env}&status=${view.status}&size=10&page=${pages}`)
    await expectRowsSettled(page)
    await expect(bodyRows(page)).toHaveCount(1)
    const id = await bodyRows(page).first().getAttribute('data-row-id')
    const key = view.keys.find((k) => k.id === id) as StoredKey & { name: string }
    await actionsButton(page, key).focus()
    await page.keyboard.press('Enter')
    const revoke = rowMenu(page, key).getByRole('menuitem', { name: `Revoke ${key.name}`, exact: true })
    await arrowToMenuItem(page, revoke)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    const typed = dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` })
    await pressUntilFocused(page, typed)
    await page.keyboard.type(key.name)
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expectStoredStatus(page, key.id, 'REVOKED')
    if (pages === 2) await expect(page).not.toHaveURL(/[?&]page=/)
    else await expect(page).toHaveURL(new RegExp(`[?&]page=${pages - 1}(&|$)`))
    await expectRowsSettled(page)
    // It stayed on <body>, seconds on: a keyboard user started again from the top of the page.
    await expect(bodyRows(page).last().getByRole('button', { name: /^Actions for / })).toBeFocused()
  })

  test('a view applied from the palette with a row focused gives the focus to the list’s heading, not to another key’s link out of sight', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    await page.keyboard.press('j')
    for (let i = 1; i < 12; i++) await page.keyboard.press('j')
    const twelfth = bodyRows(page).nth(11).getByRole('link')
    await expect(twelfth).toBeFocused()
    await openPaletteAndType(page, 'never used')
    await chooseWithArrows(page, paletteOption(page, 'Production keys never used'))
    await expect(page).toHaveURL(/used=never/)
    await expectRowsSettled(page)
    // It went back to the 12th row's link, then another key's, below the screen: Enter opened a key never picked.
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeFocused()
  })

  test('z undoing the suspend that emptied the view gives the focus to the key back in it, not <body>', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    const key = pickKey(keys, (k) => k.status === 'ACTIVE' && keys.filter((other) => other.name === k.name).length === 1)
    await page.goto(`/?status=ACTIVE&q=${encodeURIComponent(key.name)}`)
    await expectRowsSettled(page)
    await expect(bodyRows(page)).toHaveCount(1)
    await actionsButton(page, key).focus()
    await page.keyboard.press('Enter')
    await arrowToMenuItem(page, rowMenu(page, key).getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'Suspend key' }))
    await page.keyboard.press('Enter')
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    const reset = page.getByRole('button', { name: 'Reset filters' }).last()
    await expect(reset).toBeFocused()
    await page.keyboard.press('z')
    await expectStoredStatus(page, key.id, 'ACTIVE')
    await expect(rowOf(page, key.id)).toBeVisible()
    // The focused Reset filters went with the no-match panel, and the focus with it, to <body>.
    await expect(actionsButton(page, key)).toBeFocused()
  })

  test('a page size chosen by keyboard keeps the focused select in sight as the rows grow', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const select = page.getByRole('combobox', { name: 'Rows per page' })
    await select.focus()
    await expect(select).toHaveValue('20')
    await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(/[?&]size=50/)
    await expectRowsSettled(page)
    await expect(bodyRows(page)).toHaveCount(50)
    await expect(select).toBeFocused()
    // It was left 1,500 px and more below an 800 px screen, the focus out of sight.
    await expect(select).toBeInViewport()
  })
})

