import type { QueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import { keyChangeMutationKey } from './list-cache'
import type { UpdateStatusVariables } from './use-update-api-key-status'

/**
 * The keys whose status change is still waiting for the server, as they stood before it (by id).
 * The cache already shows each change (optimistic); a view the browser filters judges these keys
 * by what the server still holds, so a row does not leave it, nor its count drop, on a change the
 * server may refuse, as a view the server filters keeps the row until the server has answered.
 *
 * Read, not watched: every step of such a change rewrites the cached keys it is read with (the
 * optimistic write, the answer or the rollback while the change is still pending, then the refetch
 * once it has settled), so a view built on those keys is built again at each of them.
 */
export function statusChangesWaiting(queryClient: QueryClient): ReadonlyMap<string, ApiKey> {
  const waiting = new Map<string, ApiKey>()
  for (const mutation of queryClient.getMutationCache().findAll({ mutationKey: keyChangeMutationKey, status: 'pending' })) {
    // A delete's variables have no status: only status changes are judged as before.
    const variables = mutation.state.variables as Partial<UpdateStatusVariables> | undefined
    if (variables?.key && variables.status) waiting.set(variables.key.id, variables.key)
  }
  return waiting
}
