import * as z from 'zod/mini'
import { apiKeyRecordSchema, type ApiKeyRecord } from '../api/api-key-schema'
import { createMockBackend } from './backend'
import { faultConfigSchema, type FaultConfig } from './faults'
import { NETWORK_ERROR } from './mock-api'

export const DEMO_API_BASE = '/demo-api'
export const DEMO_API_KEY = 'coval_demo_admin_key'
// Only the mock's masked records are kept: the demo's state survives a reload, a secret never does.
const STORAGE_KEY = 'coval-demo-store:v1'

function loadSaved(): ApiKeyRecord[] | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (raw === null) return undefined
    const parsed = z.array(apiKeyRecordSchema).safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

export interface DemoApi {
  /** A `fetch` that answers from the in-browser mock, as the real API would over the network. */
  fetch: typeof fetch
  reset: () => void
  setFaults: (config: Partial<FaultConfig>) => void
  clearFaults: () => void
}

/** Starts the in-browser mock API that demo mode talks to. */
export function startDemoApi(): DemoApi {
  const saved = loadSaved()
  const backend = createMockBackend({ adminKey: DEMO_API_KEY, initial: saved })
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(backend.store.all()))
    } catch {
      // Storage full or blocked: the demo still works, it just will not survive a reload.
    }
  }
  backend.store.subscribe(save)
  // Saved at once so a reload shows the same keys, not a seed recomputed from a later clock.
  if (!saved) save()

  const demoFetch: typeof fetch = async (input, init) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.origin) : input, init)
    const { signal } = request
    if (signal.aborted) throw abortError(signal)
    // A timeout or a caller's abort ends the wait, as it would for a real request.
    const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(abortError(signal)), { once: true }))
    const result = await Promise.race([backend.api.handle(request), aborted])
    if (result === NETWORK_ERROR) throw new TypeError('Failed to fetch')
    return result
  }

  return {
    fetch: demoFetch,
    reset: () => backend.api.reset(),
    setFaults: (config) => backend.api.faults.set(faultConfigSchema.parse(config)),
    clearFaults: () => backend.api.faults.clear(),
  }
}
