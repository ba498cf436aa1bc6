import { useSyncExternalStore } from 'react'

const STORAGE_KEY = 'coval-shortcuts:v1'
// A browser preference: the value is read from storage each time; only the subscribers are module-level.
const listeners = new Set<() => void>()
// Only where the browser refuses storage: the choice then lasts for this page, as storage would have kept it.
let withoutStorage: boolean | null = null

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return withoutStorage ?? true
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function shortcutsEnabled(): boolean {
  return read()
}

/** Single-key shortcuts on or off (WCAG 2.1.4); remembered in this browser. */
export function setShortcutsEnabled(next: boolean): void {
  try {
    if (next) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, 'off')
  } catch {
    // A preference only: without storage it lasts for this visit.
    withoutStorage = next
  }
  for (const listener of listeners) listener()
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled, shortcutsEnabled)
}
