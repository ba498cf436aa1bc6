import { configureApi } from '../api/http-client'

export type AppMode =
  | { kind: 'demo'; reset: () => void }
  | { kind: 'demo-unavailable'; reason: string }
  | { kind: 'connected'; baseUrl: string }

/** Demo mode is the default: the in-browser mock is loaded only here, and only in builds that allow it. */
export async function startMode(): Promise<AppMode> {
  if (import.meta.env.VITE_ENABLE_DEMO === 'false') {
    return { kind: 'connected', baseUrl: import.meta.env.VITE_API_BASE_URL ?? 'https://api.coval.dev' }
  }
  try {
    const { startDemoApi, DEMO_API_BASE, DEMO_API_KEY } = await import('../mocks/browser')
    const demo = await startDemoApi()
    configureApi({ baseUrl: DEMO_API_BASE, apiKey: DEMO_API_KEY })
    return { kind: 'demo', reset: demo.reset }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { kind: 'demo-unavailable', reason }
  }
}
