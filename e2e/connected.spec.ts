import { nameHas } from './name-search'
import { expect, expectNoAxeViolations, test } from './fixtures'
import {
  ADMIN_KEY,
  ALL_STATUSES,
  DEAD_API,
  MOCK_API,
  MOCK_HOST,
  NOACCESS_KEY,
  READONLY_KEY,
  allServerKeys,
  allowFailedLoads,
  banner,
  chooseRowAction,
  clearFaults,
  connect,
  connectDialog,
  fillConnection,
  headerAction,
  listOnServer,
  listRequests,
  loadError,
  openConnectDialog,
  placesHolding,
  recordRequests,
  resetMockApi,
  serverKey,
  setFaults,
  showKey,
  toMockApi,
  unexpectedConsoleErrors,
} from './connected-helpers'
import {
  bodyRows,
  expectRowsSettled,
  expectRowStatus,
  filterOption,
  keysTable,
  notifications,
  pickKey,
  rowOf,
  searchBox,
} from './page-helpers'

// Connected mode against `npm run mock-api` on a real port: one server shared by every test here.
// Under load a flow takes a while; serial mode skips the rest after one timeout, so allow room.
test.describe.configure({ mode: 'serial', timeout: 120_000 })
// Nothing may answer for the network but the real socket.
test.use({ serviceWorkers: 'block' })

test.beforeEach(async ({ request }) => {
  await resetMockApi(request)
})

test.afterEach(async ({ request, consoleErrors }, testInfo) => {
  await clearFaults(request)
  expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
})

const SECRET = /^coval_sk_prod_[A-Za-z0-9]{32}$/

test.describe('connecting', () => {
  test('connects through the dialog, lists every status, and sends the key only to the API, in x-api-key', async ({ page }) => {
    const seen = recordRequests(page)
    await page.goto('/')
    await expect(page.getByText('Demo data: not real keys')).toBeVisible()
    await expect(bodyRows(page).first()).toBeVisible()

    const dialog = await openConnectDialog(page)
    await fillConnection(dialog)
    const keyField = dialog.getByLabel('Admin API key')
    await expect(keyField).toHaveAttribute('type', 'password')
    await dialog.getByRole('button', { name: 'Show key' }).click()
    await expect(keyField).toHaveAttribute('type', 'text')
    await expect(keyField).toHaveValue(ADMIN_KEY)
    await dialog.getByRole('button', { name: 'Hide key' }).click()
    await expect(keyField).toHaveAttribute('type', 'password')

    await dialog.getByRole('button', { name: 'Test connection' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Connected. This organisation has 320 keys.')
    // Testing is not connecting.
    await expect(banner(page)).toContainText('Demo data: not real keys')
    expect(listRequests(seen)).toHaveLength(1)

    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await expect(banner(page).getByRole('button', { name: 'Disconnect' })).toBeVisible()
    await expect(page.getByText('Demo data: not real keys')).toHaveCount(0)
    await expectRowsSettled(page)
    await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
    await expect(bodyRows(page)).toHaveCount(20)
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–20 of 320')

    // On the wire: the test and the list went to the mock API, each with the key in x-api-key.
    const api = toMockApi(seen)
    expect(api.length).toBeGreaterThanOrEqual(2)
    for (const sent of api) expect(sent.headers['x-api-key'], `${sent.method} ${sent.url.href}`).toBe(ADMIN_KEY)
    const lists = listRequests(seen)
    // The API returns only ACTIVE keys without `status`: the dashboard names every status.
    expect(lists.at(-1)?.url.searchParams.get('status')?.split(',').toSorted()).toEqual([...ALL_STATUSES].toSorted())
    // ...and never to the app's own origin, nor in any URL.
    const own = seen.filter((r) => r.url.host !== MOCK_HOST)
    expect(own.length).toBeGreaterThan(0)
    for (const sent of own) expect(sent.headers['x-api-key'], sent.url.href).toBeUndefined()
    for (const sent of seen) expect(sent.url.href).not.toContain(ADMIN_KEY)
  })

  test('a wrong key: Test connection says it was not accepted, and Connect does not connect', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { key: 'not_a_real_key' })
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    const result = dialog.getByRole('status')
    await expect(result).toContainText('The API key was not accepted.')
    await expect(result).toContainText('Check that you copied all of it and that it has not been revoked or suspended.')
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(result).toContainText('The API key was not accepted.')
    await expect(dialog).toBeVisible()
    // The refusal is about the key: it takes the focus, marked, its message read with it.
    const keyField = dialog.getByLabel('Admin API key')
    await expect(keyField).toBeFocused()
    await expect(keyField).toHaveAttribute('aria-invalid', 'true')
    await expect(keyField).toHaveAccessibleDescription(/The API key was not accepted/)
    await expect(dialog.getByRole('textbox', { name: 'API base URL' })).not.toHaveAttribute('aria-invalid')
    await expect(banner(page)).toContainText('Demo data: not real keys')
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain('not_a_real_key')
  })

  test('a key without the api-keys scopes: Test connection says api-keys:read is missing', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { key: NOACCESS_KEY })
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    const result = dialog.getByRole('status')
    await expect(result).toContainText('The key was accepted but lacks the api-keys:read permission.')
    await expect(result).toContainText('Use an admin key, or one with the api-keys scopes.')
  })

  test('a URL with no API behind it (404): Test connection says so and what the base URL should be, not only “Not found.”', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    // An address that serves something else, as a web server does for a path it does not know.
    const elsewhere = `${MOCK_API}/no-api-here`
    await page.route(`${elsewhere}/**`, (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', headers: { 'access-control-allow-origin': '*' }, body: '<!doctype html><title>404</title><h1>Not Found</h1>' }),
    )
    await fillConnection(dialog, { baseUrl: elsewhere })
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    const result = dialog.getByRole('status')
    await expect(result).toContainText('That URL has no Coval API: asked for its keys, it answered 404 Not Found')
    await expect(result).toContainText('Check the base URL: it should be the API, such as https://api.coval.dev')
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(result).toContainText('That URL has no Coval API')
    await expect(banner(page)).not.toContainText('Connected to')
  })

  test('server down: Test connection says the server could not be reached (or CORS), and what to do', async ({ page }, testInfo) => {
    allowFailedLoads(testInfo)
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog, { baseUrl: DEAD_API })
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    const result = dialog.getByRole('status')
    await expect(result).toContainText('The server could not be reached, or the browser blocked the request (CORS).')
    await expect(result).toContainText('Check the URL.')
    await expect(result).toContainText('dev proxy')
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(result).toContainText('The server could not be reached')
    await expect(dialog).toBeVisible()
    // The message says to check the URL: the URL field takes the focus, marked, its message read with it.
    const urlField = dialog.getByRole('textbox', { name: 'API base URL' })
    await expect(urlField).toBeFocused()
    await expect(urlField).toHaveAttribute('aria-invalid', 'true')
    await expect(urlField).toHaveAccessibleDescription(/The server could not be reached/)
    // Changed, it is no longer what was checked.
    await urlField.press('End')
    await urlField.press('Backspace')
    await expect(urlField).not.toHaveAttribute('aria-invalid')
    await expect(banner(page)).not.toContainText('Connected to')
  })
})

test.describe('accessibility in connected mode', () => {
  test('axe finds no violations in the Connect dialog (with a result shown), connected, and not connected', async ({ page }) => {
    await page.goto('/')
    const dialog = await openConnectDialog(page)
    await fillConnection(dialog)
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    await expect(dialog.getByRole('status')).toContainText('Connected.')
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expectRowsSettled(page)
    await expectNoAxeViolations(page)
    await headerAction(page, 'Disconnect')
    await expect(page.getByRole('heading', { name: 'Not connected' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('by keyboard, a field in the way takes focus with its message, and a running check keeps focus on its button', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const dialog = await openConnectDialog(page)
    const urlField = dialog.getByRole('textbox', { name: 'API base URL' })
    const keyField = dialog.getByLabel('Admin API key')
    const connectButton = dialog.getByRole('button', { name: 'Connect', exact: true })
    // Both fields wrong: the first takes focus, its message read with it.
    await urlField.fill('')
    await connectButton.focus()
    await page.keyboard.press('Enter')
    await expect(urlField).toBeFocused()
    await expect(urlField).toHaveAttribute('aria-invalid', 'true')
    await expect(urlField).toHaveAccessibleDescription(/^Enter the API base URL\./)
    // The URL fixed: the key is next.
    await urlField.fill(MOCK_API)
    await dialog.getByRole('button', { name: 'Test connection' }).focus()
    await page.keyboard.press('Enter')
    await expect(keyField).toBeFocused()
    await expect(keyField).toHaveAccessibleDescription(/^Enter an admin API key\./)
    await expect(urlField).not.toHaveAttribute('aria-invalid')

    // While the check is out, the pressed button keeps focus (it says it is unavailable, not gone).
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(`${MOCK_API}/v1/api-keys**`, async (route) => {
      await held
      await route.continue()
    })
    await keyField.fill(ADMIN_KEY)
    const testButton = dialog.getByRole('button', { name: 'Test connection' })
    await testButton.focus()
    await page.keyboard.press('Enter')
    await expect(testButton).toHaveAttribute('aria-disabled', 'true')
    await expect(connectButton).toHaveAttribute('aria-disabled', 'true')
    await expect(testButton).toBeFocused()
    // A second press does nothing while the first is out.
    await page.keyboard.press('Enter')
    release()
    await expect(dialog.getByRole('status')).toHaveText('Connected. This organisation has 320 keys.')
    await expect(testButton).toBeFocused()
    await expect(testButton).not.toHaveAttribute('aria-disabled')
    await expect(banner(page)).toContainText('Demo data: not real keys')
  })

  test('by keyboard, Connect and Disconnect leave focus on the header button that takes their place', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const modeButton = (name: string) => banner(page).getByRole('button', { name, exact: true })
    await modeButton('Connect to API').focus()
    await page.keyboard.press('Enter')
    const dialog = connectDialog(page)
    await expect(dialog).toBeVisible()
    await fillConnection(dialog)
    await dialog.getByRole('button', { name: 'Connect', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await expect(modeButton('Disconnect')).toBeFocused()
    await expectRowsSettled(page)
    await expect(modeButton('Disconnect')).toBeFocused()

    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Not connected' })).toBeVisible()
    await expect(modeButton('Connect to API')).toBeFocused()
    await expect(page).toHaveTitle('Not connected · Coval')
  })
})

test.describe('managing keys', () => {
  test('creates a key: the secret is shown once, the POST carries x-api-key, and the server holds the key masked', async ({ page, request }) => {
    const seen = recordRequests(page)
    await connect(page)
    const name = `Connected e2e ${Date.now()}`
    await page.getByRole('button', { name: 'Create key' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Create API key' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
    await dialog.getByRole('radio', { name: 'Service' }).check()
    await dialog.getByRole('radio', { name: 'Production' }).check()
    await dialog.getByRole('radio', { name: 'Restricted' }).check()
    await dialog.getByRole('checkbox', { name: 'runs: Read', exact: true }).check()
    await dialog.getByRole('button', { name: 'Create key' }).click()

    const step = page.getByRole('alertdialog', { name: 'Save your secret key' })
    await expect(step).toBeVisible()
    const secret = await step.getByRole('textbox', { name: 'Secret key' }).inputValue()
    expect(secret).toMatch(SECRET)
    const post = toMockApi(seen).find((r) => r.method === 'POST')
    expect(post?.url.pathname).toBe('/v1/api-keys')
    expect(post?.headers['x-api-key']).toBe(ADMIN_KEY)
    const done = step.getByRole('button', { name: 'Done' })
    await expect(done).toBeDisabled()
    await step.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).check()
    await done.click()
    await expect(page.getByRole('alertdialog')).toHaveCount(0)

    await expect(keysTable(page).getByText(name)).toBeVisible()
    const { api_keys: found } = await listOnServer(request, { filter: `name = ${JSON.stringify(name)}` })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ name, key_type: 'SERVICE', environment: 'PRODUCTION', status: 'ACTIVE', permissions: ['runs:read'] })
    // The server keeps a masked copy, ending like the secret.
    expect(found[0]?.api_key).not.toBe(secret)
    expect(found[0]?.api_key.slice(-4)).toBe(secret.slice(-4))
    expect(await placesHolding(page, secret)).toEqual([])
  })

  test('suspends a key: the row and the server both say Suspended', async ({ page, request }) => {
    const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
    const seen = recordRequests(page)
    await connect(page)
    await showKey(page, key)
    await expectRowStatus(page, key.id, 'ACTIVE')
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Connected e2e')
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'SUSPENDED')
    await expect(notifications(page).getByRole('status')).toContainText(`${key.name} suspended`)
    await expect.poll(async () => (await serverKey(request, key))?.status).toBe('SUSPENDED')
    const patch = toMockApi(seen).find((r) => r.method === 'PATCH')
    expect(patch?.url.pathname).toBe(`/v1/api-keys/${key.id}`)
    expect(patch?.headers['x-api-key']).toBe(ADMIN_KEY)
  })

  test('revokes a key once its name is typed: the row and the server both say Revoked', async ({ page, request }) => {
    const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
    await connect(page)
    await showKey(page, key)
    await chooseRowAction(page, key, 'Revoke')
    const dialog = page.getByRole('alertdialog', { name: `Revoke ${key.name}?` })
    const confirm = dialog.getByRole('button', { name: 'Revoke key' })
    await expect(confirm).toBeDisabled()
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await confirm.click()
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'REVOKED')
    await expect(notifications(page).getByRole('status')).toContainText(`${key.name} revoked`)
    await expect.poll(async () => (await serverKey(request, key))?.status).toBe('REVOKED')
  })

  test('deletes a key once its name is typed: the row goes, and the server no longer has it', async ({ page, request }) => {
    const key = pickKey(await allServerKeys(request), (k) => k.status === 'SUSPENDED')
    const seen = recordRequests(page)
    await connect(page)
    await showKey(page, key)
    await chooseRowAction(page, key, 'Delete')
    const dialog = page.getByRole('alertdialog', { name: `Delete ${key.name}?` })
    const confirm = dialog.getByRole('button', { name: 'Delete key' })
    await expect(confirm).toBeDisabled()
    await dialog.getByRole('textbox', { name: `Type ${key.name} to confirm` }).fill(key.name)
    await confirm.click()
    await expect(dialog).toBeHidden()
    await expect(rowOf(page, key.id)).toHaveCount(0)
    await expect(notifications(page).getByRole('status')).toContainText(`${key.name} deleted`)
    await expect.poll(async () => await serverKey(request, key)).toBeUndefined()
    expect((await listOnServer(request)).total_count).toBe(319)
    const del = toMockApi(seen).find((r) => r.method === 'DELETE')
    expect(del?.url.pathname).toBe(`/v1/api-keys/${key.id}`)
    expect(del?.headers['x-api-key']).toBe(ADMIN_KEY)
  })
})

test.describe('when the server says no', () => {
  test('a key rejected mid-session is dropped, the Connect dialog asks again, and the filters stay in the URL', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    await connect(page, { remember: true })
    expect(await page.evaluate(() => sessionStorage.getItem('coval-connection'))).toContain(ADMIN_KEY)
    await filterOption(page, 'Status', 'Active').click()
    await expectRowsSettled(page)

    await setFaults(request, { fault: { kind: 'status', status: 401 }, times: null })
    await filterOption(page, 'Environment', 'Staging').click()
    const url = page.url()
    expect(new URL(url).searchParams.get('env')).toBe('STAGING')

    const dialog = connectDialog(page)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('alert')).toContainText('The API rejected the key')
    await expect(dialog.getByLabel('Admin API key')).toHaveValue('')
    // Only the key is to type again: it has the focus (not the URL, all selected, which a paste replaced), and Remember stays ticked.
    await expect(dialog.getByLabel('Admin API key')).toBeFocused()
    await expect(dialog.getByRole('textbox', { name: 'API base URL' })).toHaveValue(MOCK_API)
    await expect(dialog.getByRole('checkbox', { name: 'Remember for this tab' })).toBeChecked()
    expect(await placesHolding(page, ADMIN_KEY)).toEqual([])
    expect(page.url()).toBe(url)
    await expect(banner(page)).not.toContainText('Connected to')

    // A good key again: back where the user was.
    await clearFaults(request)
    await fillConnection(dialog)
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await expectRowsSettled(page)
    expect(page.url()).toBe(url)
    await expect(filterOption(page, 'Status', 'Active')).toHaveAttribute('aria-pressed', 'true')
    await expect(filterOption(page, 'Environment', 'Staging')).toHaveAttribute('aria-pressed', 'true')
  })

  // Someone on a self-hosted API or a proxy only needs to paste a new key.
  test('after a rejected key, the Connect dialog keeps the API base URL: only a new key is needed', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    await connect(page)
    await setFaults(request, { fault: { kind: 'status', status: 401 }, times: null })
    await filterOption(page, 'Environment', 'Staging').click()
    const dialog = connectDialog(page)
    await expect(dialog.getByRole('alert')).toContainText('The API rejected the key')
    await expect(dialog.getByRole('textbox', { name: 'API base URL' })).toHaveValue(MOCK_API)
  })

  test('a read-only key lists, but a suspend is refused in its dialog, naming api-keys:write, and the row rolls back', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    const key = pickKey(await allServerKeys(request), (k) => k.status === 'ACTIVE')
    await connect(page, { key: READONLY_KEY })
    await expect(page.getByText('320 keys', { exact: true })).toBeVisible()
    await showKey(page, key)
    await chooseRowAction(page, key, 'Suspend')
    const dialog = page.getByRole('dialog', { name: `Suspend ${key.name}?` })
    await dialog.getByRole('button', { name: 'Suspend key' }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText(`Could not suspend ${key.name}`)
    await expect(alert).toContainText('api-keys:write')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expectRowStatus(page, key.id, 'ACTIVE')
    await expect(notifications(page).getByRole('alert')).toBeEmpty()
    expect((await serverKey(request, key))?.status).toBe('ACTIVE')
    // Refused is not rejected: the key stays connected.
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
  })

  test('429 with Retry-After: the list counts the wait down where it is seen, then arrives', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    const seen = recordRequests(page)
    await connect(page)
    // The second page is fetched ahead once the first arrives: let that happen before the fault.
    await expect.poll(() => listRequests(seen).some((r) => r.url.searchParams.has('page_token'))).toBe(true)
    const before = listRequests(seen).length
    // Five seconds: long enough that a busy machine still renders and sees the countdown before the retry.
    await setFaults(request, { fault: { kind: 'status', status: 429, retryAfterSeconds: 5 }, times: 1, method: 'GET' })
    await searchBox(page).fill('a')
    // Never a silent wait: the countdown shows until the list is read again.
    await expect(page.getByText(/^Rate limited, retrying in [1-5] s$/)).toBeVisible()
    const total = (await allServerKeys(request)).filter((k) => nameHas(k.name, 'a')).length
    // The search is read whole in the browser, 100 keys a request: under full load that alone took over 15 s.
    await expect(page.getByText(`${total} keys match`, { exact: true })).toBeVisible({ timeout: 60_000 })
    await expectRowsSettled(page)
    await expect(loadError(page)).toHaveCount(0)
    // The search's own request, refused then retried (the next page, fetched ahead, is another URL).
    const [first, ...others] = listRequests(seen).slice(before)
    if (!first) throw new Error('Expected a refused GET')
    const [second, ...rest] = others.filter((r) => r.url.href === first.url.href)
    if (!second) throw new Error('Expected the refused GET to be retried')
    expect(rest).toEqual([])
    // Retry-After: 5 means not before five seconds have passed.
    expect(second.at - first.at).toBeGreaterThanOrEqual(4900)
  })

  test('the API drops connections mid-session: an error says so instead of an endless spinner, and Retry recovers', async ({ page, request }, testInfo) => {
    allowFailedLoads(testInfo)
    await connect(page)
    await setFaults(request, { fault: { kind: 'network' }, times: null })
    await searchBox(page).fill('a')
    const error = loadError(page)
    // Retried with backoff first: a few seconds.
    await expect(error).toBeVisible({ timeout: 20_000 })
    await expect(error).toContainText('The server could not be reached')
    await expect(page.getByText('Updating…')).toHaveCount(0)
    // The header's badge no longer says all is well.
    await expect(banner(page)).toContainText(`Can’t reach ${MOCK_HOST}`)
    await expect(banner(page)).not.toContainText('Connected to')
    await clearFaults(request)
    await error.getByRole('button', { name: 'Retry' }).click()
    await expect(error).toHaveCount(0)
    await expectRowsSettled(page)
    const total = (await allServerKeys(request)).filter((k) => nameHas(k.name, 'a')).length
    await expect(page.getByText(`${total} keys match`, { exact: true })).toBeVisible()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
  })

  test('offline, the header’s badge says so, and green again once the network is back', async ({ page }) => {
    await connect(page)
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await page.context().setOffline(true)
    await expect(banner(page)).toContainText(`Offline, not reaching ${MOCK_HOST}`)
    await expect(banner(page)).not.toContainText('Connected to')
    await page.context().setOffline(false)
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
  })
})

test.describe('where the key lives', () => {
  test('without Remember: in no storage, cookie, URL, page text or console message', async ({ page }) => {
    const seen = recordRequests(page)
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    await connect(page)
    await searchBox(page).fill('a')
    await expectRowsSettled(page)
    expect(await placesHolding(page, ADMIN_KEY)).toEqual([])
    expect(await page.context().cookies()).toEqual([])
    for (const sent of seen) expect(sent.url.href).not.toContain(ADMIN_KEY)
    expect(messages.filter((text) => text.includes(ADMIN_KEY))).toEqual([])
    // In memory only: a reload forgets it, and says so; not the demo's keys in the same view as if nothing happened.
    const view = page.url()
    await page.reload()
    const dialog = connectDialog(page)
    await expect(dialog.getByRole('alert')).toContainText('The connection ended when the page reloaded: the admin key was kept in memory only.')
    await expect(dialog.getByRole('textbox', { name: 'API base URL' })).toHaveValue(MOCK_API)
    await expect(dialog.getByLabel('Admin API key')).toBeFocused()
    await expect(dialog.getByRole('checkbox', { name: 'Remember for this tab' })).not.toBeChecked()
    await expect(banner(page)).not.toContainText('Demo data')
    expect(await placesHolding(page, ADMIN_KEY)).toEqual([])
    await page.keyboard.type(ADMIN_KEY)
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    expect(page.url()).toBe(view)
    await expect(searchBox(page)).toHaveValue('a')
  })

  test('with Remember: only in sessionStorage, a reload keeps it, and Disconnect removes it', async ({ page }) => {
    await connect(page, { remember: true })
    expect(await placesHolding(page, ADMIN_KEY)).toEqual(['sessionStorage'])
    expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('coval-connection'))) ?? 'null')).toEqual({ baseUrl: MOCK_API, apiKey: ADMIN_KEY })

    await page.reload()
    await expect(banner(page)).toContainText(`Connected to ${MOCK_HOST}`)
    await expectRowsSettled(page)
    expect(await placesHolding(page, ADMIN_KEY)).toEqual(['sessionStorage'])

    await headerAction(page, 'Disconnect')
    await expect(banner(page).getByRole('button', { name: 'Connect to API' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Not connected' })).toBeVisible()
    expect(await placesHolding(page, ADMIN_KEY)).toEqual([])
    await page.reload()
    await expect(banner(page)).not.toContainText('Connected to')
    expect(await placesHolding(page, ADMIN_KEY)).toEqual([])
  })
})
