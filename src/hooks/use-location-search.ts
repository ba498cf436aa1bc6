import { useCallback, useSyncExternalStore } from 'react'
import { linksLike } from '../lib/links-like'

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

/**
 * History state (kept across a reload): the page of this app the entry was reached from, and the
 * page it was left for, so that coming back (Back) can return the focus to the link that led there.
 */
interface EntryState {
  from?: string
  left?: string
  /** Where the link to `left` stood among this page's links to pages like it (a key's row among the rows). */
  leftAt?: number
}

function stateValue(field: keyof EntryState): unknown {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null && field in state ? (state as Record<string, unknown>)[field] : undefined
}

/** A path this app wrote into history state, or null. */
function stateField(field: 'from' | 'left'): string | null {
  const value = stateValue(field)
  return typeof value === 'string' && value.startsWith('/') ? value : null
}

/**
 * Goes to another URL of this app without a reload; `push` adds a history entry, `replace` does
 * not. `rememberFrom` keeps where it came from, so a Back link can return there.
 */
export function navigateTo(url: string, mode: 'push' | 'replace' = 'push', rememberFrom = false): void {
  if (url === here()) return
  const state: EntryState | null = rememberFrom ? { from: here() } : null
  if (mode === 'push') {
    // Leaving this page for another: the entry we leave remembers where to, for when Back returns to it.
    if (new URL(url, window.location.href).pathname !== window.location.pathname) {
      const current: unknown = window.history.state
      const at = linksLike(url).findIndex((link) => link.getAttribute('href') === url)
      window.history.replaceState({ ...(typeof current === 'object' ? current : null), left: url, leftAt: at >= 0 ? at : undefined }, '')
    }
    window.history.pushState(state, '', url)
  } else window.history.replaceState(state, '', url)
  for (const listener of listeners) listener()
}

/** The page this history entry was reached from, when a link said to remember it. */
export function cameFrom(): string | null {
  return stateField('from')
}

/** The page of this app that this history entry was last left for (a key's page, left from the list), or null. */
export function leftFor(): string | null {
  return stateField('left')
}

/** Where the link to `leftFor()` stood among the page's links like it, or null. */
export function leftAt(): number | null {
  const value = stateValue('leftAt')
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null
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
