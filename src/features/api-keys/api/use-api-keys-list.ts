import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { listApiKeys, type ListApiKeysParams } from '../../../api/api-keys/list-api-keys'
import { apiKeyKeys } from './query-keys'

export function apiKeysListQueryOptions(params: ListApiKeysParams) {
  return queryOptions({
    queryKey: apiKeyKeys.list(params),
    queryFn: ({ signal }) => listApiKeys(params, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
}

export function useApiKeysList(params: ListApiKeysParams) {
  return useQuery(apiKeysListQueryOptions(params))
}

/** Fetches a page ahead of time (the next one), so Next shows it without waiting. */
export function usePrefetchApiKeysList(params: ListApiKeysParams | null) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (params) void queryClient.prefetchQuery(apiKeysListQueryOptions(params))
  }, [queryClient, params])
}
