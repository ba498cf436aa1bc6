import { useSyncExternalStore } from 'react'

const STORAGE_KEY = 'coval-shortcuts:v1'
const listeners = new Set<() => void>()
let enabled = read()

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function shortcutsEnabled(): boolean {
  return enabled
}

/** Single-key shortcuts on or off (WCAG 2.1.4); remembered in this browser. */
export function setShortcutsEnabled(next: boolean): void {
  enabled = next
  try {
    if (next) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, 'off')
  } catch {
    // A preference only: without storage it lasts for this visit.
  }
  for (const listener of listeners) listener()
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled, shortcutsEnabled)
}
