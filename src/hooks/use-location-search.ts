import { useCallback, useSyncExternalStore } from 'react'

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

/** Goes to another URL of this app without a reload; `push` adds a history entry, `replace` does not. */
export function navigateTo(url: string, mode: 'push' | 'replace' = 'push'): void {
  if (url === here()) return
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  for (const listener of listeners) listener()
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
