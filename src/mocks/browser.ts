import { setupWorker } from 'msw/browser'
import { apiKeyRecordSchema, type ApiKeyRecord } from '../api/api-key-schema'
import { createMockBackend } from './backend'
import { createHandlers } from './msw-handlers'

export const DEMO_API_BASE = '/demo-api'
export const DEMO_API_KEY = 'coval_demo_admin_key'
// Only the mock's masked records are kept: the demo's state survives a reload, a secret never does.
const STORAGE_KEY = 'coval-demo-store:v1'

function loadSaved(): ApiKeyRecord[] | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (raw === null) return undefined
    const parsed = apiKeyRecordSchema.array().safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Starts the in-browser mock API that demo mode talks to. */
export async function startDemoApi(): Promise<{ reset: () => void }> {
  const backend = createMockBackend({ adminKey: DEMO_API_KEY, initial: loadSaved() })
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(backend.store.all()))
    } catch {
      // Storage full or blocked: the demo still works, it just will not survive a reload.
    }
  }
  backend.store.subscribe(save)
  const worker = setupWorker(...createHandlers(backend.api, `${location.origin}${DEMO_API_BASE}`))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } })
  return { reset: () => backend.api.reset() }
}
