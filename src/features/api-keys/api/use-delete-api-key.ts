import { useApiClient } from '../../../hooks/use-api-client'
import { scopeMeta } from '../../../api/denied-scopes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { deleteApiKey } from '../../../api/api-keys/delete-api-key'
import { invalidateWhenLastSettles, keyChangeMutationKey, removeKeyFromLists, restoreRows, type RowSnapshot } from './list-cache'
import { apiKeyKeys } from './query-keys'
import { isWaitingForNetwork } from './waiting-changes'

export interface DeleteVariables {
  key: ApiKey
}

/** Deletes a key: the row leaves at once and comes back if the server refuses. */
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
      return { snapshots: removeKeyFromLists(queryClient, variables.key.id) }
    },
    // A delete that waited for the network left its row: it goes now.
    onSuccess: (_data, { key }) => void removeKeyFromLists(queryClient, key.id),
    onError: (error, _variables, context) => {
      // Already deleted elsewhere: what the user wanted is done; keep the row gone.
      if (isApiError(error) && error.status === 404) return
      if (context) restoreRows(queryClient, context.snapshots)
    },
    onSettled: () => invalidateWhenLastSettles(queryClient),
  })
}
