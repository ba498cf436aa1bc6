import { useCallback, useSyncExternalStore } from 'react'

// The URL is the browser's: its value is read from window.location; only the subscribers are module-level.
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`

/** History state: the page of this app the entry was reached from (kept across a reload). */
interface CameFrom {
  from: string
}

/**
 * Goes to another URL of this app without a reload; `push` adds a history entry, `replace` does
 * not. `rememberFrom` keeps where it came from, so a Back link can return there.
 */
export function navigateTo(url: string, mode: 'push' | 'replace' = 'push', rememberFrom = false): void {
  if (url === here()) return
  const state: CameFrom | null = rememberFrom ? { from: here() } : null
  if (mode === 'push') window.history.pushState(state, '', url)
  else window.history.replaceState(state, '', url)
  for (const listener of listeners) listener()
}

/** The page this history entry was reached from, when a link said to remember it. */
export function cameFrom(): string | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null || !('from' in state)) return null
  const { from } = state as { from: unknown }
  return typeof from === 'string' && from.startsWith('/') ? from : null
}

const getSearch = () => window.location.search
const getPathname = () => window.location.pathname

/** The URL's path as React state: which page to show. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname)
}

/**
 * The URL's query string as React state. `push` adds a history entry (Back returns to the
 * previous view); `replace` does not (typing in a search box).
 */
export function useLocationSearch() {
  const search = useSyncExternalStore(subscribe, getSearch)
  const navigate = useCallback((params: URLSearchParams, mode: 'push' | 'replace') => {
    const query = params.toString()
    navigateTo(`${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`, mode)
  }, [])
  return [search, navigate] as const
}
