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

const getSearch = () => window.location.search

/**
 * The URL's query string as React state. `push` adds a history entry (Back returns to the
 * previous view); `replace` does not (typing in a search box).
 */
export function useLocationSearch() {
  const search = useSyncExternalStore(subscribe, getSearch)
  const navigate = useCallback((params: URLSearchParams, mode: 'push' | 'replace') => {
    const query = params.toString()
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
    if (mode === 'push') window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
    for (const listener of listeners) listener()
  }, [])
  return [search, navigate] as const
}
