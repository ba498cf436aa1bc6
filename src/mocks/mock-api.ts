import type { ApiKeyRecord } from '../api/api-key-schema'
import { KEY_STATUSES, isKnown } from '../api/enums'
import { canTransition } from '../api/lifecycle'
import { REASON_MAX } from '../api/api-key-schema'
import { codePointLength } from '../api/text-length'
import { faultConfigSchema, FaultController, type Fault } from './faults'
import { listKeys } from './list-keys'
import { maskSecret, newSecret } from './mask'
import { MockApiError, errorResponse, invalidArgument, jsonResponse } from './responses'
import type { ApiKeyStore } from './store'
import { ulid } from './ulid'
import { validateCreate } from './validate-create'

/** Answered by the transport (msw or the HTTP server) as a dropped connection. */
export const NETWORK_ERROR = Symbol('network error')
export type MockResult = Response | typeof NETWORK_ERROR

export interface MockApiOptions {
  store: ApiKeyStore
  /** API keys the mock accepts, each with its scopes (`*` = everything). */
  credentials: Record<string, readonly string[]>
  organizationId: string
  /** Puts the seed back, for the reset control. */
  reseed: () => readonly ApiKeyRecord[]
  now?: () => Date
}

const API_PATH = /\/v1\/api-keys(?:\/([^/]+))?$/
const CONTROL_PATH = /\/__mock\/(faults|reset)$/

export interface MockApi {
  handle(request: Request): Promise<MockResult>
  /** Puts the seed back (faults stay as they are). */
  reset(): void
  faults: FaultController
}

/** The whole mock server as one function from a fetch Request to a Response. */
export function createMockApi(options: MockApiOptions): MockApi {
  const { store, credentials } = options
  const now = options.now ?? (() => new Date())
  const faults = new FaultController()
  const reset = () => store.replaceAll(options.reseed())

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

  async function readJson(request: Request): Promise<unknown> {
    try {
      return await request.json()
    } catch {
      throw new MockApiError('INVALID_ARGUMENT', 'The request body is not valid JSON.')
    }
  }

  async function route(request: Request, url: URL): Promise<Response> {
    const match = API_PATH.exec(url.pathname)
    if (!match) throw new MockApiError('NOT_FOUND', `No such endpoint: ${request.method} ${url.pathname}`)
    const id = match[1] === undefined ? null : decodeURIComponent(match[1])
    const method = request.method
    if (id === null && method === 'GET') {
      authorize(request, 'api-keys:read')
      return jsonResponse(listKeys(store.all(), url.searchParams))
    }
    if (id === null && method === 'POST') {
      authorize(request, 'api-keys:write')
      const input = validateCreate(await readJson(request))
      const time = now()
      const secret = newSecret(input.environment)
      const record: ApiKeyRecord = {
        id: ulid(time.getTime()),
        organization_id: options.organizationId,
        api_key: maskSecret(secret),
        ...input,
        status: 'ACTIVE',
        create_time: time.toISOString(),
        update_time: null,
        last_used_at: null,
      }
      store.insert(record)
      return jsonResponse({ api_key: { ...record, api_key: secret } }, 201)
    }
    if (id !== null && method === 'PATCH') {
      authorize(request, 'api-keys:write')
      const body = await readJson(request)
      const current = store.get(id)
      if (!current) throw new MockApiError('NOT_FOUND', `API key ${id} not found.`)
      const { status, reason } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
      if (typeof status !== 'string' || !isKnown(KEY_STATUSES, status)) {
        throw invalidArgument('status', `status must be one of ${KEY_STATUSES.join(', ')}.`)
      }
      if (reason !== undefined && reason !== null && (typeof reason !== 'string' || codePointLength(reason) > REASON_MAX)) {
        throw invalidArgument('reason', `The reason must be text of at most ${REASON_MAX} characters.`)
      }
      if (!canTransition(current.status, status)) {
        const why = current.status === 'REVOKED' ? 'A revoked key cannot change status.' : `A key cannot go from ${current.status} to ${status}.`
        throw invalidArgument('status', why)
      }
      const updated = store.setStatus(id, status, now().toISOString(), typeof reason === 'string' ? reason : undefined)
      return jsonResponse({ api_key: updated })
    }
    if (id !== null && method === 'DELETE') {
      authorize(request, 'api-keys:delete')
      if (!store.remove(id, now().toISOString())) throw new MockApiError('NOT_FOUND', `API key ${id} not found.`)
      return new Response(null, { status: 204 })
    }
    throw new MockApiError('NOT_FOUND', `No such endpoint: ${method} ${url.pathname}`)
  }

  async function control(request: Request, what: string): Promise<Response> {
    if (what === 'reset' && request.method === 'POST') {
      reset()
      faults.clear()
      return jsonResponse({ count: store.size })
    }
    if (what === 'faults' && request.method === 'DELETE') {
      faults.clear()
      return jsonResponse(faults.config)
    }
    if (what === 'faults' && request.method === 'POST') {
      const parsed = faultConfigSchema.safeParse(await readJson(request))
      if (!parsed.success) throw new MockApiError('INVALID_ARGUMENT', parsed.error.message)
      faults.set(parsed.data)
      return jsonResponse(faults.config)
    }
    if (what === 'faults' && request.method === 'GET') return jsonResponse(faults.config)
    throw new MockApiError('NOT_FOUND', `No such control: ${request.method} ${what}`)
  }

  return {
    faults,
    reset,
    async handle(request) {
      const url = new URL(request.url)
      const requestId = `req_${ulid(now().getTime())}`
      const headers = { 'x-request-id': requestId }
      const controlMatch = CONTROL_PATH.exec(url.pathname)
      try {
        if (controlMatch?.[1]) return await control(request, controlMatch[1])
        const latency = faults.config.latencyMs
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
        const fault = faults.take(request.method, url.pathname)
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

function faultResponse(fault: Fault, requestId: string): MockResult {
  if (fault.kind === 'network') return NETWORK_ERROR
  const headers: Record<string, string> = { 'x-request-id': requestId }
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds)
  if (fault.body === 'html') {
    return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
      status: fault.status,
      headers: { ...headers, 'content-type': 'text/html' },
    })
  }
  const known = { 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 400: 'INVALID_ARGUMENT' } as const
  const code = (known as Record<number, string>)[fault.status] ?? (fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL')
  const message = fault.status === 429 ? 'Rate limit exceeded.' : fault.status >= 500 ? 'Internal error (injected).' : 'Injected failure.'
  return jsonResponse({ error: { code, message, details: [] } }, fault.status, headers)
}
