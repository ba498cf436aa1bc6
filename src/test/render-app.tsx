import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'
import { preloadConnectedBadge } from '../app/app-header'
import { createAppServices } from '../app/app-services'
import type { Boot } from '../app/start-mode'
import { saveTheme } from '../app/theme'
import { preloadToastCard } from '../components/ui/toaster'
import { loadCreateApiKeyDialog } from '../features/api-keys/components/create-key/create-key-dialog-host'
import { preloadActionDialog, preloadListReading } from '../features/api-keys/components/keys-list-view'
import { preloadRowActionsMenu } from '../features/api-keys/components/keys-table/row-actions-cell'
import { TEST_API_BASE, testApiClient } from './mock-api-server'

export interface RenderAppOptions {
  /** Where the app starts (path and query), as a pasted link would. */
  url?: string
  theme?: 'light' | 'dark'
}

/**
 * The whole app (query client, URL state, toaster, theme) connected to the msw/node mock API
 * that `startMockApiServer` runs, which also points the client at it. Resolves once the
 * table (or, with no keys at all, the empty state) is shown.
 */
export async function renderApp({ url = '/', theme = 'light' }: RenderAppOptions = {}) {
  // Loaded first, as the page does when idle: jsdom's act would not wake a suspended first render.
  await Promise.all([preloadRowActionsMenu(), preloadActionDialog(), preloadToastCard(), loadCreateApiKeyDialog(), preloadListReading(), preloadConnectedBadge()])
  // A fresh visit: the browser keeps nothing from the last test (column choices, saved views, the theme);
  // the app's own state is the fresh App's.
  localStorage.clear()
  sessionStorage.clear()
  window.history.replaceState(null, '', url)
  saveTheme(theme)
  // Connected, as to a real server: requests go over global fetch, which msw/node answers.
  const boot: Boot = { api: testApiClient(), demo: null, initial: { kind: 'connected', connection: { baseUrl: TEST_API_BASE, remember: false } } }
  const user = userEvent.setup()
  const rendered = render(<App boot={boot} services={createAppServices(boot)} />)
  await waitFor(() => expect(screen.queryByRole('table') ?? screen.queryByRole('heading', { name: 'No API keys yet' })).not.toBeNull(), { timeout: 15_000 })
  return { ...rendered, user }
}

/** The URL's query as an object, for asserting what the address says. */
export function urlParams(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(window.location.search))
}
