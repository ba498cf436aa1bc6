import { useCallback, useSyncExternalStore } from 'react'
import { closeRequestFromHistory } from '../components/ui/close-requests'
import { linksLike } from '../lib/links-like'

// The URL is the browser's; what the page shows of it is taken from it as each navigation is
// accepted (below), so a history step undone at once is never drawn. Module-level: there is one.
const listeners = new Set<() => void>()
let shown = { pathname: window.location.pathname, search: window.location.search }
/** Where this entry stands in the tab's history, counted by this app (state.at), once read. */
let shownAt = 0
/** A step undone (see onHistoryStep): the entry it goes back to, whose popstate is not a navigation. */
let undoingTo: number | null = null
/** A Back the app takes itself (goBack): a navigation, whatever is open. */
let ownStep = false
/** A Back or Forward the page follows: which way, and the query strings it goes from and to. */
export interface HistoryStep {
  back: boolean
  from: string
  to: string
}

/** Told of each Back or Forward the page follows, before the page shows it. */
const stepWatchers = new Set<(step: HistoryStep) => void>()

/** Calls `watcher` on each Back or Forward the page follows, before it is shown; returns the unsubscribe. */
export function watchHistorySteps(watcher: (step: HistoryStep) => void): () => void {
  stepWatchers.add(watcher)
  return () => void stepWatchers.delete(watcher)
}

function show(): void {
  shown = { pathname: window.location.pathname, search: window.location.search }
  shownAt = entryIndex() ?? shownAt
  for (const listener of listeners) listener()
}

/** This entry's place in the tab's history, as navigateTo wrote it; null for an entry it did not write. */
function entryIndex(): number | null {
  const at = stateValue('at')
  return typeof at === 'number' && Number.isInteger(at) ? at : null
}

/**
 * Back or Forward. With a dialog, menu or popover open, the step is that layer's close request (its
 * Escape, with its guards: a secret not yet saved asks first), and the step is undone, so the page
 * under it stays: before, the list moved to the previous view under an open dialog, and a secret on
 * screen was lost with its page.
 */
function onHistoryStep(): void {
  const at = entryIndex() ?? 0
  if (undoingTo !== null && at === undoingTo) {
    undoingTo = null
    return
  }
  undoingTo = null
  const own = ownStep
  ownStep = false
  if (!own && at !== shownAt && closeRequestFromHistory()) {
    undoingTo = shownAt
    window.history.go(shownAt - at)
    return
  }
  const step = { back: at < shownAt, from: shown.search, to: window.location.search }
  for (const watcher of stepWatchers) watcher(step)
  show()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('popstate', onHistoryStep)
    // The entry the app was opened on is the first it counts from (a reload keeps its count).
    if (entryIndex() === null) window.history.replaceState({ ...stateObject(), at: 0 }, '')
    shownAt = entryIndex() ?? 0
    shown = { pathname: window.location.pathname, search: window.location.search }
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('popstate', onHistoryStep)
  }
}

const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`

function stateObject(): Record<string, unknown> | null {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : null
}

/**
 * History state (kept across a reload): the page of this app the entry was reached from, and the
 * page it was left for, so that coming back (Back) can return the focus to the link that led there.
 */
interface EntryState {
  from?: string
  left?: string
  /** Where the link to `left` stood among this page's links to pages like it (a key's row among the rows). */
  leftAt?: number
  /** The entry's place in the tab's history, counted by this app: tells Back from Forward. */
  at?: number
}

function stateValue(field: keyof EntryState): unknown {
  return stateObject()?.[field]
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
  const from: EntryState = rememberFrom ? { from: here() } : {}
  if (mode === 'push') {
    // Leaving this page for another: the entry we leave remembers where to, for when Back returns to it.
    if (new URL(url, window.location.href).pathname !== window.location.pathname) {
      const at = linksLike(url).findIndex((link) => link.getAttribute('href') === url)
      window.history.replaceState({ ...stateObject(), left: url, leftAt: at >= 0 ? at : undefined }, '')
    }
    window.history.pushState({ ...from, at: shownAt + 1 } satisfies EntryState, '', url)
  } else window.history.replaceState({ ...from, at: shownAt } satisfies EntryState, '', url)
  show()
}

/** The browser's Back, taken by the app (Back to the list, a deleted key's page left): not a close request for what is open. */
export function goBack(): void {
  ownStep = true
  window.history.back()
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

// Before anything listens (a first render, which reads before it subscribes), no step can be half
// undone: the address is the browser's own.
const getSearch = () => (listeners.size === 0 ? window.location.search : shown.search)
const getPathname = () => (listeners.size === 0 ? window.location.pathname : shown.pathname)

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
