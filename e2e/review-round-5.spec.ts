import type { Page } from '@playwright/test'
import { expect, setDemoFaults, test } from './fixtures'
import { expectStoredStatus } from './key-actions-helpers'
import { expectSearchSettled, openPaletteAndType } from './command-palette-helpers'
import { afterQueuedTimers, arrowToMenuItem, pagination, pickKey, startFromSeed, storedKeys, type Status } from './page-helpers'

// What a fifth review found, each checked where a person would meet it.
test.describe.configure({ timeout: 120_000 })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

/** Opens the page of the demo's first key (newest first) with this status; returns the key. */
async function openKeyPage(page: Page, status: Status) {
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === status)
  await page.goto(`/keys/${key.id}`)
  return key
}

test.describe('at 320 px by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 740 } })

  test('Rotate opens on the dialog itself by touch, not in the carried-over name, whose focus raised the phone’s keyboard with the name selected', async ({ page }) => {
    const key = await openKeyPage(page, 'ACTIVE')
    await page.getByRole('group', { name: 'Key actions' }).getByRole('button', { name: 'Rotate…' }).tap()
    const dialog = page.getByRole('dialog', { name: `Rotate ${key.name}` })
    await expect(dialog).toBeFocused()
    await expect(dialog.getByRole('textbox', { name: 'Name' })).not.toBeFocused()
  })

  test('the second tap of a double tap that confirmed a bulk action does not reach the card beneath', async ({ page }) => {
    await page.goto('/')
    const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ })
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    // Each tap as a person makes it: once the bar has shown the last one.
    for (const n of [0, 1, 2]) {
      await boxes.nth(n).tap()
      await expect(bar).toContainText(`${n + 1} selected`)
    }
    await bar.getByRole('button', { name: /^Suspend/ }).tap()
    const dialog = page.getByRole('dialog', { name: 'Suspend 3 keys?' })
    await dialog.getByRole('button', { name: 'Suspend 3 keys' }).tap()
    await expect(dialog).toHaveCount(0)
    await afterQueuedTimers(page)
    // The double tap's second click (its click count 2), on the box of a card (the first: clear of the toast at the foot).
    await expect(boxes.nth(0)).not.toBeChecked()
    const box = await boxes.nth(0).boundingBox()
    if (!box) throw new Error('The box has no box')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await afterQueuedTimers(page)
    await expect(boxes.nth(0)).not.toBeChecked()
    // A click of its own still ticks it.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(boxes.nth(0)).toBeChecked()
  })

  test('a double tap on a key page’s Reactivate reactivates the key, and its second tap does not open Suspend in the button that took its place', async ({ page }) => {
    const key = await openKeyPage(page, 'SUSPENDED')
    const actions = page.getByRole('group', { name: 'Key actions' })
    // The confirmations' code loaded first (by a Revoke asked and cancelled), so a click that opens one opens it at once.
    await actions.getByRole('button', { name: 'Revoke…', exact: true }).tap()
    await page.getByRole('alertdialog', { name: `Revoke ${key.name}?` }).getByRole('button', { name: 'Cancel' }).tap()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    const reactivate = actions.getByRole('button', { name: 'Reactivate', exact: true })
    const box = await reactivate.boundingBox()
    if (!box) throw new Error('Reactivate has no box')
    await reactivate.tap()
    await expectStoredStatus(page, key.id, 'ACTIVE')
    const suspend = actions.getByRole('button', { name: 'Suspend…', exact: true })
    await expect(suspend).toBeVisible()
    expect(await suspend.boundingBox()).toMatchObject({ x: box.x, y: box.y })
    // The second click of a double tap, sent as the browser sends it (its click count is 2), whatever the time between.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await afterQueuedTimers(page)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(suspend).toBeFocused()
    // A press of its own still asks (a tap here at once would be the double tap's third).
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: `Suspend ${key.name}?` })).toBeVisible()
  })
})

for (const width of [320, 375]) {
  test.describe(`the create form at ${width} px by touch`, () => {
    test.use({ hasTouch: true, viewport: { width, height: 740 } })

    test('closed by its close button, it opens again on what was typed and chosen; Start over empties it', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('button', { name: 'Create key', exact: true }).tap()
      const dialog = page.getByRole('dialog', { name: 'Create API key' })
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Billing webhooks')
      await dialog.getByText('Staging', { exact: true }).tap()
      // The close button is where a thumb dismisses a dialog; it threw away what was entered.
      await dialog.getByRole('button', { name: 'Close' }).tap()
      await expect(dialog).toBeHidden()
      await page.getByRole('button', { name: 'Create key', exact: true }).tap()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Billing webhooks')
      await expect(dialog.getByRole('radio', { name: 'Staging' })).toBeChecked()
      const startOver = dialog.getByRole('button', { name: 'Start over' })
      await expect(dialog.getByText('What you entered before closing this form is back.')).toBeVisible()
      // The note fits the dialog: nothing sideways.
      expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
      await startOver.tap()
      await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('')
      await expect(dialog.getByRole('radio', { name: 'Staging' })).not.toBeChecked()
      await expect(startOver).toHaveCount(0)
    })
  })
}

test.describe('at the phone’s edge', () => {
  test.use({ hasTouch: true })

  test('at exactly 640 px the whole page is a phone’s: cards, Filters, and the bulk actions in one row of four', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 })
    await page.goto('/')
    const toolbar = page.getByRole('search', { name: 'Filter keys' })
    await expect(toolbar.getByRole('button', { name: /^Filters/ })).toBeVisible()
    await expect(toolbar.getByRole('group', { name: 'Environment', exact: true })).toBeHidden()
    // A card: its status under its name, not in a column beside it. At 640 px the cards had sm's wider layout around them.
    const first = page.getByRole('table', { name: 'API keys' }).locator('tbody tr').first()
    const [name, status] = await Promise.all([first.locator('td[data-column="name"]').boundingBox(), first.locator('td[data-column="status"]').boundingBox()])
    expect(status?.y ?? 0).toBeGreaterThan((name?.y ?? 0) + (name?.height ?? 0) - 1)
    const boxes = page.getByRole('checkbox', { name: /^Select (?!all)/ })
    for (const n of [0, 1]) await boxes.nth(n).tap()
    const actions = page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: /^(Suspend|Reactivate|Revoke|Delete)/ })
    await expect(actions).toHaveCount(4)
    const tops = await actions.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)))
    expect(new Set(tops).size).toBe(1)
    // The bar sits at the screen's foot, by the thumb, as on any phone; at 640 px it was a wider screen's, at the table's head.
    const bar = await page.getByRole('region', { name: 'Bulk actions' }).boundingBox()
    expect(Math.round((bar?.y ?? 0) + (bar?.height ?? 0))).toBe(800)
    // And the header one row: Keys and the palette's button side by side.
    const [keys, palette] = await Promise.all([page.getByRole('link', { name: 'Keys', exact: true }).boundingBox(), page.getByRole('button', { name: 'Command palette' }).boundingBox()])
    expect(Math.abs((keys?.y ?? 0) + (keys?.height ?? 0) / 2 - ((palette?.y ?? 0) + (palette?.height ?? 0) / 2))).toBeLessThanOrEqual(2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640)
  })

  for (const width of [641, 700]) {
    test(`at ${width} px (a table, not cards) the header keeps one row and Columns shares the search’s`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/')
      await expect(page.getByRole('table', { name: 'API keys' }).locator('thead th[data-column="status"]')).toBeVisible()
      const centre = async (name: string) => {
        const box = await page.getByRole('button', { name, exact: true }).first().boundingBox()
        return Math.round((box?.y ?? 0) + (box?.height ?? 0) / 2)
      }
      // The palette's name wrapped the header onto a second row, and Columns went down to a row of its own.
      expect(Math.abs((await centre('Command palette')) - (await page.getByRole('link', { name: 'Keys', exact: true }).boundingBox().then((b) => (b?.y ?? 0) + (b?.height ?? 0) / 2)))).toBeLessThanOrEqual(2)
      const search = await page.getByRole('searchbox').boundingBox()
      expect(Math.abs((await centre('Choose columns')) - ((search?.y ?? 0) + (search?.height ?? 0) / 2))).toBeLessThanOrEqual(2)
    })
  }
})

test('? opens the shortcuts’ help on the dialog itself: an Enter to dismiss it does not turn the shortcuts off', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(help.getByRole('switch', { name: 'Single-key shortcuts' })).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Tab')
  await expect(help.getByRole('switch', { name: 'Single-key shortcuts' })).toBeFocused()
})

test('the header menu’s theme choices are a group named Theme', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/')
  await page.getByRole('button', { name: 'More actions' }).click()
  const themes = page.getByRole('menu').getByRole('group', { name: 'Theme' })
  await expect(themes.getByRole('menuitemradio')).toHaveText([/System$/, /Light$/, /Dark$/])
})

test('a key name’s focus ring is drawn whole, not clipped by the line it sits in', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const row = page.getByRole('table', { name: 'API keys' }).locator('tbody tr').nth(1)
  await row.getByRole('checkbox').focus()
  await page.keyboard.press('Tab')
  const link = row.locator('td[data-column="name"]').getByRole('link')
  await expect(link).toBeFocused()
  // Nothing between the link and its cell clips: the ring, 2 px outside the link, shows on all four sides.
  const clipped = await link.evaluate((element) => {
    for (let node = element.parentElement; node && node.tagName !== 'TD'; node = node.parentElement) if (getComputedStyle(node).overflow !== 'visible') return true
    return false
  })
  expect(clipped).toBe(false)
})

test.describe('the last keys of a view deleted, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the one key a search found, deleted: the focus goes to Reset filters, not to the page’s start', async ({ page }) => {
    await page.goto('/')
    const key = pickKey(await storedKeys(page), (k) => k.status === 'REVOKED')
    await page.goto(`/?q=${encodeURIComponent(key.name)}`)
    const actions = page.getByRole('button', { name: `Actions for ${key.name}`, exact: true })
    await actions.focus()
    await page.keyboard.press('Enter')
    await arrowToMenuItem(page, page.getByRole('menuitem', { name: `Delete ${key.name}`, exact: true }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await page.keyboard.press('Enter')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('button', { name: 'Reset filters' }).last()).toBeFocused()
  })

  test('every key of the last page deleted: the page before takes its place, its last row’s actions focused, and no word of an old link', async ({ page }) => {
    await page.goto('/audit')
    await page.goto('/?page=16')
    await expect(pagination(page).getByText('301–320 of 320')).toBeVisible()
    await page.getByRole('checkbox', { name: /^Select all/ }).first().focus()
    await page.keyboard.press('Space')
    const bar = page.getByRole('region', { name: 'Bulk actions' })
    await bar.getByRole('button', { name: 'Delete…', exact: true }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('alertdialog', { name: 'Delete 20 keys?' })
    await dialog.getByRole('textbox', { name: 'Type 20 to confirm' }).fill('20')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]page=15(&|$)/)
    await expect(pagination(page).getByText('281–300 of 300')).toBeVisible()
    await expect(page.getByText(/past the end/)).toHaveCount(0)
    const rows = page.getByRole('table', { name: 'API keys' }).locator('tbody tr')
    await expect(rows.last().getByRole('button', { name: /^Actions for / })).toBeFocused()
    // The emptied page left no step in the history: Back goes to the page before the list, not to the empty page 16.
    await page.goBack()
    await expect(page).toHaveURL(/\/audit$/)
  })
})

test.describe('a key’s own page, by touch at 375 px', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } })

  test('a key’s page is sized for a finger: its actions 40 px tall, its copy buttons and Back link 40 px to a tap', async ({ page }) => {
    await openKeyPage(page, 'ACTIVE')
    const actions = page.getByRole('group', { name: 'Key actions' }).getByRole('button')
    await expect(actions.first()).toBeVisible()
    for (const height of await actions.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))) expect(height).toBeGreaterThanOrEqual(40)
    // A tap up to 8 px beyond a 24 px copy button (and 10 px above or below the Back link's line) is still theirs.
    const reach = (name: string, dx: number, dy: number) =>
      page.getByRole(name === 'back' ? 'link' : 'button', { name: name === 'back' ? /^(Back to the list|All API keys)$/ : name, exact: name !== 'back' }).evaluate(
        (element, { x, y }) => {
          const box = element.getBoundingClientRect()
          const hit = document.elementFromPoint(box.left + box.width / 2 + x, box.top + box.height / 2 + y)
          return hit !== null && element.contains(hit)
        },
        { x: dx, y: dy },
      )
    for (const name of ['Copy ID', 'Copy masked key']) {
      expect(await reach(name, 0, 19)).toBe(true)
      expect(await reach(name, 19, 0)).toBe(true)
    }
    expect(await reach('back', 0, 19)).toBe(true)
  })

  test('a refused delete is told in its confirmation, over the key’s page; tried again, it deletes and leaves for the list', async ({ page }) => {
    const key = await openKeyPage(page, 'REVOKED')
    // Slow enough that "Deleting…" is seen on a busy machine too (at 300 ms a slow poll missed it).
    await setDemoFaults(page, { latencyMs: 2000, fault: { kind: 'status', status: 500 }, times: 1, method: 'DELETE' })
    await page.getByRole('group', { name: 'Key actions' }).getByRole('button', { name: 'Delete…' }).tap()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await dialog.getByRole('button', { name: 'Delete key' }).tap()
    // The confirmation waits over the key's page; the page had turned to "Key not found" at once, the dialog with it.
    await expect(dialog.getByRole('button', { name: /Deleting/ })).toBeVisible()
    // (Behind the modal the page is hidden from the accessibility tree: found by its id.)
    await expect(page.locator('#key-detail-heading')).toHaveText(key.name)
    await expect(dialog.getByRole('alert')).toContainText('Could not delete')
    await expect(page.getByText('Key not found')).toHaveCount(0)
    await expectStoredStatus(page, key.id, 'REVOKED')
    await dialog.getByRole('button', { name: 'Delete key' }).tap()
    await expect(page).toHaveURL(/\/(\?.*)?$/)
    await expect.poll(async () => (await storedKeys(page)).some((k) => k.id === key.id)).toBe(false)
  })
})

/** Tabs `count` times; returns the controls (outside `except`) that took the focus while something else covered their middle. */
async function tabbedUnderCover(page: Page, count: number, except: string): Promise<string[]> {
  const hidden: string[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    const found = await page.evaluate((skip) => {
      const active = document.activeElement
      if (!(active instanceof HTMLElement) || active.closest(skip)) return null
      const box = active.getBoundingClientRect()
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return top && (top === active || active.contains(top)) ? null : active.getAttribute('aria-label') || active.textContent || active.tagName
    }, except)
    if (found) hidden.push(found)
  }
  return hidden
}

test('at 320 px a control reached by Tab is scrolled clear of the bulk bar pinned to the foot of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await page.getByRole('checkbox', { name: /^Select (?!all)/ }).first().focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toBeVisible()
  // Twelve of forty controls had taken the focus under the bar, out of sight.
  expect(await tabbedUnderCover(page, 40, '[aria-label="Bulk actions"]')).toEqual([])
})

test('at 1280 px a row’s control reached by Tab is scrolled clear of an Undo toast', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await page.getByRole('searchbox').fill(key.name)
  await page.getByRole('button', { name: `Actions for ${key.name}`, exact: true }).click()
  await page.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).click()
  await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
  const toasts = page.getByRole('region', { name: 'Notifications' })
  await expect(toasts.getByRole('button', { name: 'Undo' })).toBeVisible()
  await page.getByRole('button', { name: 'Reset filters' }).first().click()
  await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
  await page.getByRole('checkbox', { name: /^Select (?!all)/ }).first().focus()
  expect(await tabbedUnderCover(page, 60, '[aria-label="Notifications"]')).toEqual([])
})

test('while a slow server reads a new filter, the earlier view’s rows are dimmed and its count is not claimed for the new one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
  await setDemoFaults(page, { latencyMs: 60_000 })
  await page.getByRole('search', { name: 'Filter keys' }).getByRole('group', { name: 'Environment', exact: true }).getByRole('button', { name: 'Staging', exact: true }).click()
  // "320 keys match" stood over Production and Development keys for as long as the answer took.
  await expect(page.getByText('Counting…')).toBeVisible()
  await expect(page.getByText(/^320 keys/)).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'API keys' })).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('table', { name: 'API keys' })).toHaveCSS('opacity', '0.6')
})

test('the keyboard’s current row is a bar along its start, not an outline that reads as a second focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
  await page.keyboard.press('j')
  const current = page.getByRole('table', { name: 'API keys' }).locator('tbody tr[aria-current="true"]')
  await expect(current).toHaveCount(1)
  await page.getByRole('button', { name: 'Export', exact: true }).focus()
  await expect(current).toHaveCSS('outline-style', 'none')
  await expect(current.locator('td[data-column="select"]')).toHaveCSS('box-shadow', / 3px 0px 0px 0px inset$/)
})

test('a view of no keys offers no export: Export is unavailable and says why, from the palette too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/?q=no-key-is-called-this')
  await expect(page.getByText('No keys match these filters')).toBeVisible()
  const exportButton = page.getByRole('button', { name: 'Export', exact: true })
  await expect(exportButton).toHaveAttribute('aria-disabled', 'true')
  await expect(exportButton).toHaveAccessibleDescription('This view has no keys to export.')
  // It opened a dialog that made a file of column headers only.
  await exportButton.click({ force: true })
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('status')).toContainText('This view has no keys to export.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await openPaletteAndType(page, 'export this')
  await expectSearchSettled(page)
  await expect(page.getByRole('option', { name: 'Export this view' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0)
  await afterQueuedTimers(page)
  await expect(page.getByRole('dialog', { name: /Export/ })).toHaveCount(0)
})
