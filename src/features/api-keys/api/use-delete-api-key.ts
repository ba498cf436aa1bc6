import { useApiClient } from '../../../hooks/use-api-client'
import { scopeMeta } from '../../../api/denied-scopes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { deleteApiKey } from '../../../api/api-keys/delete-api-key'
import { invalidateWhenLastSettles, keyChangeMutationKey, removeKeyFromLists, restoreRows, type RowSnapshot } from './list-cache'
import { apiKeyKeys, isDetailOf } from './query-keys'
import { isWaitingForNetwork } from './waiting-changes'

export interface DeleteVariables {
  key: ApiKey
}

/**
 * Deletes a key: the row leaves the lists at once and comes back if the server refuses. The key's own
 * page keeps it until the server has answered: its confirmation waits there ("Deleting…"), and says
 * why if the server refuses; the page leaves once it is done. Taken from that page at once, the key
 * took the page, and the confirmation with it, to "Key not found", and a refusal was told nowhere.
 */
export function useDeleteApiKey() {
  const queryClient = useQueryClient()
  const api = useApiClient()
  return useMutation({
    mutationKey: keyChangeMutationKey,
    meta: scopeMeta('api-keys:delete'),
    mutationFn: ({ key }: DeleteVariables) => deleteApiKey(api, key.id),
    onMutate: async (variables): Promise<{ snapshots: RowSnapshot[] }> => {
      await queryClient.cancelQueries({ queryKey: apiKeyKeys.lists() })
      // Offline, the row stays and says the delete waits for the connection (StatusCell).
      if (isWaitingForNetwork(queryClient, variables)) return { snapshots: [] }
      return { snapshots: removeKeyFromLists(queryClient, variables.key.id, (queryKey) => isDetailOf(queryKey, variables.key.id)) }
    },
    // A delete that waited for the network left its row: it goes now. The key's page is left by its own flow, then refetched.
    onSuccess: (_data, { key }) => void removeKeyFromLists(queryClient, key.id, (queryKey) => isDetailOf(queryKey, key.id)),
    onError: (error, _variables, context) => {
      // Already deleted elsewhere: what the user wanted is done; keep the row gone.
      if (isApiError(error) && error.status === 404) return
      if (context) restoreRows(queryClient, context.snapshots)
    },
    onSettled: () => invalidateWhenLastSettles(queryClient),
  })
}
