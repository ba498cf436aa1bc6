import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import { apiKeyKeys } from './query-keys'

/** Where one key stood in one cached list page, to put it back exactly there. */
export interface RowSnapshot {
  queryKey: QueryKey
  index: number
  row: ApiKey
}

/**
 * Every cached list page. Not every query under `lists()` holds one: the audit's counts are
 * numbers, kept there so that a write refreshes them too (a write that took them for pages threw,
 * before sending, or after the server's 200 in a bulk run).
 */
function pages(queryClient: QueryClient): [QueryKey, ListApiKeysResponse][] {
  return queryClient.getQueriesData<unknown>({ queryKey: apiKeyKeys.lists() }).filter((entry): entry is [QueryKey, ListApiKeysResponse] => isListPage(entry[1]))
}

const isListPage = (data: unknown): data is ListApiKeysResponse => typeof data === 'object' && data !== null && 'api_keys' in data && Array.isArray(data.api_keys)

/** Rewrites every cached page that holds the key; returns where the key stood in each, before. */
function rewritePagesHolding(
  queryClient: QueryClient,
  id: string,
  rewrite: (data: ListApiKeysResponse) => ListApiKeysResponse,
  spare: (queryKey: QueryKey) => boolean = () => false,
): RowSnapshot[] {
  const snapshots: RowSnapshot[] = []
  for (const [queryKey, data] of pages(queryClient)) {
    if (spare(queryKey)) continue
    const index = data.api_keys.findIndex((k) => k.id === id)
    const row = data.api_keys[index]
    if (!row) continue
    snapshots.push({ queryKey, index, row })
    queryClient.setQueryData<ListApiKeysResponse>(queryKey, rewrite(data))
  }
  return snapshots
}

/** Changes one key in every cached page that holds it; returns how it was before. */
export function patchKeyInLists(queryClient: QueryClient, id: string, patch: (key: ApiKey) => ApiKey): RowSnapshot[] {
  return rewritePagesHolding(queryClient, id, (data) => ({ ...data, api_keys: data.api_keys.map((k) => (k.id === id ? patch(k) : k)) }))
}

/** Takes one key out of every cached page (but those `spare` names); returns where it was. */
export function removeKeyFromLists(queryClient: QueryClient, id: string, spare?: (queryKey: QueryKey) => boolean): RowSnapshot[] {
  return rewritePagesHolding(
    queryClient,
    id,
    (data) => ({
      ...data,
      api_keys: data.api_keys.filter((k) => k.id !== id),
      total_count: Math.max(0, data.total_count - 1),
    }),
    spare,
  )
}

/**
 * Puts rows back as they were, one row at a time, so undoing one failed change leaves the
 * other rows' changes (still in flight) alone.
 */
export function restoreRows(queryClient: QueryClient, snapshots: readonly RowSnapshot[]): void {
  for (const { queryKey, index, row } of snapshots) {
    queryClient.setQueryData<ListApiKeysResponse>(queryKey, (data) => {
      if (!isListPage(data)) return data
      if (data.api_keys.some((k) => k.id === row.id)) return { ...data, api_keys: data.api_keys.map((k) => (k.id === row.id ? row : k)) }
      const api_keys = [...data.api_keys]
      api_keys.splice(Math.min(index, api_keys.length), 0, row)
      return { ...data, api_keys, total_count: data.total_count + 1 }
    })
  }
}

export const keyChangeMutationKey = [...apiKeyKeys.all, 'change'] as const

/** Refetches the lists once the last of several concurrent changes has settled, not after each. */
export function invalidateWhenLastSettles(queryClient: QueryClient): void {
  if (queryClient.isMutating({ mutationKey: keyChangeMutationKey }) <= 1) {
    void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() })
  }
}
