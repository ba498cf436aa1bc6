import { useApiClient } from '../../../hooks/use-api-client'
import { scopeMeta } from '../../../api/denied-scopes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { updateApiKeyStatus } from '../../../api/api-keys/update-api-key-status'
import type { KeyStatus } from '../../../api/enums'
import { invalidateWhenLastSettles, keyChangeMutationKey, patchKeyInLists, removeKeyFromLists, restoreRows, type RowSnapshot } from './list-cache'
import { apiKeyKeys } from './query-keys'
import { isWaitingForNetwork } from './waiting-changes'

export interface UpdateStatusVariables {
  key: ApiKey
  status: KeyStatus
  reason?: string
}

/** Suspend, reactivate or revoke: the row changes at once and goes back if the server refuses. */
export function useUpdateApiKeyStatus() {
  const queryClient = useQueryClient()
  const api = useApiClient()
  return useMutation({
    mutationKey: keyChangeMutationKey,
    meta: scopeMeta('api-keys:write'),
    mutationFn: ({ key, status, reason }: UpdateStatusVariables) => updateApiKeyStatus(api, key.id, { status, reason }),
    onMutate: async (variables): Promise<{ snapshots: RowSnapshot[] }> => {
      const { key, status } = variables
      // A list fetch already under way would land after this and undo the change on screen.
      await queryClient.cancelQueries({ queryKey: apiKeyKeys.lists() })
      // Offline, the row says the change waits for the connection (StatusCell), not that it is done.
      if (isWaitingForNetwork(queryClient, variables)) return { snapshots: [] }
      return { snapshots: patchKeyInLists(queryClient, key.id, (k) => ({ ...k, status, update_time: new Date().toISOString() })) }
    },
    // The row ends at what the server answered; fields an answer left out keep what the row had.
    onSuccess: (updated) => void patchKeyInLists(queryClient, updated.id, (row) => ({ ...row, ...updated })),
    onError: (error, { key }, context) => {
      // Deleted elsewhere: the row has nothing to go back to.
      if (isApiError(error) && error.status === 404) removeKeyFromLists(queryClient, key.id)
      else if (context) restoreRows(queryClient, context.snapshots)
    },
    onSettled: () => invalidateWhenLastSettles(queryClient),
  })
}
