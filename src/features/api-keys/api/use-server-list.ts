import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ListState } from './list-state'
import { PageBeyondEnd, PlanRefuted, serverPageOptions, type ServerListContext } from './server-page'

/**
 * A view the server answers, one page at a time (`null` context: none now; the last page read
 * stays as a placeholder). The next page is fetched ahead so Next shows it at once.
 */
export function useServerList(context: ServerListContext | null, page: number): ListState {
  const queryClient = useQueryClient()
  const result = useQuery(serverPageOptions(context, page))
  const current = context !== null && !result.isPlaceholderData
  const nextToken = current ? (result.data?.next_page_token ?? null) : null
  useEffect(() => {
    if (context && nextToken) void queryClient.prefetchQuery(serverPageOptions(context, page + 1))
  }, [queryClient, context, page, nextToken])

  // A refuted plan is replaced at once by the next one; it is nothing to show.
  const error = result.error instanceof PlanRefuted || result.error instanceof PageBeyondEnd ? null : result.error
  return {
    rows: result.data?.api_keys ?? [],
    total: result.data?.total_count ?? null,
    pending: result.data === undefined,
    placeholder: !current,
    refreshing: current && result.isFetching,
    paused: result.fetchStatus === 'paused',
    error,
    retry: () => void result.refetch(),
    canNext: nextToken !== null,
    reading: null,
    stopped: null,
    rowsWithoutId: result.data?.rows_without_id ?? 0,
    beyondEnd: result.error instanceof PageBeyondEnd,
  }
}
