import { ApiError, errorFromResponse, requestIdOf } from './api-error'
import { connectionOrigin, pageOrigin } from './base-url-rules'

export interface ApiConfig {
  /** e.g. `https://api.coval.dev`, or a same-origin prefix such as `/api-proxy`. */
  baseUrl: string
  apiKey: string | null
  timeoutMs: number
  /** The transport; demo mode swaps in the in-browser mock here. */
  fetch: typeof fetch
  /** Told when the server rejects the key (401), so the app can drop it and ask again. */
  onUnauthenticated?: () => void
}

export const DEFAULT_TIMEOUT_MS = 15_000

/** The browser's own fetch, called late so tests and polyfills that replace it are honoured. */
export const networkFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)

/**
 * Where requests go and with which key, for one app (demo, connected, proxy): the admin key lives
 * here and nowhere else, so dropping the client's key drops every copy.
 */
export interface ApiClient {
  config: () => Readonly<ApiConfig>
  /** The app repoints it (demo, connected, disconnected); the endpoint functions read it per request. */
  configure: (next: Partial<ApiConfig>) => void
}

export function createApiClient(initial: Partial<ApiConfig> = {}): ApiClient {
  let config: ApiConfig = { baseUrl: 'https://api.coval.dev', apiKey: null, timeoutMs: DEFAULT_TIMEOUT_MS, fetch: networkFetch, ...initial }
  return {
    config: () => config,
    configure: (next) => {
      config = { ...config, ...next }
    },
  }
}

export type QueryValue = string | number | undefined | null

export interface RequestOptions<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal
  /** Reads the response body's JSON: undefined when it is not what was asked for. Omit for responses without a body (204). */
  read?: (json: unknown) => T | undefined
  timeoutMs?: number
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const base = baseUrl.replace(/\/+$/, '')
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value))
  }
  const search = params.toString()
  return `${base}${path}${search ? `?${search}` : ''}`
}

/** One request to the API: JSON in and out, the key in `x-api-key`, a timeout, typed failures. */
export async function apiRequest<T>(api: ApiClient, options: RequestOptions<T>): Promise<T> {
  const { baseUrl, apiKey, timeoutMs, fetch: send, onUnauthenticated } = api.config()
  const timeout = AbortSignal.timeout(options.timeoutMs ?? timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const url = buildUrl(baseUrl, options.path, options.query)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (apiKey) {
    // The last line of defence: the key only ever goes to the origin its base URL names.
    if (!sameOriginAsConnection(url, baseUrl)) throw keyWithheld()
    headers['x-api-key'] = apiKey
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json'

  let response: Response
  try {
    response = await send(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
    })
  } catch (cause) {
    // A caller's abort is not a failure to report: let React Query see the AbortError as is.
    if (options.signal?.aborted) throw cause
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', status: null, code: 'TIMEOUT', message: 'The server took too long to answer.' })
    }
    throw new ApiError({
      kind: 'network',
      status: null,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached. Check the connection, or whether the browser blocked the request (CORS).',
    })
  }

  if (!response.ok) {
    const error = await errorFromResponse(response)
    if (error.status === 401) onUnauthenticated?.()
    throw error
  }
  if (!options.read) return undefined as T
  return readBody(response, options.read)
}

/** Whether `url` resolves to the origin `baseUrl` names (a path: this page's), and `baseUrl` is one the key may go to. */
export function sameOriginAsConnection(url: string, baseUrl: string): boolean {
  const expected = connectionOrigin(baseUrl)
  if (expected === null) return false
  try {
    return new URL(url, pageOrigin()).origin === expected
  } catch {
    return false
  }
}

function keyWithheld(): ApiError {
  return new ApiError({
    kind: 'network',
    status: null,
    code: 'KEY_WITHHELD',
    message: 'The admin key was not sent: the request would have gone to another site than the connection’s. Check the API base URL.',
  })
}

async function readBody<T>(response: Response, read: (json: unknown) => T | undefined): Promise<T> {
  // A success has no error envelope: only the headers can carry its id.
  const requestId = requestIdOf(response.headers)
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw invalidResponse(requestId)
  }
  const body = read(json)
  if (body === undefined) throw invalidResponse(requestId)
  return body
}

function invalidResponse(requestId: string | null): ApiError {
  return new ApiError({
    kind: 'invalid-response',
    status: null,
    code: 'INVALID_RESPONSE',
    message: 'The server sent a response this dashboard does not understand.',
    requestId,
  })
}
