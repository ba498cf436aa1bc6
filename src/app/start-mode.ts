import { configureApi } from '../api/http-client'

export type AppMode = { kind: 'demo'; reset: () => void } | { kind: 'connected'; baseUrl: string }

declare global {
  interface Window {
    /** Demo mode only: fault injection for demos and tests, e.g. `covalDemo.setFaults({ latencyMs: 800 })`. */
    covalDemo?: { setFaults: (config: object) => void; clearFaults: () => void; reset: () => void }
  }
}

/** Demo mode is the default: the in-browser mock is loaded only here, and only in builds that allow it. */
export async function startMode(): Promise<AppMode> {
  if (import.meta.env.VITE_ENABLE_DEMO === 'false') {
    return { kind: 'connected', baseUrl: import.meta.env.VITE_API_BASE_URL ?? 'https://api.coval.dev' }
  }
  const { startDemoApi, DEMO_API_BASE, DEMO_API_KEY } = await import('../mocks/browser')
  const demo = startDemoApi()
  configureApi({ baseUrl: DEMO_API_BASE, apiKey: DEMO_API_KEY, fetch: demo.fetch })
  window.covalDemo = { setFaults: demo.setFaults, clearFaults: demo.clearFaults, reset: demo.reset }
  return { kind: 'demo', reset: demo.reset }
}
