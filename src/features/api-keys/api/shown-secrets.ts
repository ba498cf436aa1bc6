import type { QueryClient } from '@tanstack/react-query'

/*
 * Ids of keys whose secret this app showed (ids only, never a secret): such a key is in someone's
 * hands, so the lookup after an uncertain create must not offer to revoke it. Owned by the app's
 * query client, as capability-store.ts is: a fresh App (or test) starts with none.
 */
const shownBy = new WeakMap<QueryClient, Set<string>>()

function shownIn(queryClient: QueryClient): Set<string> {
  let shown = shownBy.get(queryClient)
  if (!shown) {
    shown = new Set()
    shownBy.set(queryClient, shown)
  }
  return shown
}

export function noteSecretShown(queryClient: QueryClient, id: string): void {
  shownIn(queryClient).add(id)
}

export function wasSecretShown(queryClient: QueryClient, id: string): boolean {
  return shownBy.get(queryClient)?.has(id) === true
}
