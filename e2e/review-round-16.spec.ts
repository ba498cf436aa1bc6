// Found in review of the production build (round 16), on phones by touch: the secret step's Done
// was natively disabled (a tap did nothing and left the user where they were, the box below the
// fold); back on the list after a delete, the focused row sat under the toasts' stack; by keyboard,
// what was typed at once after `c` lost its first letters, or ran shortcuts (z undid), while the
// form's code loaded; a whole secret pasted into the search went into the address and history; a
// link's values the list does not know (or in lower case) were dropped without a word; the header's
// Keys and Audit links left the focus behind in the header; a 200-character name filled a phone's
// first screen with a dialog's title; a key's ID pasted into the search found nothing, and said nothing of it.
import type { Locator, Page } from '@playwright/test'
import { holdChunk } from './blocked-chunk-helpers'
import { expect, test } from './fixtures'
import { expectStoredStatus, openRowMenu } from './key-actions-helpers'
import { detailHeading, fullStoredKeys, keyActions } from './key-detail-helpers'
import { chooseFilter, expectRowsSettled, filterOption, keysTable, notifications, pickKey, renameStoredKey, rowOf, searchBox, startFromSeed, storedKeys } from './page-helpers'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([])
})

/** Whether the element's box lies wholly inside the window. */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth
  })

async function secretStepByTouch(page: Page): Promise<Locator> {
  await page.goto('/')
  await expectRowsSettled(page)
  await page.getByRole('button', { name: 'Create key' }).first().tap()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Tapped too soon')
  await dialog.getByRole('radio', { name: 'Production' }).tap()
  await dialog.getByRole('button', { name: 'Create key' }).tap()
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await expect(step).toBeVisible()
  return step
}

test.describe('a 320 × 568 phone, by touch', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true })

  test('Done tapped before the box is ticked says what is missing and brings the box into view with focus; the secret stays', async ({ page }) => {
    const step = await secretStepByTouch(page)
    const secret = await step.getByRole('textbox', { name: 'Secret key' }).inputValue()
    const box = step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' })
    const done = step.getByRole('button', { name: 'Done' })
    // Unavailable (Playwright counts aria-disabled), but focusable and answering a tap.
    await expect(done).toBeDisabled()
    await expect(done).toHaveAttribute('aria-disabled', 'true')
    await expect(done).toHaveAccessibleDescription('Tick “I have stored this key somewhere safe” to go on.')
    // force: Playwright waits for an aria-disabled button to be enabled before it taps.
    await done.tap({ force: true })
    await expect(box).toBeFocused()
    expect(await inView(box)).toBe(true)
    await expect(step).toBeVisible()
    await expect(step.getByRole('textbox', { name: 'Secret key' })).toHaveValue(secret)
    await box.tap()
    await expect(done).toBeEnabled()
    await done.tap()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
  })
})

/** Whether two elements' boxes overlap on screen by a pixel or more (scrolled edge to edge, they share a fraction). */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()]
  if (!x || !y) return false
  return x.y + 1 <= y.y + y.height && y.y + 1 <= x.y + x.height && x.x + 1 <= y.x + y.width && y.x + 1 <= x.x + x.width
}

test.describe('a 375 × 740 phone, by touch', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })

  test('a delete on a key’s page, after a suspend and a reactivate there, comes back with the focused row clear of their toasts', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const links = keysTable(page).locator('tbody tr').getByRole('link')
    // The second card, the page at its top: the card after it comes back low on the screen, where the stack stands.
    const at = 1
    const link = links.nth(at)
    const name = (await link.textContent()) ?? ''
    const before = await links.evaluateAll((all) => all.map((l) => l.getAttribute('href')))
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await link.tap()
    await expect(detailHeading(page)).toHaveText(name)
    const stack = notifications(page)
    // Two toasts first, which stay (an Undo stays until used): the stack stands at the screen's foot.
    await keyActions(page).getByRole('button', { name: 'Suspend…' }).tap()
    await page.getByRole('dialog', { name: `Suspend ${name}?` }).getByRole('button', { name: 'Suspend key' }).tap()
    await keyActions(page).getByRole('button', { name: 'Reactivate' }).tap()
    await expect(stack.getByRole('status').filter({ hasText: `${name} reactivated` })).toBeAttached()
    await keyActions(page).getByRole('button', { name: 'Delete…' }).tap()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${name}?` })
    await dialog.getByRole('textbox', { name: /to confirm/ }).fill(name)
    await dialog.getByRole('button', { name: 'Delete key' }).tap()
    await expect(stack.getByRole('status').filter({ hasText: `${name} deleted` })).toBeVisible()
    await expect(stack.getByRole('button', { name: '2 more notifications' })).toBeVisible()
    await expectRowsSettled(page)
    const next = links.nth(at)
    await expect(next).toHaveAttribute('href', before[at + 1] ?? '')
    await expect(next).toBeFocused()
    await expect(next).toBeInViewport({ ratio: 1 })
    // It sat under "2 more notifications", the newest toast just below it (clear once that toast timed out: too late).
    const deleted = stack.getByRole('status').filter({ hasText: `${name} deleted` })
    await expect.poll(async () => !(await overlap(next, stack)) && (await deleted.isVisible())).toBe(true)
  })
})

const CREATE_CHUNK = /\/assets\/create-api-key-dialog-[\w-]+\.js$/

test.describe('by keyboard, while the create form’s code loads', () => {
  test('what is typed at once after c goes into Name: no letter runs a shortcut (z would have used an Undo)', async ({ page }) => {
    const code = await holdChunk(page, 'create-api-key-dialog')
    await page.goto('/')
    await expectRowsSettled(page)
    // An Undo on screen: a "z" typed for the name must not use it.
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    await page.goto(`/?q=${encodeURIComponent(key.name)}`)
    await expectRowsSettled(page)
    const menu = await openRowMenu(page, key)
    await menu.getByRole('menuitem', { name: `Suspend ${key.name}`, exact: true }).click()
    await page.getByRole('dialog', { name: `Suspend ${key.name}?` }).getByRole('button', { name: 'Suspend key' }).click()
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    await expect(notifications(page).getByRole('button', { name: /^Undo/ })).toBeVisible()
    await page.getByRole('heading', { level: 1 }).click()
    await page.keyboard.press('c')
    await page.keyboard.type('zed sync')
    await expect.poll(code.asked).toBe(true)
    code.release()
    const name = page.getByRole('dialog', { name: 'Create API key' }).getByRole('textbox', { name: /^Name/ })
    await expect(name).toBeFocused()
    await expect(name).toHaveValue('zed sync')
    await page.keyboard.type(' 2')
    await expect(name).toHaveValue('zed sync 2')
    await expectStoredStatus(page, key.id, 'SUSPENDED')
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo' })).toHaveCount(0)
  })

  test('Escape gives the opening up: no dialog comes once the code is here, and the page’s keys work again', async ({ page }) => {
    const code = await holdChunk(page, 'create-api-key-dialog')
    await page.goto('/')
    await expectRowsSettled(page)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.click()
    await page.keyboard.press('c')
    await page.keyboard.type('abc')
    await page.keyboard.press('Escape')
    const loaded = page.waitForResponse(CREATE_CHUNK)
    code.release()
    await loaded
    // The code is here now: a dialog meant to open would have by the time "c" opens the next one.
    await page.keyboard.press('c')
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveValue('')
  })
})

/** A key and a whole secret as its create answer gave it (the demo keeps only the masked form): its last four are the key's. */
async function keyAndItsSecret(page: Page) {
  const key = pickKey(await fullStoredKeys(page), (k) => /^\*{4}-\*{4}-\*{4}-\w{4}$/.test(k.api_key))
  const end = key.api_key.slice(-4)
  return { key, end, secret: `coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3${end}` }
}

test.describe('a whole secret in the search', () => {
  test('pasted, only its last four characters are kept, in the box and the address; the key is found and the toast says why', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const { key, end, secret } = await keyAndItsSecret(page)
    const addresses: string[] = []
    page.on('framenavigated', (frame) => addresses.push(frame.url()))
    await searchBox(page).focus()
    await page.keyboard.insertText(secret)
    await expect(searchBox(page)).toHaveValue(`…${end}`)
    await expect(rowOf(page, key.id)).toBeVisible()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(`…${end}`)
    await expect(notifications(page).getByRole('status').filter({ hasText: 'Searching by the key’s last four characters' })).toBeVisible()
    // Nowhere the page keeps: the address, this entry's state, the saved views, the export's label.
    expect(page.url()).not.toContain(secret)
    expect(addresses.join(' ')).not.toContain(secret)
    expect(await page.evaluate((whole) => JSON.stringify(history.state ?? null).includes(whole) || JSON.stringify(localStorage).includes(whole), secret)).toBe(false)
  })

  test('in a link, the address is rewritten to its last four characters on arrival', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const { key, end, secret } = await keyAndItsSecret(page)
    await page.goto(`/?q=${encodeURIComponent(secret)}`)
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(`…${end}`)
    await expect(searchBox(page)).toHaveValue(`…${end}`)
    await expect(rowOf(page, key.id)).toBeVisible()
  })

  test('typed a character at a time, the box keeps the typing and the list finds the key; left, the box keeps the last four (review round 18)', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const { key, end, secret } = await keyAndItsSecret(page)
    const addresses: string[] = []
    page.on('framenavigated', (frame) => addresses.push(frame.url()))
    // The box was rewritten to `…` and four characters once 20 followed `coval_sk_`; the rest was typed after
    // them: `…hawZT1lhLw9D5ADZZWgtKGF3o5p6` in the box and the address, and "No keys match".
    await searchBox(page).pressSequentially(secret)
    await expect(searchBox(page)).toHaveValue(secret)
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(`…${end}`)
    await expectRowsSettled(page)
    await expect(rowOf(page, key.id)).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(searchBox(page)).toHaveValue(`…${end}`)
    await expect(notifications(page).getByRole('status').filter({ hasText: 'Searching by the key’s last four characters' })).toBeVisible()
    // No address held more of it than its first 20 characters after `coval_sk_`, typed: none held its end with more than four before it.
    for (const address of addresses) expect(new URL(address).searchParams.get('q') ?? '').not.toMatch(/coval_sk_\w{21}/)
    expect(page.url()).not.toContain(secret.slice(-8))
  })

  for (const [form, pasted] of [['in quotes, as JSON or a log has it', (s: string) => `"${s}"`], ['as a .env file’s line', (s: string) => `COVAL_API_KEY=${s}`]] as const) {
    test(`pasted ${form}, it is found in the text and cut to its last four characters (review round 18)`, async ({ page }) => {
      await page.goto('/')
      await expectRowsSettled(page)
      const { key, end, secret } = await keyAndItsSecret(page)
      await searchBox(page).focus()
      await page.keyboard.insertText(pasted(secret))
      await expect(searchBox(page)).toHaveValue(`…${end}`)
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(`…${end}`)
      await expect(rowOf(page, key.id)).toBeVisible()
      expect(page.url()).not.toContain(secret.slice(9))
    })
  }
})

test.describe('a link with values the list does not know', () => {
  const linkNote = (page: Page) => page.getByRole('status').filter({ hasText: 'Part of this link was not understood' })

  test('says which were left out, applies the rest (in any case), and the address becomes the view shown', async ({ page }) => {
    const keys = await (async () => {
      await page.goto('/')
      await expectRowsSettled(page)
      return storedKeys(page)
    })()
    await page.goto('/?env=PROD&status=active&used=90d&sort=last_used.desc&size=25')
    await expectRowsSettled(page)
    await expect(linkNote(page)).toHaveText(
      'Part of this link was not understood, and the list is shown without it: environment “PROD”, last used “90d”, order “last_used.desc”, page size “25”.',
    )
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Environment', 'All environments')).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => new URL(page.url()).search).toBe('?status=ACTIVE')
    await expect(page.getByText(`${keys.filter((k) => k.status === 'ACTIVE').length} keys match`)).toBeVisible()
    // The note stays with the view it spoke of; its × takes it away, and a reload has nothing to say.
    await expect(linkNote(page)).toBeVisible()
    await page.getByRole('button', { name: 'Dismiss the note on this link' }).click()
    await expect(linkNote(page)).toHaveCount(0)
    await page.reload()
    await expectRowsSettled(page)
    await expect(linkNote(page)).toHaveCount(0)
  })

  test('a parameter given twice is read by its last value, and the note names the other (it narrowed the view without a word)', async ({ page }) => {
    await page.goto('/?status=ACTIVE&status=SUSPENDED')
    await expectRowsSettled(page)
    await expect(linkNote(page)).toHaveText('Part of this link was not understood, and the list is shown without it: status “ACTIVE”.')
    await expect(filterOption(page, 'Status', 'Suspended')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'false')
    await expect.poll(() => new URL(page.url()).search).toBe('?status=SUSPENDED')
  })

  test('written in lower case, it is understood: no note, and the address is the view’s own', async ({ page }) => {
    await page.goto('/?env=production&type=service&used=never')
    await expectRowsSettled(page)
    await expect(filterOption(page, 'Environment', 'Production')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Type', 'Service')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Last used', 'Never used')).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => new URL(page.url()).search).toBe('?env=PRODUCTION&type=SERVICE&used=never')
    await expect(linkNote(page)).toHaveCount(0)
  })

  test('on the audit: a status in lower case is understood, a policy it does not offer is said, and the address becomes the audit’s own', async ({ page }) => {
    await page.goto('/audit?status=revoked&policy=45')
    const note = page.getByRole('status').filter({ hasText: 'Part of this link was not understood' })
    await expect(note).toHaveText('Part of this link was not understood, and the audit is shown without it: rotation policy “45”.')
    const keys = page.getByRole('group', { name: 'Keys', exact: true })
    await expect(keys.getByRole('button', { name: 'Revoked', exact: true })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('group', { name: 'Rotation policy' }).getByRole('button', { name: '90 days' })).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => new URL(page.url()).search).toBe('?status=REVOKED')
    // A choice made on the page is the page's own: the note about the link goes.
    await page.getByRole('group', { name: 'Rotation policy' }).getByRole('button', { name: '180 days' }).click()
    await expect(note).toHaveCount(0)
    await expect.poll(() => new URL(page.url()).search).toBe('?status=REVOKED&policy=180')
  })

  test('the note goes once the view is changed', async ({ page }) => {
    await page.goto('/?env=PROD')
    await expectRowsSettled(page)
    await expect(linkNote(page)).toHaveText(/environment “PROD”\.$/)
    await chooseFilter(page, 'Type', 'User')
    await expect(linkNote(page)).toHaveCount(0)
  })
})

test('the header’s Keys and Audit links, followed by keyboard, take the focus to the page they open, as a key’s link does', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const pages = page.getByRole('navigation', { name: 'Pages' })
  await pages.getByRole('link', { name: 'Audit' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveTitle('Audit · Coval')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeFocused()
  await pages.getByRole('link', { name: 'Keys' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveTitle('API keys · Coval')
  await expectRowsSettled(page)
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeFocused()
})

test.describe('a 320 × 640 phone in dark mode, a key with a 200-character name', () => {
  test.use({ viewport: { width: 320, height: 640 }, colorScheme: 'dark', hasTouch: true, isMobile: true })

  test('its Revoke and Rotate dialogs keep their titles to three lines; the whole name names them and stands in the key card', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
    const name = `svc_${'abcdefghij'.repeat(19)}xyzzyx`
    expect(name).toHaveLength(200)
    await renameStoredKey(page, key.id, name)
    await page.goto(`/keys/${key.id}`)
    await expect(detailHeading(page)).toContainText('svc_abcdefghij')
    const lineHeight = 28
    await keyActions(page).getByRole('button', { name: 'Revoke…' }).tap()
    const revoke = page.getByRole('alertdialog', { name: `Revoke ${name}?` })
    await expect(revoke).toBeVisible()
    const title = revoke.getByRole('heading', { name: `Revoke ${name}?` })
    expect((await title.boundingBox())?.height).toBeLessThanOrEqual(3 * lineHeight + 2)
    // Before, nine lines of title: now the key card, with the whole name, starts on the first screen.
    await expect(revoke.getByText(name, { exact: true }).first()).toBeAttached()
    await revoke.getByRole('button', { name: 'Cancel' }).tap()
    await expect(revoke).toBeHidden()
    await keyActions(page).getByRole('button', { name: 'Rotate…' }).tap()
    const rotate = page.getByRole('dialog', { name: `Rotate ${name}` })
    await expect(rotate).toBeVisible()
    expect((await rotate.getByRole('heading', { name: `Rotate ${name}` }).boundingBox())?.height).toBeLessThanOrEqual(3 * lineHeight + 2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })
})

test('a key’s ID searched for finds no key, and the panel says why and links to that key', async ({ page }) => {
  await page.goto('/')
  await expectRowsSettled(page)
  const key = pickKey(await storedKeys(page), () => true)
  await searchBox(page).fill(key.id.toLowerCase())
  await expect(page.getByRole('heading', { name: 'No keys match these filters' })).toBeVisible()
  await expect(page.getByText('The search finds keys by name or by the last four characters of the key, not by ID.')).toBeVisible()
  await page.getByRole('link', { name: `Open the key with ID ${key.id}` }).click()
  await expect(detailHeading(page)).toHaveText(key.name)
  await expect(page).toHaveURL(new RegExp(`/keys/${key.id}$`))
})
