import type { QueryClient } from '@tanstack/react-query'

/**
 * Per-app state owned by the app's query client: made on first use, gone with the client, so a
 * fresh App (or test) starts afresh. Returns the getter.
 */
export function ownedByQueryClient<T>(create: () => T): (queryClient: QueryClient) => T {
  const owned = new WeakMap<QueryClient, T>()
  return (queryClient) => {
    let value = owned.get(queryClient)
    if (value === undefined) {
      value = create()
      owned.set(queryClient, value)
    }
    return value
  }
}
