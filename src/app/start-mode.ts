import { configureApi, networkFetch, type ApiConfig } from '../api/http-client'
import { loadRememberedConnection, type Connection } from './connection/connection'

export interface DemoControls {
  config: Pick<ApiConfig, 'baseUrl' | 'apiKey' | 'fetch'>
  reset: () => void
}

export type AppMode =
  | { kind: 'demo' }
  | { kind: 'connected'; connection: Connection }
  /** `baseUrl`: the server last used, offered again by the Connect dialog. */
  | { kind: 'disconnected'; reason?: string; baseUrl?: string }

export interface Boot {
  /** The in-browser mock; null in the connected-only build. */
  demo: DemoControls | null
  initial: AppMode
}

declare global {
  interface Window {
    /** Demo mode only: fault injection for demos and tests, e.g. `covalDemo.setFaults({ latencyMs: 800 })`. */
    covalDemo?: { setFaults: (config: object) => void; clearFaults: () => void; reset: () => void }
  }
}

/**
 * Demo mode is the default; a connection remembered in this tab wins. The mock is loaded only
 * here, and only in builds that allow it.
 */
export async function startMode(): Promise<Boot> {
  const remembered = loadRememberedConnection()
  const fallback: AppMode = remembered ? { kind: 'connected', connection: remembered } : { kind: 'disconnected' }
  if (import.meta.env.VITE_ENABLE_DEMO === 'false') return { demo: null, initial: fallback }
  const { startDemoApi, DEMO_API_BASE, DEMO_API_KEY } = await import('../mocks/browser')
  const api = startDemoApi()
  window.covalDemo = { setFaults: api.setFaults, clearFaults: api.clearFaults, reset: api.reset }
  const demo: DemoControls = { config: { baseUrl: DEMO_API_BASE, apiKey: DEMO_API_KEY, fetch: api.fetch }, reset: api.reset }
  return { demo, initial: remembered ? fallback : { kind: 'demo' } }
}

/** Points the API client at the mode's server. */
export function applyMode(mode: AppMode, demo: DemoControls | null, onUnauthenticated: () => void): void {
  if (mode.kind === 'demo' && demo) configureApi({ ...demo.config, onUnauthenticated: undefined })
  else if (mode.kind === 'connected') configureApi({ baseUrl: mode.connection.baseUrl, apiKey: mode.connection.apiKey, fetch: networkFetch, onUnauthenticated })
  else configureApi({ apiKey: null, onUnauthenticated: undefined })
}
