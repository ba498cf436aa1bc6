/** Where the admin key may go: an absolute http(s) URL, or a path on this page's own origin. */

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

/** This page's origin; a fixed one outside a browser, so the rules still hold in tests. */
export function pageOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost'
}

/** What is wrong with a base URL, in words for the person typing it; null when the key may go there. */
export function baseUrlProblem(text: string, origin: string = pageOrigin()): string | null {
  const value = text.trim()
  if (value === '') return 'Enter the API base URL.'
  // The URL parser drops tabs and line breaks and reads \ as /: what is shown must be what is used.
  if (hasSpaceOrControl(value)) return 'Remove the spaces, tabs or line breaks inside the URL.'
  if (value.startsWith('/') || value.startsWith('\\')) return pathProblem(value, origin)
  if (value.includes('\\')) return 'Use forward slashes (/) only: browsers read \\ as /, which can send the key to another host.'
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme === undefined || HOST_AND_PORT.test(value)) return 'Enter a full URL starting with https://, such as https://api.coval.dev.'
  if (scheme !== 'http' && scheme !== 'https') return `Use an http:// or https:// URL: a ${scheme}: address cannot receive the admin key.`
  const authority = /^https?:\/\/([^/?#]*)/i.exec(value)?.[1]
  if (authority === undefined) return `Write two slashes after ${scheme}:, such as https://api.coval.dev.`
  if (authority.includes('@')) return 'Leave out the user name and password (user:pass@): the admin key is the only credential, and @ can hide the real host.'
  if (authority === '') return `Enter a host after ${scheme}://, such as https://api.coval.dev.`
  if (value.includes('?') || value.includes('#')) return 'Leave out the query and fragment: just the base, such as https://api.coval.dev.'
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return 'Enter a full URL, such as https://api.coval.dev.'
  }
  const shown = impliedHost(authority, url.protocol)
  // A non-ASCII host is shown in Unicode and sent in punycode; only the parser can compare those.
  const sent = NON_ASCII.test(authority) ? new URL(`${url.protocol}//${authority}`).host : url.host
  if (shown !== null && shown !== sent) return `This URL leads to ${url.host}, not to the host it shows. Write the host as ${url.host}.`
  return null
}

/** A same-origin path: `/` and then anything but `/` or `\` (`//host` and `/\host` are another host). */
function pathProblem(value: string, origin: string): string | null {
  if (value.startsWith('\\') || value[1] === '/' || value[1] === '\\') {
    return 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'
  }
  if (value.length === 1) return 'Enter the path after /, such as /api-proxy, or a full URL.'
  if (value.includes('\\')) return 'Use forward slashes (/) only: browsers read \\ as /.'
  if (value.includes('?') || value.includes('#')) return 'Leave out the query and fragment: just the path, such as /api-proxy.'
  try {
    if (new URL(value, origin).origin !== origin) return 'This path leads to another site; enter a path on this site, such as /api-proxy.'
  } catch {
    return 'Enter a path such as /api-proxy, or a full URL.'
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
  if (baseUrlProblem(baseUrl, origin) !== null) return null
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
