import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
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
