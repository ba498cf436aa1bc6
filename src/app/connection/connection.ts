import { findBaseUrlProblem, normalizeBaseUrl } from '../../api/base-url-rules'

export { hostOf, normalizeBaseUrl } from '../../api/base-url-rules'

/** Where connected mode sends requests; the key itself lives only in the API client's config. */
export interface ConnectedServer {
  baseUrl: string
  /** Kept in this tab's sessionStorage (never localStorage): a reload keeps it, closing the tab forgets it. */
  remember: boolean
}

/** What the Connect dialog hands over, once: the server and the admin key. */
export interface Connection extends ConnectedServer {
  apiKey: string
}

const COVAL_API = 'https://api.coval.dev'

const SESSION_KEY = 'coval-connection'
/** The server this tab is connected to, kept (without its key) whether or not the key is remembered. */
const CONNECTED_TO_KEY = 'coval-connected-to'

export const PROXY_BASE = '/api-proxy'

/** The URL the Connect dialog offers: the dev proxy when one runs, else the deployment's, else Coval's. */
export function defaultBaseUrl(): string {
  if (import.meta.env.VITE_API_PROXY_TARGET) return PROXY_BASE
  const configured = import.meta.env.VITE_API_BASE_URL
  // A deployment's preset is offered only if the key may go there.
  return configured && findBaseUrlProblem(configured) === null ? configured : COVAL_API
}

export function loadRememberedConnection(): Connection | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const { baseUrl, apiKey } = value as Record<string, unknown>
    if (typeof baseUrl !== 'string' || typeof apiKey !== 'string' || findBaseUrlProblem(baseUrl) || !apiKey) {
      // A key stored for a server it may not go to is not kept either.
      forgetConnection()
      return null
    }
    return { baseUrl: normalizeBaseUrl(baseUrl), apiKey, remember: true }
  } catch {
    return null
  }
}

export function saveConnection(connection: Connection): void {
  try {
    sessionStorage.setItem(CONNECTED_TO_KEY, connection.baseUrl)
    if (connection.remember) sessionStorage.setItem(SESSION_KEY, JSON.stringify({ baseUrl: connection.baseUrl, apiKey: connection.apiKey }))
    else sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // Storage blocked: the key lives in memory only, which is the default anyway.
  }
}

export function forgetConnection(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY)
    sessionStorage.removeItem(CONNECTED_TO_KEY)
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * The server this tab was connected to when the page reloaded with the key in memory only (not
 * remembered), so the connection ended with the reload: the app says so and asks for the key again,
 * rather than showing the demo's keys in the same view as if nothing had happened. Null otherwise.
 */
export function connectionEndedByReload(): string | null {
  try {
    const baseUrl = sessionStorage.getItem(CONNECTED_TO_KEY)
    if (baseUrl === null || sessionStorage.getItem(SESSION_KEY) !== null) return null
    return findBaseUrlProblem(baseUrl) === null ? normalizeBaseUrl(baseUrl) : null
  } catch {
    return null
  }
}
