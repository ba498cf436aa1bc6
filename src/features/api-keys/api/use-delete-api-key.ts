import { scopeMeta } from '../../../api/denied-scopes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { deleteApiKey } from '../../../api/api-keys/delete-api-key'
import { invalidateWhenLastSettles, keyChangeMutationKey, removeKeyFromLists, restoreRows, type RowSnapshot } from './list-cache'
import { apiKeyKeys } from './query-keys'

export interface DeleteVariables {
  key: ApiKey
}

/** Deletes a key: the row leaves at once and comes back if the server refuses. */
export function useDeleteApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: keyChangeMutationKey,
    meta: scopeMeta('api-keys:delete'),
    mutationFn: ({ key }: DeleteVariables) => deleteApiKey(key.id),
    onMutate: async ({ key }): Promise<{ snapshots: RowSnapshot[] }> => {
      await queryClient.cancelQueries({ queryKey: apiKeyKeys.lists() })
      return { snapshots: removeKeyFromLists(queryClient, key.id) }
    },
    onError: (error, _variables, context) => {
      // Already deleted elsewhere: what the user wanted is done; keep the row gone.
      if (isApiError(error) && error.status === 404) return
      if (context) restoreRows(queryClient, context.snapshots)
    },
    onSettled: () => invalidateWhenLastSettles(queryClient),
  })
}
