import { useApiClient } from '../../../hooks/use-api-client'
import { scopeMeta } from '../../../api/denied-scopes'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { isApiError } from '../../../api/api-error'
import { createApiKey, type CreateApiKeyBody } from '../../../api/api-keys/create-api-key'
import { apiKeyKeys } from './query-keys'
import { changesWaitForNetwork } from './waiting-changes'

export const createApiKeyMutationKey = [...apiKeyKeys.all, 'create'] as const

/**
 * A create not sent because the browser is offline (connected: a real server's requests wait for the
 * network, and a create is never queued). Sent anyway, its failure read as "the key may exist, even
 * twice", and the lookup for it waited for the connection.
 */
export class CreateNotSent extends Error {
  constructor() {
    super('You are offline, so nothing was sent. Create it once the connection is back: the form keeps what you entered.')
  }
}

/**
 * True when a failed create may still have made the key: the request may have reached the server
 * (network drop, timeout, a server error) or the answer could not be read.
 */
export function mayHaveCreated(error: unknown): boolean {
  if (error instanceof CreateNotSent) return false
  if (!isApiError(error)) return true
  if (error.kind !== 'http') return true
  return error.status !== null && error.status >= 500
}

/**
 * Creates a key. The caller takes the secret from `mutateAsync` into its own state, then calls
 * `forgetResult()` so the cache never holds it, and `dialogClosed()` when the dialog goes away.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient()
  const api = useApiClient()
  // The list refreshes when the dialog closes, so a new row cannot re-render the dialog away.
  const listIsStale = useRef(false)
  const refreshList = useCallback(() => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }), [queryClient])

  const mutation = useMutation({
    mutationKey: createApiKeyMutationKey,
    meta: scopeMeta('api-keys:write'),
    mutationFn: async (body: CreateApiKeyBody) => {
      if (changesWaitForNetwork(queryClient)) throw new CreateNotSent()
      return createApiKey(api, body)
    },
    // A create is never sent twice on its own: not on failure, not when the browser comes back online.
    retry: false,
    networkMode: 'always',
    gcTime: 0,
    onSuccess: () => {
      listIsStale.current = true
    },
    onError: (error) => {
      if (!mayHaveCreated(error)) return
      listIsStale.current = true
      void refreshList()
    },
  })
  const { reset } = mutation

  const dialogClosed = useCallback(() => {
    reset()
    if (!listIsStale.current) return
    listIsStale.current = false
    void refreshList()
  }, [reset, refreshList])

  return { ...mutation, forgetResult: reset, dialogClosed }
}
