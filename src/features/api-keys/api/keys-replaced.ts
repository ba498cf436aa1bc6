import type { QueryClient } from '@tanstack/react-query'

// Per app (one query client each), so two apps on a page, as in tests, do not hear each other.
const listeners = new WeakMap<QueryClient, Set<() => void>>()

/**
 * Says that every key the app knew is now another's: the demo's data was reset or reseeded behind
 * the same address. What was learnt of any one key, an Undo's promise above all, no longer holds.
 */
export function announceKeysReplaced(queryClient: QueryClient): void {
  for (const listener of listeners.get(queryClient) ?? []) listener()
}

/** Calls `listener` each time the app's keys are replaced; returns the unsubscribe. */
export function onKeysReplaced(queryClient: QueryClient, listener: () => void): () => void {
  let set = listeners.get(queryClient)
  if (!set) listeners.set(queryClient, (set = new Set()))
  set.add(listener)
  return () => void set.delete(listener)
}
