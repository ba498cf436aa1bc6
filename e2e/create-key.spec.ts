import type { Locator, Page } from '@playwright/test'
import { textContrast } from './contrast'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { afterQueuedTimers, pressUntilFocused } from './page-helpers'

const SECRET = /^coval_sk_prod_[A-Za-z0-9]{32}$/

test.beforeEach(async ({ page }) => {
  // Each test starts from the seed: the demo keeps its state in the browser between reloads.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear()
      sessionStorage.setItem('e2e-started', '1')
    }
  })
})

interface StoredKey {
  name: string | null
  description: string | null
  key_type: string
  environment: string
  permissions: string[]
  api_key: string
}

/** The keys of that name the demo API holds (it keeps its masked records in localStorage). */
async function keysNamed(page: Page, name: string): Promise<StoredKey[]> {
  const records = await page.evaluate(() => JSON.parse(localStorage.getItem('coval-demo-store:v1') ?? '[]') as StoredKey[])
  return records.filter((key) => key.name === name)
}

/** When the list query last got data: it moves when the list refreshes. */
async function listUpdatedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dump = JSON.parse(window.covalTestHooks?.dumpCaches() ?? '{"queries":[]}') as { queries: { key: unknown[]; state: { dataUpdatedAt: number } }[] }
    return Math.max(0, ...dump.queries.filter((q) => q.key[1] === 'list').map((q) => q.state.dataUpdatedAt))
  })
}

async function openCreateDialog(page: Page): Promise<Locator> {
  await page.goto('/')
  await expect(page.getByRole('table', { name: /API keys/ })).toBeVisible()
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await expect(dialog).toBeVisible()
  return dialog
}

async function fillForm(dialog: Locator, name: string, scopes?: string[]) {
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('radio', { name: 'Service' }).check()
  await dialog.getByRole('radio', { name: 'Production' }).check()
  if (!scopes) return
  await dialog.getByRole('radio', { name: 'Restricted' }).check()
  for (const scope of scopes) await dialog.getByRole('checkbox', { name: scope, exact: true }).check()
}

async function createKey(page: Page, dialog: Locator): Promise<{ step: Locator; secret: string }> {
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await expect(step).toBeVisible()
  const secret = await step.getByRole('textbox', { name: 'Secret key' }).inputValue()
  expect(secret).toMatch(SECRET)
  return { step, secret }
}

async function finish(page: Page, step: Locator) {
  await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
  await step.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
}

/** Everywhere a secret could linger after the dialog: storage, caches, the DOM, the URL, history. */
async function tracesOf(page: Page, secret: string): Promise<string[]> {
  const found = await page.evaluate(async (needle) => {
    const places: Record<string, string> = {
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      caches: window.covalTestHooks?.dumpCaches() ?? 'missing test hooks',
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      url: location.href,
      historyState: JSON.stringify(history.state),
      cookies: document.cookie,
      indexedDB: JSON.stringify(await indexedDB.databases()),
      cacheStorage: JSON.stringify(await caches.keys()),
    }
    return Object.entries(places).filter(([, value]) => value.includes(needle) || value === 'missing test hooks').map(([place]) => place)
  }, secret)
  expect(await page.evaluate(() => typeof window.covalTestHooks?.dumpCaches)).toBe('function')
  return found
}

test('creates a production service key with two scopes; the secret is copied, then found nowhere', async ({ page, context, consoleErrors }) => {
  test.slow()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Release pipeline', ['runs: Read', 'agents: Write'])
  await expectNoAxeViolations(page)

  const { step, secret } = await createKey(page, dialog)
  await expect(step).toContainText('Service · Production · 2 scopes')
  await expect(step.getByRole('button', { name: 'Copy' })).toBeFocused()
  await expectNoAxeViolations(page)

  await step.getByRole('button', { name: 'Copy' }).click()
  await expect(step.getByRole('status')).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
  // Pasted elsewhere, it is exactly the secret: no spaces, no line breaks.
  const elsewhere = await context.newPage()
  await elsewhere.setContent('<textarea aria-label="Paste here"></textarea>')
  await elsewhere.getByRole('textbox').focus()
  await elsewhere.keyboard.press('ControlOrMeta+V')
  await expect(elsewhere.getByRole('textbox')).toHaveValue(secret)
  await elsewhere.close()

  await finish(page, step)
  await expect(page.getByRole('button', { name: 'Create key' })).toBeFocused()
  await expect(page.getByRole('table', { name: /API keys/ }).getByText('Release pipeline')).toBeVisible()
  const [stored, ...others] = await keysNamed(page, 'Release pipeline')
  expect(others).toEqual([])
  expect(stored).toMatchObject({ key_type: 'SERVICE', environment: 'PRODUCTION', permissions: ['runs:read', 'agents:write'] })
  expect(stored?.api_key).toBe(`****-****-****-${secret.slice(-4)}`)
  expect(await tracesOf(page, secret)).toEqual([])
  expect(messages.filter((text) => text.includes(secret))).toEqual([])
  expect(consoleErrors).toEqual([])
})

test('creates a full-access key, sent as an empty permissions list', async ({ page }) => {
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Ops console')
  await dialog.getByRole('textbox', { name: /^Description/ }).fill('Used by the on-call rotation.')
  await expect(dialog.getByText('29 / 2,000')).toBeVisible()
  const { step } = await createKey(page, dialog)
  await expect(step).toContainText('Service · Production · Full access')
  await finish(page, step)
  expect(await keysNamed(page, 'Ops console')).toEqual([
    expect.objectContaining({ description: 'Used by the on-call rotation.', key_type: 'SERVICE', environment: 'PRODUCTION', permissions: [] }),
  ])
})

for (const clipboard of ['refused', 'missing'] as const) {
  test(`when the clipboard is ${clipboard}, the secret is selected with a hint to copy it by hand`, async ({ page }) => {
    await page.addInitScript((kind) => {
      if (kind === 'missing') Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })
      else navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    }, clipboard)
    const dialog = await openCreateDialog(page)
    await fillForm(dialog, `Clipboard ${clipboard}`)
    const { step, secret } = await createKey(page, dialog)
    await step.getByRole('button', { name: 'Copy' }).click()
    await expect(step.getByRole('status')).toHaveText('Your browser did not let this page copy. The key is selected: press Ctrl+C to copy it.')
    const field = step.getByRole('textbox', { name: 'Secret key' })
    await expect(field).toBeFocused()
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(secret)
    await finish(page, step)
  })
}

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })

  test('when the clipboard is refused, the hint says to touch and hold the selected secret, not to press Ctrl+C', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    })
    const dialog = await openCreateDialog(page)
    await fillForm(dialog, 'Clipboard refused on a phone')
    const { step, secret } = await createKey(page, dialog)
    await step.getByRole('button', { name: 'Copy' }).tap()
    await expect(step.getByRole('status')).toHaveText('Your browser did not let this page copy. The key is selected: touch and hold it, then choose Copy.')
    const field = step.getByRole('textbox', { name: 'Secret key' })
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(secret)
  })
})

test('each choice Tab reaches shows its whole card above the footer, at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const dialog = await openCreateDialog(page)
  const permissions = dialog.getByRole('radiogroup', { name: 'Permissions' })
  const checked = permissions.getByRole('radio', { checked: true })
  await pressUntilFocused(page, checked)
  // The card is the radio's parent; the scrolling body holds it.
  const hidden = await checked.evaluate((radio) => {
    const card = radio.parentElement?.getBoundingClientRect()
    const body = radio.closest('.overflow-y-auto')?.getBoundingClientRect()
    if (!card || !body) return null
    return { below: Math.max(0, Math.round(card.bottom - body.bottom)), above: Math.max(0, Math.round(body.top - card.top)) }
  })
  expect(hidden).toEqual({ below: 0, above: 0 })
})

test('Escape, the overlay, the close button and leaving the page all ask first', async ({ page }) => {
  test.slow()
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Asks before closing')
  const { step, secret } = await createKey(page, dialog)
  const confirm = page.getByRole('alertdialog', { name: 'Close without the secret of Asks before closing?' })
  const ways: [string, () => Promise<void>][] = [
    ['Escape', () => page.keyboard.press('Escape')],
    ['overlay', () => page.mouse.click(4, 4)],
    ['close button', () => step.getByRole('button', { name: 'Close' }).click()],
  ]
  for (const [way, close] of ways) {
    await close()
    await expect(confirm, way).toBeVisible()
    await expect(confirm, way).toContainText('Its secret will not be shown again.')
    await expect(confirm.getByRole('button', { name: 'Go back' }), way).toBeFocused()
    await confirm.getByRole('button', { name: 'Go back' }).click()
    await expect(confirm, way).toHaveCount(0)
    await expect(step.getByRole('textbox', { name: 'Secret key' }), way).toHaveValue(secret)
    // Radix re-arms the dialog's outside-click listener in a zero-delay timer before the next click.
    await afterQueuedTimers(page)
  }

  const beforeUnload = new Promise<string>((resolve) =>
    page.once('dialog', (prompt) => {
      resolve(prompt.type())
      void prompt.dismiss()
    }),
  )
  await page.close({ runBeforeUnload: true })
  expect(await beforeUnload).toBe('beforeunload')
  await expect(step.getByRole('textbox', { name: 'Secret key' })).toHaveValue(secret)

  await page.keyboard.press('Escape')
  await expectNoAxeViolations(page)
  await confirm.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Create key' })).toBeFocused()
  expect(await tracesOf(page, secret)).toEqual([])
})

test('a double click sends one create', async ({ page }) => {
  const dialog = await openCreateDialog(page)
  await setDemoFaults(page, { latencyMs: 2000 })
  await fillForm(dialog, 'Clicked twice')
  await dialog.getByRole('button', { name: 'Create key' }).dblclick()
  await expect(dialog.getByRole('button', { name: 'Creating key…' })).toHaveAttribute('aria-disabled', 'true')
  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await expect(step).toBeVisible()
  await finish(page, step)
  await setDemoFaults(page, { latencyMs: 0 })
  expect(await keysNamed(page, 'Clicked twice')).toHaveLength(1)
})

test('a failed create keeps the form filled and says why', async ({ page }) => {
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Fails once', ['traces: Read'])
  await setDemoFaults(page, { fault: { kind: 'status', status: 503 }, method: 'POST', times: 1 })
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Internal error (injected).')
  await expect(alert).toContainText(/Request ID: req_[0-9A-Z]{26}/)
  await expect(alert).toBeFocused()
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Fails once')
  await expect(dialog.getByRole('radio', { name: 'Production' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: 'traces: Read' })).toBeChecked()
  await expectNoAxeViolations(page)
  // From the failure, which has the focus, Shift+Tab goes on backwards round the dialog (it stayed put), and Tab forwards.
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Create key' })).toBeFocused()
  await alert.focus()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused()
  expect(await keysNamed(page, 'Fails once')).toHaveLength(0)
  // Sending again is the user's decision, and it works.
  const { step } = await createKey(page, dialog)
  await finish(page, step)
  expect(await keysNamed(page, 'Fails once')).toHaveLength(1)
})

test('after a dropped connection it says the key may exist, refreshes the list, and does not resend', async ({ page }) => {
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Dropped connection')
  const listBefore = await listUpdatedAt(page)
  await setDemoFaults(page, { fault: { kind: 'network' }, method: 'POST', times: 1 })
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const alert = dialog.getByRole('alert')
  await expect(dialog.getByRole('status').filter({ hasText: 'No key named Dropped connection was created in the last few minutes' })).toBeVisible()
  // Once the lookup found none, the alert no longer says the key may exist.
  await expect(alert).toContainText('The key was not created')
  await expect(alert).not.toContainText(/may have been created|may exist/)
  await expect.poll(() => listUpdatedAt(page)).toBeGreaterThan(listBefore)
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Dropped connection')
  // Only the first create fails: one sent again on its own would have made the key. The failure
  // shows only once the mutation has settled (a retry would come before it), so no wait is needed.
  expect(await keysNamed(page, 'Dropped connection')).toHaveLength(0)
  await expect(dialog.getByRole('button', { name: 'Create key' })).toBeVisible()
})

test('the whole flow works by keyboard alone', async ({ page, context }) => {
  test.slow()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(page.getByRole('table', { name: /API keys/ })).toBeVisible()
  const tabTo = async (target: Locator) => {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
      await page.keyboard.press('Tab')
    }
    throw new Error('Tab never reached the element')
  }
  await tabTo(page.getByRole('button', { name: 'Create key' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('Keyboard only')
  await tabTo(dialog.getByRole('radio', { name: 'Production' }))
  await page.keyboard.press('Space')
  await tabTo(dialog.getByRole('radio', { name: 'Full access' }))
  // A quick press: Radix alone chose only if the key was still down when its timer moved focus.
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: 'Restricted' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('searchbox', { name: 'Filter resources' })).toBeFocused()
  await page.keyboard.type('reports')
  await tabTo(dialog.getByRole('checkbox', { name: 'reports: Read' }))
  await page.keyboard.press('Space')
  await tabTo(dialog.getByRole('button', { name: 'Create key' }))
  await page.keyboard.press('Enter')

  const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
  await expect(step.getByRole('button', { name: 'Copy' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(step.getByRole('status')).toHaveText('Copied')
  const secret = await step.getByRole('textbox', { name: 'Secret key' }).inputValue()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
  await tabTo(step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(step.getByRole('button', { name: 'Done' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Create key' })).toBeFocused()
  expect(await keysNamed(page, 'Keyboard only')).toEqual([expect.objectContaining({ permissions: ['reports:read'] })])
})

test('fits a 320 px wide screen without sideways scrolling; in dark mode the disabled Done stays readable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.emulateMedia({ colorScheme: 'dark' })
  const dialog = await openCreateDialog(page)
  await fillForm(dialog, 'Narrow screen', ['runs: Read'])
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 320)
  expect(await fits()).toBe(true)
  expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(320)
  const { step } = await createKey(page, dialog)
  expect((await step.boundingBox())?.width).toBeLessThanOrEqual(320)
  expect(await fits()).toBe(true)
  const done = step.getByRole('button', { name: 'Done' })
  await expect(done).toBeDisabled()
  expect(await textContrast(done)).toBeGreaterThanOrEqual(4.5)
  await finish(page, step)
})

for (const width of [768, 1024, 1280]) {
  test(`at ${width} px every permission's label stays on one line (Submit did not fit its column and broke in two)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const dialog = await openCreateDialog(page)
    await dialog.getByRole('radio', { name: 'Restricted' }).check()
    const labels = dialog.getByRole('group', { name: 'conversations' }).locator('label')
    await expect(labels).toHaveText(['All', 'Read', 'Submit'])
    for (const label of await labels.all()) {
      const lines = await label.evaluate((element) => element.getClientRects().length)
      expect(lines, await label.innerText()).toBe(1)
    }
  })
}

test('Done says the key was created, and says so when the list’s filters hide it', async ({ page }) => {
  await page.goto('/?env=STAGING')
  await expect(page.getByRole('table', { name: /API keys/ })).toBeVisible()
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  // Production, made while the list shows staging keys.
  await fillForm(dialog, 'Billing webhooks')
  const { step } = await createKey(page, dialog)
  await finish(page, step)
  const toasts = page.getByRole('region', { name: 'Notifications' })
  await expect(toasts).toContainText('Billing webhooks created')
  await expect(toasts).toContainText('This list’s filters or search hide it. Clear them to see it.')
  await expect(page.getByRole('link', { name: 'Billing webhooks' })).toHaveCount(0)
  // Out of sight here, so the toast offers the way to it.
  await expect(toasts.getByRole('button', { name: 'View key' })).toBeVisible()

  await page.getByRole('button', { name: 'Dismiss notification' }).click()
  await page.goto('/')
  await expect(page.getByRole('table', { name: /API keys/ })).toBeVisible()
  await page.getByRole('button', { name: 'Create key' }).click()
  await fillForm(dialog, 'Nightly exports')
  await finish(page, (await createKey(page, dialog)).step)
  await expect(toasts).toContainText('Nightly exports created')
  await expect(toasts).not.toContainText('hide it')
  await expect(page.getByRole('link', { name: 'Nightly exports' })).toBeVisible()
  // Its row is on screen: no action, and the toast leaves on its own as before.
  await expect(toasts.getByRole('button', { name: 'View key' })).toHaveCount(0)
})
