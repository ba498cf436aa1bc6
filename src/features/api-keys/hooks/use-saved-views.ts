import { useSyncExternalStore } from 'react'
import { parseSavedViews, type SavedView } from '../model/saved-views'

export const SAVED_VIEWS_STORAGE_KEY = 'coval-saved-views:v1'
// A browser preference read from storage each time; `cached` only memoises the parse of the same raw text.
const listeners = new Set<() => void>()
let cached: { raw: string | null; views: SavedView[] } | null = null

function readRaw(): string | null {
  try {
    return localStorage.getItem(SAVED_VIEWS_STORAGE_KEY)
  } catch {
    return null
  }
}

/** The saved views of this browser; the same array until storage changes, as useSyncExternalStore needs. */
export function savedViews(): SavedView[] {
  const raw = readRaw()
  if (cached === null || cached.raw !== raw) cached = { raw, views: parseSavedViews(raw) }
  return cached.views
}

const notify = () => {
  for (const listener of listeners) listener()
}

// Another tab saved or deleted a view: this one shows it too.
const onStorage = (event: StorageEvent) => {
  if (event.key === SAVED_VIEWS_STORAGE_KEY || event.key === null) notify()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

/** Writes the list; false when storage refused it (full or blocked), so the caller can say so. */
export function writeSavedViews(views: readonly SavedView[]): boolean {
  let stored = true
  try {
    localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, JSON.stringify(views))
  } catch {
    stored = false
  }
  // Without storage the change lasts for this visit only.
  if (!stored) cached = { raw: readRaw(), views: [...views] }
  notify()
  return stored
}

export function newViewId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

export function useSavedViews(): SavedView[] {
  return useSyncExternalStore(subscribe, savedViews, savedViews)
}
