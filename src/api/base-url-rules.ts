/**
 * Where the admin key may go: an absolute http(s) URL, or a path on this page's own origin. The
 * rules alone, as every request checks them (http-client.ts); base-url.ts words each problem for the
 * Connect dialog, which loads on first use.
 */

// White space and invisible format characters; control characters are checked by code below.
const SPACE_OR_INVISIBLE = /[\s\u200b-\u200f\u2060\ufeff]/u
const NON_ASCII = /[^!-~]/

function hasSpaceOrControl(value: string): boolean {
  if (SPACE_OR_INVISIBLE.test(value)) return true
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  }
  return false
}
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
// `localhost:8787`, `api.example:443`: a host and port without a scheme.
const HOST_AND_PORT = /^(localhost|[^/:]*\.[^/:]*):\d+(\/|$)/i
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

/** What is wrong with a base URL (base-url.ts says it in words). */
export type BaseUrlProblem =
  | { kind: 'empty' | 'space' | 'backslash' | 'not-full' | 'credentials' | 'query' | 'unparsable' }
  | { kind: 'scheme' | 'slashes' | 'no-host'; scheme: string }
  | { kind: 'host-differs'; host: string }
  | { kind: 'path-other-host' | 'path-empty' | 'path-backslash' | 'path-query' | 'path-other-site' | 'path-unparsable' }

/** This page's origin; a fixed one outside a browser, so the rules still hold in tests. */
export function pageOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost'
}

/** What is wrong with a base URL; null when the key may go there. */
export function findBaseUrlProblem(text: string, origin: string = pageOrigin()): BaseUrlProblem | null {
  const value = text.trim()
  if (value === '') return { kind: 'empty' }
  // The URL parser drops tabs and line breaks and reads \ as /: what is shown must be what is used.
  if (hasSpaceOrControl(value)) return { kind: 'space' }
  if (value.startsWith('/') || value.startsWith('\\')) return pathProblem(value, origin)
  if (value.includes('\\')) return { kind: 'backslash' }
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme === undefined || HOST_AND_PORT.test(value)) return { kind: 'not-full' }
  if (scheme !== 'http' && scheme !== 'https') return { kind: 'scheme', scheme }
  const authority = /^https?:\/\/([^/?#]*)/i.exec(value)?.[1]
  if (authority === undefined) return { kind: 'slashes', scheme }
  if (authority.includes('@')) return { kind: 'credentials' }
  if (authority === '') return { kind: 'no-host', scheme }
  if (value.includes('?') || value.includes('#')) return { kind: 'query' }
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return { kind: 'unparsable' }
  }
  const shown = impliedHost(authority, url.protocol)
  // A non-ASCII host is shown in Unicode and sent in punycode; only the parser can compare those.
  const sent = NON_ASCII.test(authority) ? new URL(`${url.protocol}//${authority}`).host : url.host
  if (shown !== null && shown !== sent) return { kind: 'host-differs', host: url.host }
  return null
}

/** A same-origin path: `/` and then anything but `/` or `\` (`//host` and `/\host` are another host). */
function pathProblem(value: string, origin: string): BaseUrlProblem | null {
  if (value.startsWith('\\') || value[1] === '/' || value[1] === '\\') return { kind: 'path-other-host' }
  if (value.length === 1) return { kind: 'path-empty' }
  if (value.includes('\\')) return { kind: 'path-backslash' }
  if (value.includes('?') || value.includes('#')) return { kind: 'path-query' }
  try {
    if (new URL(value, origin).origin !== origin) return { kind: 'path-other-site' }
  } catch {
    return { kind: 'path-unparsable' }
  }
  return null
}

/** The host as the text writes it (lower case, default port dropped), or null when only the parser can tell. */
function impliedHost(authority: string, protocol: string): string | null {
  if (NON_ASCII.test(authority)) return null
  const lower = authority.toLowerCase()
  const port = /:(\d*)$/.exec(lower)
  if (port && !lower.endsWith(']') && (port[1] === '' || port[1] === DEFAULT_PORTS[protocol])) return lower.slice(0, port.index)
  return lower
}

/** The origin requests to `baseUrl` must reach, or null when the key may not go there at all. */
export function connectionOrigin(baseUrl: string, origin: string = pageOrigin()): string | null {
  if (findBaseUrlProblem(baseUrl, origin) !== null) return null
  return new URL(baseUrl.trim(), origin).origin
}

/** `baseUrl` without surrounding space or trailing slashes. */
export function normalizeBaseUrl(text: string): string {
  return text.trim().replace(/\/+$/, '')
}

/** The host the key is sent to, and for a path on this site, the path after it. */
export function hostOf(baseUrl: string, origin: string = pageOrigin()): string {
  const url = new URL(baseUrl, origin)
  return baseUrl.startsWith('/') ? `${url.host}${url.pathname.replace(/\/+$/, '')}` : url.host
}
