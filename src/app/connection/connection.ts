/** Where connected mode sends requests, and with which admin key. */
export interface Connection {
  baseUrl: string
  apiKey: string
  /** Kept in this tab's sessionStorage (never localStorage): a reload keeps it, closing the tab forgets it. */
  remember: boolean
}

const SESSION_KEY = 'coval-connection'

export const PROXY_BASE = '/api-proxy'

/** The URL the Connect dialog offers: the dev proxy when one runs, else the deployment's, else Coval's. */
export function defaultBaseUrl(): string {
  if (import.meta.env.VITE_API_PROXY_TARGET) return PROXY_BASE
  return import.meta.env.VITE_API_BASE_URL || 'https://api.coval.dev'
}

/** An http(s) URL, or a path on this origin (a reverse proxy); otherwise what is wrong with it. */
export function baseUrlProblem(text: string): string | null {
  const value = text.trim()
  if (value === '') return 'Enter the API base URL.'
  if (value.startsWith('/')) return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an http:// or https:// URL.'
    if (url.search || url.hash) return 'Leave out the query and fragment: just the base, such as https://api.coval.dev.'
    return null
  } catch {
    return 'Enter a full URL, such as https://api.coval.dev.'
  }
}

export function normalizeBaseUrl(text: string): string {
  return text.trim().replace(/\/+$/, '')
}

export function loadRememberedConnection(): Connection | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const { baseUrl, apiKey } = value as Record<string, unknown>
    if (typeof baseUrl !== 'string' || typeof apiKey !== 'string' || baseUrlProblem(baseUrl) || !apiKey) return null
    return { baseUrl, apiKey, remember: true }
  } catch {
    return null
  }
}

export function saveConnection(connection: Connection): void {
  try {
    if (connection.remember) sessionStorage.setItem(SESSION_KEY, JSON.stringify({ baseUrl: connection.baseUrl, apiKey: connection.apiKey }))
    else sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // Storage blocked: the key lives in memory only, which is the default anyway.
  }
}

export function forgetConnection(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function hostOf(baseUrl: string): string {
  return baseUrl.startsWith('/') ? `${window.location.host}${baseUrl}` : new URL(baseUrl).host
}
