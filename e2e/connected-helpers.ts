import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test'
import { expect, type FaultConfig } from './fixtures'
import { actionsButton, bodyRows, expectRowsSettled, rowMenu, rowOf, searchBox, type Status } from './page-helpers'

/** The mock API that playwright.config.ts starts (`npm run mock-api`), one server shared by every test. */
export const MOCK_API_PORT = Number(process.env.E2E_MOCK_API_PORT ?? 24787)
export const MOCK_API = `http://127.0.0.1:${MOCK_API_PORT}`
export const MOCK_HOST = `127.0.0.1:${MOCK_API_PORT}`
export const ADMIN_KEY = 'e2e_admin_key'
export const READONLY_KEY = `${ADMIN_KEY}-readonly`
export const NOACCESS_KEY = `${ADMIN_KEY}-noaccess`
/** A port where nothing listens. */
export const DEAD_API = `http://127.0.0.1:${Number(process.env.E2E_DEAD_PORT ?? 41799)}`

export const ALL_STATUSES: readonly Status[] = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED']

export interface ServerKey {
  id: string
  name: string | null
  api_key: string
  key_type: string
  environment?: string
  status: Status
  permissions: string[]
  create_time: string
}
export type NamedKey = ServerKey & { name: string }

// --- The mock API over HTTP, as a test's own client ---------------------------------------------

export async function resetMockApi(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${MOCK_API}/__mock/reset`)
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ count: 320 })
}

export async function setFaults(request: APIRequestContext, config: FaultConfig): Promise<void> {
  const response = await request.post(`${MOCK_API}/__mock/faults`, { data: config })
  expect(response.status(), await response.text()).toBe(200)
}

export async function clearFaults(request: APIRequestContext): Promise<void> {
  expect((await request.delete(`${MOCK_API}/__mock/faults`)).status()).toBe(200)
}

export type MockDialect = 'documented' | 'coval' | 'aip160'
export interface MockSettings {
  dialect: MockDialect
  seedCount: number
}

/** Changes the server the mock plays or its seed size (a new size reseeds); a reset keeps both. */
export async function setMockSettings(request: APIRequestContext, change: Partial<MockSettings>): Promise<MockSettings> {
  const response = await request.post(`${MOCK_API}/__mock/settings`, { data: change })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

/** A value in a filter, double-quoted as both of the mock's filter dialects read it. */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** One list page from the server, with the admin key; every status unless told otherwise. */
export async function listOnServer(
  request: APIRequestContext,
  params: { filter?: string; status?: readonly Status[]; pageToken?: string } = {},
): Promise<{ api_keys: ServerKey[]; next_page_token: string | null; total_count: number }> {
  const query: Record<string, string> = { status: (params.status ?? ALL_STATUSES).join(','), page_size: '100' }
  if (params.filter) query.filter = params.filter
  if (params.pageToken) query.page_token = params.pageToken
  const response = await request.get(`${MOCK_API}/v1/api-keys`, { headers: { 'x-api-key': ADMIN_KEY }, params: query })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

/** Every key the server holds. */
export async function allServerKeys(request: APIRequestContext): Promise<ServerKey[]> {
  const keys: ServerKey[] = []
  let token: string | undefined
  do {
    const page = await listOnServer(request, { pageToken: token })
    keys.push(...page.api_keys)
    token = page.next_page_token ?? undefined
  } while (token)
  return keys
}

/** The server's record of one key by id, through a filtered list; undefined once deleted. */
export async function serverKey(request: APIRequestContext, key: { id: string; name: string }): Promise<ServerKey | undefined> {
  // `=` with a quoted value: the one form the default (coval) mock and an AIP-160 one both read.
  const { api_keys } = await listOnServer(request, { filter: `name = ${filterString(key.name)}` })
  return api_keys.find((k) => k.id === key.id)
}

// --- What went over the wire ------------------------------------------------------------------

export interface SeenRequest {
  url: URL
  method: string
  headers: Record<string, string>
  /** Date.now() when the browser sent it. */
  at: number
}

/** Every request the page sends (CORS preflights are not reported by the browser as requests). */
export function recordRequests(page: Page): SeenRequest[] {
  const seen: SeenRequest[] = []
  page.on('request', (request) => {
    seen.push({ url: new URL(request.url()), method: request.method(), headers: request.headers(), at: Date.now() })
  })
  return seen
}

export const toMockApi = (seen: readonly SeenRequest[]): SeenRequest[] => seen.filter((r) => r.url.host === MOCK_HOST && r.method !== 'OPTIONS')
export const listRequests = (seen: readonly SeenRequest[]): SeenRequest[] =>
  toMockApi(seen).filter((r) => r.method === 'GET' && r.url.pathname === '/v1/api-keys')

// --- The page ---------------------------------------------------------------------------------

/** The page header (a CSS locator: a modal dialog hides it from the accessibility tree). */
export const banner = (page: Page): Locator => page.locator('header:has([role="group"][aria-label="Mode"])')
export const connectDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Connect to the Coval API' })
export const loadError = (page: Page): Locator => page.getByRole('alert').filter({ hasText: 'Could not load the keys' })

/** Runs one of the header's mode actions: its button from 1280 px wide, the More menu's item below. */
export async function headerAction(page: Page, label: string): Promise<void> {
  const button = banner(page).getByRole('button', { name: label, exact: true })
  const more = banner(page).getByRole('button', { name: 'More actions' })
  await expect(button.or(more)).toBeVisible()
  if (await button.isVisible()) return button.click()
  await more.click()
  // A menu item that opens a dialog ends with "…".
  await page.getByRole('menuitem', { name: new RegExp(`^${label}…?$`) }).click()
}

/** Opens the Connect dialog from the header. */
export async function openConnectDialog(page: Page): Promise<Locator> {
  await headerAction(page, 'Connect to API')
  const dialog = connectDialog(page)
  await expect(dialog).toBeVisible()
  return dialog
}

/** Fills the Connect dialog (already open). */
export async function fillConnection(dialog: Locator, { baseUrl = MOCK_API, key = ADMIN_KEY, remember = false } = {}): Promise<void> {
  await dialog.getByRole('textbox', { name: 'API base URL' }).fill(baseUrl)
  await dialog.getByLabel('Admin API key').fill(key)
  await dialog.getByRole('checkbox', { name: /Remember for this tab/ }).setChecked(remember)
}

/** Loads the page (demo mode), connects to the mock API (or `baseUrl`) through the dialog and waits for the list. */
export async function connect(page: Page, options: { key?: string; remember?: boolean; path?: string; baseUrl?: string } = {}): Promise<void> {
  await page.goto(options.path ?? '/')
  const dialog = await openConnectDialog(page)
  await fillConnection(dialog, options)
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(banner(page)).toContainText(`Connected to ${options.baseUrl ? new URL(options.baseUrl).host : MOCK_HOST}`)
  await expectRowsSettled(page)
}

/** Opens the app connected to `base` (a connection remembered in this tab, no dialog), at `search`. */
export async function openConnected(page: Page, base: string, search: string): Promise<void> {
  await page.addInitScript(
    ({ baseUrl, apiKey }) => sessionStorage.setItem('coval-connection', JSON.stringify({ baseUrl, apiKey })),
    { baseUrl: base, apiKey: ADMIN_KEY },
  )
  await page.goto(`/${search}`)
}

/** Searches the table down to one key; returns its row. */
export async function showKey(page: Page, key: NamedKey): Promise<Locator> {
  await searchBox(page).fill(key.name)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(key.name)
  const row = rowOf(page, key.id)
  await expect(row).toHaveCount(1)
  await expectRowsSettled(page)
  await expect(bodyRows(page)).toHaveCount(1)
  return row
}

/** Chooses an action from a row's menu (without waiting for the menu first, unlike key-actions-helpers' one). */
export async function chooseRowAction(page: Page, key: NamedKey, verb: 'Suspend' | 'Reactivate' | 'Revoke' | 'Delete'): Promise<void> {
  await actionsButton(page, key).click()
  const menu = rowMenu(page, key)
  await menu.getByRole('menuitem', { name: `${verb} ${key.name}`, exact: true }).click()
  await expect(menu).toBeHidden()
}

/** Where a secret could linger in the page: storage, cookies, the URL, the DOM and its text. */
export async function placesHolding(page: Page, secret: string): Promise<string[]> {
  const cookies = JSON.stringify(await page.context().cookies())
  const found = await page.evaluate((needle) => {
    const places: Record<string, string> = {
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      documentCookie: document.cookie,
      url: location.href,
      historyState: JSON.stringify(history.state),
      text: document.body.innerText,
      html: document.documentElement.outerHTML,
    }
    return Object.entries(places)
      .filter(([, value]) => value.includes(needle))
      .map(([place]) => place)
  }, secret)
  return cookies.includes(secret) ? [...found, 'cookies'] : found
}

/** Chromium logs every 4xx/5xx and failed load as a console error; a test expecting them says so. */
export function allowFailedLoads(testInfo: TestInfo): void {
  testInfo.annotations.push({ type: 'allows', description: 'Failed to load resource' })
}

export function unexpectedConsoleErrors(errors: readonly string[], testInfo: TestInfo): string[] {
  const allowed = testInfo.annotations.filter((a) => a.type === 'allows').map((a) => a.description ?? '')
  return errors.filter((text) => !allowed.some((pattern) => text.includes(pattern)))
}
