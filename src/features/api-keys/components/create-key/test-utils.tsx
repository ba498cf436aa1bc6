import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { AppServicesProvider } from '../../../../app/app-services'
import { testServices } from '../../../../test/test-services'
// oxlint-disable-next-line no-restricted-imports -- tests run against the one mock backend, as STYLE.md asks
import { TEST_API_BASE, setupMockServer } from '../../../../mocks/node'
import { KeyDialogsProvider } from '../key-dialogs/key-dialogs-provider'
import { CreateApiKeyButton } from './create-api-key-button'
import { loadCreateApiKeyDialog } from './create-key-dialog-host'

// jsdom has no ResizeObserver; Radix measures checkboxes with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// These tests drive a dialog of some fifty Radix controls with real typing and clicks: on a busy
// two-core machine one can take longer than vitest's default five seconds.
vi.setConfig({ testTimeout: 30_000 })

export const API_KEYS_URL = `${TEST_API_BASE}/v1/api-keys`

/** The mock API behind msw, reset before each test; `posts` counts the creates that reached it. */
export function setupCreateKeyMockApi() {
  const mock = setupMockServer()
  const seen = { posts: 0 }
  mock.server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url === API_KEYS_URL) seen.posts++
  })
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mock.api.reset()
    mock.api.faults.clear()
    seen.posts = 0
  })
  afterEach(() => mock.server.resetHandlers())
  afterAll(() => mock.server.close())
  return Object.assign(mock, { seen })
}

/** Renders `ui` as the app does: in a fresh app's services (query client, a client of the mock, toasts), with the one host of the key dialogs. */
export function renderWithClient(ui: ReactNode) {
  const services = testServices()
  const user = userEvent.setup()
  const wrap = (content: ReactNode) => (
    <AppServicesProvider services={services}>
      <KeyDialogsProvider page="test">{content}</KeyDialogsProvider>
    </AppServicesProvider>
  )
  const result = render(wrap(ui))
  return { ...result, ...services, services, user, rerender: (next: ReactNode) => result.rerender(wrap(next)) }
}

/** Renders the header's button and opens the dialog. */
export async function openCreateDialog() {
  // Loaded first, as the page does when idle: jsdom's act would not wake a suspended first render.
  await loadCreateApiKeyDialog()
  const rendered = renderWithClient(<CreateApiKeyButton />)
  await rendered.user.click(screen.getByRole('button', { name: 'Create key' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create API key' })
  return { ...rendered, dialog }
}

export type User = ReturnType<typeof userEvent.setup>

/** Fills what the form requires; permissions stay on Full access unless `scopes` are given. */
export async function fillForm(user: User, dialog: HTMLElement, options: { name?: string; environment?: string; scopes?: string[] } = {}) {
  const { name = 'Deploy bot', environment = 'Production', scopes } = options
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name)
  await user.click(within(dialog).getByRole('radio', { name: environment }))
  if (scopes) {
    await user.click(within(dialog).getByRole('radio', { name: 'Restricted' }))
    for (const scope of scopes) await user.click(within(dialog).getByRole('checkbox', { name: scope }))
  }
}
