import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { allServerKeys, allowFailedLoads, clearFaults, connect, placesHolding, resetMockApi, serverKey, setFaults, showKey, unexpectedConsoleErrors, type NamedKey } from './connected-helpers'
import { actionsButton, arrowToMenuItem, bodyRows, expectRowStatus, notifications, pickKey, pressUntilFocused, rowOf } from './page-helpers'
import { auditOf, expectFits, openRotation, rotationDialog, serverKeysNamed, type ServerKeyWithDescription } from './rotate-key-helpers'

// Rotation in connected mode against `npm run mock-api`: one server shared by every test here.
// Axe scans every step; on a busy two-core machine each takes seconds, so a whole rotation gets room.
test.describe.configure({ mode: 'serial', timeout: 120_000 })
test.use({ serviceWorkers: 'block' })

test.beforeEach(async ({ request }) => {
  await resetMockApi(request)
})

test.afterEach(async ({ request, consoleErrors }, testInfo) => {
  await clearFaults(request)
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

/** An active, restricted key with a description: every setting a rotation carries over is there to check. */
async function activeKey(request: Parameters<typeof allServerKeys>[0]): Promise<NamedKey & ServerKeyWithDescription> {
  const keys = (await allServerKeys(request)) as ServerKeyWithDescription[]
  return pickKey(keys, (k) => k.status === 'ACTIVE' && k.permissions.length > 0 && Boolean(k.description) && k.environment !== undefined)
}

/** Step 1 → 2 → 3 with the pointer; returns the replacement's suggested name and its secret. */
async function createAndStore(page: Page, dialog: Locator, axe = false): Promise<{ name: string; secret: string }> {
  const name = await dialog.getByRole('textbox', { name: 'Name' }).inputValue()
  if (axe) await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Create replacement' }).click()
  await expect(dialog).toContainText('Step 2 of 3: Save the new secret')
  const secret = await dialog.getByRole('textbox', { name: 'Secret key' }).inputValue()
  expect(secret).toMatch(/^coval_sk_[a-z]+_[A-Za-z0-9]{32}$/)
  if (axe) await expectNoAxeViolations(page)
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).click()
  await expect(dialog).toContainText('Step 3 of 3: Retire the old key')
  return { name, secret }
}

/** Creates and stores the replacement, then finishes with "Suspend now" while the server refuses the old key's change once. */
async function finishWithRetireRefused(page: Page, request: Parameters<typeof allServerKeys>[0], dialog: Locator, old: NamedKey) {
  const { name } = await createAndStore(page, dialog)
  const [created] = await serverKeysNamed(request, name)
  await setFaults(request, { fault: { kind: 'status', status: 500 }, times: 1, method: 'PATCH', pathIncludes: old.id })
  await dialog.getByRole('radio', { name: 'Suspend now' }).check()
  await dialog.getByRole('button', { name: 'Finish' }).click()
  return { name, created }
}

test('rotates a key with "Suspend now": the server holds a replacement with the same settings, and the old key suspended with the reason', async ({ page, request }) => {
  const old = await activeKey(request)
  await connect(page)
  await showKey(page, old)
  const dialog = await openRotation(page, old)
  const { name, secret } = await createAndStore(page, dialog, true)
  // Past step 2 the secret is gone from the page, as after Create.
  expect(await placesHolding(page, secret)).toEqual([])
  expect(name).toBe(`${old.name} (rotated ${new Date().toISOString().slice(0, 10)})`)

  const [created, ...others] = await serverKeysNamed(request, name)
  expect(others).toEqual([])
  expect(created).toMatchObject({ status: 'ACTIVE', key_type: old.key_type, environment: old.environment, permissions: old.permissions, description: old.description })
  await dialog.getByRole('radio', { name: 'Suspend now' }).check()
  await expect(dialog).toContainText(`Rotated: replaced by ${created?.id}`)
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Finish' }).click()

  await expect(dialog).toContainText('Rotation complete')
  await expect(dialog).toContainText(`${name} is Active`)
  await expect(dialog).toContainText(`${old.name} is Suspended`)
  await expectNoAxeViolations(page)
  expect((await serverKey(request, old))?.status).toBe('SUSPENDED')
  expect((await auditOf(request, old.id)).filter((e) => e.action === 'status')).toEqual([
    expect.objectContaining({ status: 'SUSPENDED', reason: `Rotated: replaced by ${created?.id}` }),
  ])
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  // The toast waited behind the dialog (no room above it) and is there once it closes, however long that took.
  await expect(notifications(page).getByRole('status')).toContainText(`${old.name} rotated`)

  // The search for the old name finds both: the old key suspended, its replacement active.
  await expect(bodyRows(page)).toHaveCount(2)
  await expectRowStatus(page, old.id, 'SUSPENDED')
  await expectRowStatus(page, created?.id ?? '', 'ACTIVE')
  await expect(actionsButton(page, old)).toBeFocused()
})

test('a failure at step 3 says which key is in which state; Retry suspends the old key', async ({ page, request }, testInfo) => {
  allowFailedLoads(testInfo)
  const old = await activeKey(request)
  await connect(page)
  await showKey(page, old)
  const dialog = await openRotation(page, old)
  const { name, created } = await finishWithRetireRefused(page, request, dialog, old)

  const alert = dialog.getByRole('alert')
  await expect(alert).toHaveText(
    new RegExp(`^${escapeRegExp(`${name} (${created?.id}) was created and is Active. ${old.name} is still Active: Internal error (injected). (Request ID: req_`)}[0-9A-Z]{26}\\)$`),
  )
  await expect(alert).toBeFocused()
  await expectNoAxeViolations(page)
  expect((await serverKey(request, old))?.status).toBe('ACTIVE')
  expect(await auditOf(request, old.id)).toEqual([])
  await expect(dialog.getByRole('button', { name: 'Keep it active for now' })).toBeVisible()

  await dialog.getByRole('button', { name: 'Retry' }).click()
  await expect(dialog).toContainText(`${old.name} is Suspended`)
  await expect.poll(async () => (await serverKey(request, old))?.status).toBe('SUSPENDED')
  expect((await auditOf(request, old.id)).at(-1)).toMatchObject({ status: 'SUSPENDED', reason: `Rotated: replaced by ${created?.id}` })
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expectRowStatus(page, old.id, 'SUSPENDED')
  await expectRowStatus(page, created?.id ?? '', 'ACTIVE')
})

test('a whole rotation by keyboard alone: Tab, Space and Enter (the arrows only inside the row menu)', async ({ page, request }) => {
  const old = await activeKey(request)
  await connect(page)
  await showKey(page, old)
  await pressUntilFocused(page, actionsButton(page, old))
  await page.keyboard.press('Enter')
  const item = page.getByRole('menuitem', { name: `Rotate ${old.name}`, exact: true })
  // A menu's items are reached with the arrows (it opens on its first item); the rotation itself needs none.
  await arrowToMenuItem(page, item)
  await page.keyboard.press('Enter')

  const dialog = rotationDialog(page, old)
  const nameField = dialog.getByRole('textbox', { name: 'Name' })
  await expect(nameField).toBeFocused()
  const name = await nameField.inputValue()
  await pressUntilFocused(page, dialog.getByRole('button', { name: 'Create replacement' }), 'Shift+Tab', 5)
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeFocused()
  await pressUntilFocused(page, dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }), 'Tab', 6)
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Continue to retire the old key' })).toBeFocused()
  await page.keyboard.press('Enter')

  const suspend = dialog.getByRole('radio', { name: 'Suspend now' })
  await expect(suspend).toBeFocused()
  await page.keyboard.press('Space')
  await expect(suspend).toBeChecked()
  await pressUntilFocused(page, dialog.getByRole('button', { name: 'Finish' }), 'Tab', 4)
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(actionsButton(page, old)).toBeFocused()

  const [created] = await serverKeysNamed(request, name)
  expect(created?.status).toBe('ACTIVE')
  expect((await serverKey(request, old))?.status).toBe('SUSPENDED')
  expect((await auditOf(request, old.id)).at(-1)?.reason).toBe(`Rotated: replaced by ${created?.id}`)
})

test('at 320 px in dark mode every step fits, and axe finds nothing', async ({ page, request }) => {
  const old = await activeKey(request)
  await page.setViewportSize({ width: 320, height: 640 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await connect(page)
  await showKey(page, old)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  const dialog = await openRotation(page, old)
  await expectFits(page, dialog, 320)
  await dialog.getByRole('button', { name: 'Create replacement' }).click()
  await expect(dialog).toContainText('Step 2 of 3: Save the new secret')
  await expectFits(page, dialog, 320)
  await expectNoAxeViolations(page)
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).click()
  await dialog.getByRole('radio', { name: 'Revoke now' }).check()
  await dialog.getByRole('textbox', { name: `Type ${old.name} to confirm` }).fill(old.name)
  await expectFits(page, dialog, 320)
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Finish' }).click()
  await expect(dialog).toContainText(`${old.name} is Revoked`)
  await expectFits(page, dialog, 320)
  await expect.poll(async () => (await serverKey(request, old))?.status).toBe('REVOKED')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(rowOf(page, old.id)).toHaveCount(1)
})

/**
 * What of an alert's text lies outside its content box, in words (empty when it all fits), and
 * whether each request id (RequestIdText's <code>) is on one line, never broken.
 */
async function alertMisfits(alert: Locator): Promise<string[]> {
  return alert.evaluate((box) => {
    const found: string[] = []
    const outer = box.getBoundingClientRect()
    const style = getComputedStyle(box)
    const left = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
    const right = outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) {
        if (r.width > 0 && (r.right > right + 0.5 || r.left < left - 0.5)) found.push(`"${node.textContent}" spans ${Math.round(r.left)}–${Math.round(r.right)}, the alert's content ${Math.round(left)}–${Math.round(right)}`)
      }
    }
    for (const code of box.querySelectorAll('code')) {
      if (code.getClientRects().length !== 1) found.push(`the request id ${code.textContent} is broken over ${code.getClientRects().length} lines`)
    }
    return found
  })
}

// The failure names both keys by name and id, and the request id: long words for a phone. At 375 px
// the replacement is given a name of one long word (no space to wrap at) as well.
for (const [width, scheme, longName] of [[320, 'dark', false], [375, 'light', true]] as const) {
  test(`at ${width} px in ${scheme} mode a failure at step 3 keeps its text, ids and all, inside the alert${longName ? ' (a one-word name too)' : ''}`, async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    const old = await activeKey(request)
    await page.setViewportSize({ width, height: 640 })
    await page.emulateMedia({ colorScheme: scheme })
    await connect(page)
    await showKey(page, old)
    const dialog = await openRotation(page, old)
    if (longName) await dialog.getByRole('textbox', { name: 'Name' }).fill(`${old.name.replace(/\W+/g, '_')}_replacement_for_the_eu_west_1_region`)
    const { name, created } = await finishWithRetireRefused(page, request, dialog, old)

    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`${name} (${created?.id}) was created and is Active.`)
    await expect(alert.locator('code')).toHaveText(/^req_[0-9A-Z]{26}$/)
    expect(await alertMisfits(alert)).toEqual([])
    await expectFits(page, dialog, width)
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
