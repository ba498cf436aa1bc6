import type { QueryClient } from '@tanstack/react-query'
import { ownedByQueryClient } from './owned-by-query-client'

/*
 * Ids of keys whose secret this app showed (ids only, never a secret): such a key is in someone's
 * hands, so the lookup after an uncertain create must not offer to revoke it. Owned by the app's
 * query client, as capability-store.ts is: a fresh App (or test) starts with none.
 */
const shownIn = ownedByQueryClient(() => new Set<string>())

export function noteSecretShown(queryClient: QueryClient, id: string): void {
  shownIn(queryClient).add(id)
}

export function wasSecretShown(queryClient: QueryClient, id: string): boolean {
  return shownIn(queryClient).has(id)
}
