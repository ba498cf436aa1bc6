import type { ApiKeyRecord } from '../api/api-key-schema'
import type { ControlTarget } from './control'
import { DEFAULT_MOCK_DIALECT, type MockDialect } from './dialect'
import { faultResponse } from './fault-response'
import { FaultController } from './faults'
import { createListKeys, preloadListParsers } from './list-keys'
import { MockApiError, errorResponse, jsonResponse, type MockResult } from './responses'
import { DEFAULT_SEED_COUNT } from './seed'
import { retryingImport } from '../lib/import-again'
import type { MockSettings } from './settings'
import type { ApiKeyStore } from './store'
import { ulid } from './ulid'

export { NETWORK_ERROR, type MockResult } from './responses'

export interface MockApiOptions {
  store: ApiKeyStore
  /** API keys the mock accepts, each with its scopes (`*` = everything). */
  credentials: Record<string, readonly string[]>
  organizationId: string
  /** A fresh seed of `count` keys, for the reset control and a new seed count. */
  reseed: (count: number) => readonly ApiKeyRecord[]
  /** The server to play; `coval` unless told. */
  dialect?: MockDialect
  /** How many keys a reset puts back; 320 unless told. */
  seedCount?: number
  now?: () => Date
}

const API_PATH = /\/v1\/api-keys(?:\/([^/]+))?$/
/** The test and demo controls (`/__mock/…`), outside the API. */
const CONTROL_PATH = /\/__mock\/(audit|faults|reset|settings)$/
// Loaded on first use: the demo's first screen only reads. A load that failed (offline) is tried
// again on the next request, as a real server would answer once the network is back.
const loadWrites = retryingImport(() => import('./mock-writes'))
const loadControl = retryingImport(() => import('./control'))

/**
 * Loads the code the API's writes, filters and sorts use, ahead of the first request that needs it.
 * The demo's server runs in the page: once this is loaded it answers offline, as a server does
 * whatever the visitor's network is doing. A load that fails is tried again on the next request.
 */
export function preloadMockApiParts(): Promise<unknown> {
  return Promise.allSettled([loadWrites(), preloadListParsers()])
}

export interface MockApi {
  handle(request: Request): Promise<MockResult>
  /** Puts the seed back (faults, the dialect and the seed count stay as they are). */
  reset(): void
  faults: FaultController
  /** The server it plays (see MockDialect). */
  readonly dialect: MockDialect
  setDialect(dialect: MockDialect): void
  /** How many keys the seed holds. */
  readonly seedCount: number
  /** Reseeds with `count` keys when it differs from the current count. */
  setSeedCount(count: number): void
  settings(): MockSettings
}

/** The whole mock server as one function from a fetch Request to a Response. */
export function createMockApi(options: MockApiOptions): MockApi {
  const { store, credentials } = options
  const now = options.now ?? (() => new Date())
  const faults = new FaultController()
  const listKeys = createListKeys(store)
  let dialect = options.dialect ?? DEFAULT_MOCK_DIALECT
  let seedCount = options.seedCount ?? DEFAULT_SEED_COUNT
  const reset = () => store.replaceAll(options.reseed(seedCount))
  const setDialect = (next: MockDialect) => {
    dialect = next
  }
  const setSeedCount = (count: number) => {
    if (count === seedCount) return
    seedCount = count
    reset()
  }
  const settings = (): MockSettings => ({ dialect, seedCount })

  function authorize(request: Request, scope: string): void {
    const key = request.headers.get('x-api-key')
    if (!key) throw new MockApiError('UNAUTHENTICATED', 'Missing API key: send it in the x-api-key header.')
    const scopes = Object.hasOwn(credentials, key) ? credentials[key] : undefined
    if (!scopes) throw new MockApiError('UNAUTHENTICATED', 'The API key is not valid.')
    const [resource] = scope.split(':')
    if (!scopes.some((s) => s === '*' || s === scope || s === `${resource}:*`)) {
      throw new MockApiError('PERMISSION_DENIED', `The API key lacks the ${scope} permission.`, [
        { field: 'permissions', description: `Requires ${scope}.` },
      ])
    }
  }

  async function route(request: Request, url: URL): Promise<Response> {
    const match = API_PATH.exec(url.pathname)
    if (!match) throw new MockApiError('NOT_FOUND', `No such endpoint: ${request.method} ${url.pathname}`)
    const id = match[1] === undefined ? null : decodeURIComponent(match[1])
    const method = request.method
    if (id === null && method === 'GET') {
      authorize(request, 'api-keys:read')
      return jsonResponse(await listKeys(url.searchParams, dialect))
    }
    const writes = { store, organizationId: options.organizationId, now }
    if (id === null && method === 'POST') {
      authorize(request, 'api-keys:write')
      return (await loadWrites()).createKey(request, writes)
    }
    if (id !== null && method === 'PATCH') {
      authorize(request, 'api-keys:write')
      return (await loadWrites()).changeStatus(request, id, writes)
    }
    if (id !== null && method === 'DELETE') {
      authorize(request, 'api-keys:delete')
      return (await loadWrites()).deleteKey(id, writes)
    }
    throw new MockApiError('NOT_FOUND', `No such endpoint: ${method} ${url.pathname}`)
  }

  const controlTarget: ControlTarget = {
    faults,
    reset: () => {
      reset()
      return store.size
    },
    settings,
    changeSettings: (change: Partial<MockSettings>) => {
      if (change.dialect !== undefined) setDialect(change.dialect)
      if (change.seedCount !== undefined) setSeedCount(change.seedCount)
    },
    audit: () => store.audit,
  }

  return {
    faults,
    reset,
    get dialect() {
      return dialect
    },
    setDialect,
    get seedCount() {
      return seedCount
    },
    setSeedCount,
    settings,
    async handle(request) {
      const url = new URL(request.url)
      const requestId = `req_${ulid(now().getTime())}`
      const headers = { 'x-request-id': requestId }
      const controlMatch = CONTROL_PATH.exec(url.pathname)
      try {
        if (controlMatch?.[1]) return await (await loadControl()).handleControl(request, controlMatch[1], controlTarget)
        const latency = faults.config.latencyMs
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
        const fault = faults.take(request.method, url.pathname, url.search)
        if (fault) return faultResponse(fault, requestId)
        const response = await route(request, url)
        response.headers.set('x-request-id', requestId)
        return response
      } catch (error) {
        if (error instanceof MockApiError) return errorResponse(error, headers)
        throw error
      }
    },
  }
}
