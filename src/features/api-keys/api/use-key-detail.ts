import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import { NOTHING_LEFT_OUT, type ListApiKeysResponse } from '../../../api/api-keys/list-api-keys'
import { keyByIdQuery } from '../model/view-query'
import { useServerCapabilities } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { readWholeView, retriedAlready, type ReadProgress } from './read-whole-view'

export interface KeyDetail {
  /** The key; a row from a list on screen while the server is asked (`confirmed` false). */
  readonly key: ApiKey | null
  readonly confirmed: boolean
  /** Asked and answered: no key has this id (never existed, or deleted). */
  readonly notFound: boolean
  readonly pending: boolean
  readonly progress: ReadProgress | null
  readonly error: unknown
  readonly retry: () => void
}

const pageOf = (keys: ApiKey[]): ListApiKeysResponse => ({ api_keys: keys, ...NOTHING_LEFT_OUT, next_page_token: null, total_count: keys.length })

/** A key already in a cached list page, to show at once while the server confirms it. */
function cachedRow(queryClient: QueryClient, id: string): ApiKey | undefined {
  for (const [, data] of queryClient.getQueriesData<ListApiKeysResponse>({ queryKey: apiKeyKeys.lists() })) {
    const row = data?.api_keys?.find((key) => key.id === id)
    if (row) return row
  }
  return undefined
}

/** Whether the client's own retry option (a count, a test, or TanStack's 3) retries this failure. */
function clientRetries(queryClient: QueryClient, failureCount: number, error: Error): boolean {
  const retry = queryClient.getDefaultOptions().queries?.retry ?? 3
  if (typeof retry === 'function') return retry(failureCount, error)
  if (typeof retry === 'number') return failureCount < retry
  return retry
}

/**
 * One key by id. The API has no read-one endpoint, so the key is found through the list: planned
 * like any view (an `id` filter where the server honours it, else every key read in the browser),
 * every answer checked. Cached as a list page, so the mutations' cache work reaches it too.
 */
export function useKeyDetail(id: string): KeyDetail {
  const queryClient = useQueryClient()
  const { api, baseUrl, store } = useServerCapabilities()
  const query = useMemo(() => keyByIdQuery(id), [id])
  const [progress, setProgress] = useState<ReadProgress | null>(null)
  const result = useQuery({
    queryKey: apiKeyKeys.detail(baseUrl, id),
    queryFn: async ({ signal }): Promise<ListApiKeysResponse> => {
      const rows = await readWholeView(queryClient, { query, api, baseUrl, store }, signal, setProgress)
      return pageOf(rows.filter((key) => key.id === id).slice(0, 1))
    },
    placeholderData: () => {
      const row = cachedRow(queryClient, id)
      return row ? pageOf([row]) : undefined
    },
    retry: (failureCount, error) => !retriedAlready(error) && clientRetries(queryClient, failureCount, error),
  })
  // A failed check keeps the row the list had (unconfirmed): the page says the check failed, not that the key is unknown.
  const key = result.data?.api_keys[0] ?? (result.isError ? (cachedRow(queryClient, id) ?? null) : null)
  const confirmed = result.isSuccess && !result.isPlaceholderData
  return {
    key,
    confirmed,
    notFound: confirmed && key === null,
    pending: result.isPending || (result.isPlaceholderData && result.isFetching),
    progress: result.isFetching ? progress : null,
    error: result.error,
    retry: () => void result.refetch(),
  }
}
