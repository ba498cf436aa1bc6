import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { afterNextPaint } from '../../../lib/after-next-paint'
import { apiKeyKeys } from './query-keys'
import { waitOwed } from './wait-owed'
import type { ListState } from './list-state'
import { PageBeyondEnd, PageLoop, PlanRefuted, serverPageOptions, type ServerListContext } from './server-page'

/**
 * A view the server answers, one page at a time (`null` context: none now; the last page read
 * stays as a placeholder). The next page is fetched ahead so Next shows it at once, and so a
 * next page that only repeats earlier ones is known before anyone presses Next.
 */
export function useServerList(context: ServerListContext | null, page: number): ListState {
  const queryClient = useQueryClient()
  const options = serverPageOptions(context, page)
  // The next page, read ahead, may have been told to wait: held, not asked again at once (wait-owed.ts).
  const result = useQuery({ ...options, enabled: !waitOwed(queryClient.getQueryState(options.queryKey)) })
  const current = context !== null && !result.isPlaceholderData
  const data = result.data
  const nextToken = current && data?.loops !== true ? (data?.next_page_token ?? null) : null
  useEffect(() => {
    // Once the rows on their way are painted: reading and checking the next page would hold that frame back.
    if (context && nextToken) return afterNextPaint(() => void queryClient.prefetchQuery(serverPageOptions(context, page + 1)))
  }, [queryClient, context, page, nextToken])
  // Watches the page fetched ahead without making it active: a write's refetch of the list leaves it alone, as before.
  const ahead = useQuery({ ...serverPageOptions(nextToken === null ? null : context, page + 1), enabled: false, placeholderData: undefined, notifyOnChangeProps: ['error'] })
  const nextLoops = nextToken !== null && ahead.error instanceof PageLoop
  const loops = (current && data?.loops === true) || nextLoops || result.error instanceof PageLoop
  // The rows so far running past the count is the list changing too, even where the pages agreed.
  const changed = data !== undefined && (data.changed || (page - 1) * (context?.pageSize ?? 0) + data.api_keys.length > data.total_count)
  const missing = (current && data?.missing) || null

  // A refuted plan is replaced at once by the next one; it is nothing to show.
  const error = result.error instanceof PlanRefuted || result.error instanceof PageBeyondEnd || result.error instanceof PageLoop ? null : result.error
  return {
    rows: data?.api_keys ?? [],
    // Keys the server counted never came (its last page read, every page before it): the count is not told.
    total: changed || missing !== null ? null : (data?.total_count ?? null),
    pending: data === undefined,
    placeholder: !current,
    refreshing: current && result.isFetching,
    paused: result.fetchStatus === 'paused',
    error,
    retry: () => void result.refetch(),
    canNext: nextToken !== null && !nextLoops,
    reading: null,
    stopped: null,
    rowsWithoutId: data?.rows_without_id ?? 0,
    failedAfter: null,
    beyondEnd: result.error instanceof PageBeyondEnd || result.error instanceof PageLoop,
    shownBefore: current ? data?.shownBefore : undefined,
    faults: { repeatedIds: data?.repeatedSoFar ?? data?.repeated_ids ?? 0, rowsPastPageSize: data?.rows_past_page_size ?? 0, changed, loops, missing },
    startAgain: () => {
      if (!context) return
      const pages = [...apiKeyKeys.lists(), 'server', context.plan.request, context.pageSize]
      // The page on screen reads afresh where it is; any other is forgotten, and read again when shown.
      if (page === 1) void queryClient.resetQueries({ queryKey: pages })
      else queryClient.removeQueries({ queryKey: pages })
    },
  }
}
