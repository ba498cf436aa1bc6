import { onlineManager, useMutationState, type QueryClient } from '@tanstack/react-query'
import { keyChangeMutationKey } from './list-cache'

/** Both change hooks take `{ key }`; a status change also `{ status }`. */
export function aimedAt(variables: unknown, id: string): variables is { key: { id: string }; status?: unknown } {
  if (typeof variables !== 'object' || variables === null || !('key' in variables)) return false
  const { key } = variables
  return typeof key === 'object' && key !== null && 'id' in key && key.id === id
}

/**
 * Whether this very change waits for the network (networkMode 'online' while offline): TanStack
 * runs onMutate before it pauses, and a row patched then would look done before the server has it.
 */
export function isWaitingForNetwork(queryClient: QueryClient, variables: unknown): boolean {
  return queryClient.getMutationCache().getAll().some((mutation) => mutation.state.variables === variables && mutation.state.isPaused)
}

/** Whether a change made now would wait for the network: the client's changes wait for it (not the demo's), and it is down. */
export function changesWaitForNetwork(queryClient: QueryClient): boolean {
  return queryClient.getDefaultOptions().mutations?.networkMode === 'online' && !onlineManager.isOnline()
}

/** What a change waiting for the network will ask of the key: a status, or `delete`. */
export function useWaitingChange(id: string): string | null {
  const waiting = useMutationState({
    filters: { mutationKey: keyChangeMutationKey, predicate: (mutation) => mutation.state.isPaused && aimedAt(mutation.state.variables, id) },
    select: (mutation) => {
      const variables = mutation.state.variables
      return aimedAt(variables, id) && typeof variables.status === 'string' ? variables.status : 'delete'
    },
  })
  return waiting.at(-1) ?? null
}

/** The ids of the keys a change waits for the network to reach (a bulk run made offline waits once per key). */
export function useKeysWaiting(): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: keyChangeMutationKey, predicate: (mutation) => mutation.state.isPaused },
    // Both change hooks take `{ key }` (aimedAt).
    select: (mutation) => (mutation.state.variables as { key: { id: string } }).key.id,
  })
  return new Set(ids)
}
