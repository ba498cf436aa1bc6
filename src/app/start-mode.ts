import { createApiClient, networkFetch, type ApiClient, type ApiConfig } from '../api/http-client'
import type { DemoRestore } from '../mocks/browser'
import type { MockDialect } from '../mocks/dialect'
import { connectionEndedByReload, loadRememberedConnection, type ConnectedServer } from './connection/connection'
import { nextTask } from '../lib/next-task'

/** The server the demo plays (see MockDialect) and how many keys its seed holds. */
export interface DemoSettings {
  dialect: MockDialect
  seedCount: number
}

export interface DemoControls {
  config: Pick<ApiConfig, 'baseUrl' | 'apiKey' | 'fetch'>
  /** Puts the seed back; returns how to take that back. */
  reset: () => DemoRestore
  settings: () => DemoSettings
  setDialect: (dialect: MockDialect) => void
  /** A whole number 0..50,000; a new count reseeds the demo. */
  setSeedCount: (count: number) => void
  /** Called after the dialect or the seed count changed; returns the unsubscribe. */
  onServerChange: (listener: () => void) => () => void
  /** Called after another tab of the demo changed its keys; returns the unsubscribe. */
  onKeysChangedElsewhere: (listener: () => void) => () => void
}

/** What `window.covalDemo` offers in the browser console (demo mode only). */
export interface CovalDemoConsole {
  setFaults: (config: object) => void
  clearFaults: () => void
  reset: () => void
  setDialect: (dialect: MockDialect) => void
  setSeedCount: (count: number) => void
  settings: () => DemoSettings
}

export type AppMode =
  | { kind: 'demo' }
  /** The key is not here (React state keeps old values for a while): only the API client holds it. */
  | { kind: 'connected'; connection: ConnectedServer }
  /** `baseUrl`: the server last used, offered again by the Connect dialog, with `remember` as it was. */
  | { kind: 'disconnected'; reason?: string; baseUrl?: string; remember?: boolean }

export interface Boot {
  /** This app's API client: the only holder of the admin key. */
  api: ApiClient
  /** The in-browser mock; null in the connected-only build. */
  demo: DemoControls | null
  initial: AppMode
}

declare global {
  interface Window {
    /** Demo mode only: faults and the server it plays, e.g. `covalDemo.setFaults({ latencyMs: 800 })`, `covalDemo.setDialect('documented')`. */
    covalDemo?: CovalDemoConsole
  }
}

const DEMO_FAILED = 'The demo could not load (offline, or a new version was deployed). Reload for the latest version, or connect to an API.'
const RELOADED = 'The connection ended when the page reloaded: the admin key was kept in memory only. Connect again, or tick “Remember for this tab” to keep it across reloads.'

/**
 * Demo mode is the default; a connection remembered in this tab wins. The mock is loaded only
 * here, and only in builds that allow it.
 */
export async function startMode(): Promise<Boot> {
  const remembered = loadRememberedConnection()
  // The restored key goes straight to the client, so nothing else long-lived (React, the mode) holds it.
  const api = createApiClient(remembered ? { baseUrl: remembered.baseUrl, apiKey: remembered.apiKey } : {})
  // Connected before the reload, the key in memory only: not the demo in the same view, but what happened.
  const ended = remembered ? null : connectionEndedByReload()
  const fallback: AppMode = remembered
    ? { kind: 'connected', connection: { baseUrl: remembered.baseUrl, remember: true } }
    : ended
      ? { kind: 'disconnected', reason: RELOADED, baseUrl: ended }
      : { kind: 'disconnected' }
  if (import.meta.env.VITE_ENABLE_DEMO === 'false') return { api, demo: null, initial: fallback }
  // Its code lost to the network or to a redeploy: not a blank page, but what to do.
  const loaded = await import('../mocks/browser').catch(() => null)
  if (!loaded) return { api, demo: null, initial: remembered || ended ? fallback : { kind: 'disconnected', reason: DEMO_FAILED } }
  const { startDemoApi, DEMO_API_BASE, DEMO_API_KEY } = loaded
  const mock = startDemoApi()
  const { reset, settings, setDialect, setSeedCount, onServerChange, onKeysChangedElsewhere } = mock
  window.covalDemo = { setFaults: mock.setFaults, clearFaults: mock.clearFaults, reset: () => void reset(), setDialect, setSeedCount, settings }
  // Each answer in a task of its own, as a network answer comes: the render that asked is not lengthened by it.
  const demoFetch: typeof fetch = (input, init) => nextTask().then(() => mock.fetch(input, init))
  const demo: DemoControls = { config: { baseUrl: DEMO_API_BASE, apiKey: DEMO_API_KEY, fetch: demoFetch }, reset, settings, setDialect, setSeedCount, onServerChange, onKeysChangedElsewhere }
  return { api, demo, initial: remembered || ended ? fallback : { kind: 'demo' } }
}

/** Points the API client at the mode's server; `apiKey` is a new connection's (a restored one is set already). */
export function applyMode(api: ApiClient, mode: AppMode, demo: DemoControls | null, onUnauthenticated: () => void, apiKey?: string): void {
  if (mode.kind === 'demo' && demo) api.configure({ ...demo.config, onUnauthenticated: undefined })
  else if (mode.kind === 'connected') api.configure({ baseUrl: mode.connection.baseUrl, fetch: networkFetch, onUnauthenticated, ...(apiKey === undefined ? {} : { apiKey }) })
  else api.configure({ apiKey: null, onUnauthenticated: undefined })
}
