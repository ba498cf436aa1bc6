import { useEffect, useMemo, useRef, useState } from 'react'
import { describeApiError, isApiError } from '../../../api/api-error'
import { dismissToast, toast } from '../../../components/ui/toast-store'
import { useApiKeysList, usePrefetchApiKeysList } from '../api/use-api-keys-list'
import { toListParams } from '../model/list-params'
import { DEFAULT_VIEW, updateView, type ListView } from '../model/list-view'
import { rememberPageToken } from '../model/page-token-memory'
import { useListView } from './use-list-view'
import { usePreviousPage } from './use-previous-page'
import { useNow } from '../../../hooks/use-now'

const STALE_TOKEN_NOTICE = 'That page link has expired, so the list starts again from the first page.'
const EMPTY_PAGE_NOTICE = 'That page is now empty, so the list starts again from the first page.'

/** The list as the URL describes it, and the ways to move through it. */
export function useKeysList() {
  const [view, setView] = useListView()
  const now = useNow()
  const params = useMemo(() => toListParams(view, now), [view, now])
  const list = useApiKeysList(params)
  const [notice, setNotice] = useState<string | null>(null)

  const nextToken = list.isPlaceholderData ? null : (list.data?.next_page_token ?? null)
  const nextParams = useMemo(() => (nextToken ? toListParams({ ...view, page: view.page + 1, cursor: nextToken }, now) : null), [nextToken, view, now])
  usePrefetchApiKeysList(nextParams)
  useEffect(() => {
    if (view.cursor) rememberPageToken(view, view.page, view.cursor)
    if (nextToken) rememberPageToken(view, view.page + 1, nextToken)
  }, [view, nextToken])

  // A page token the server no longer accepts (expired, or the data moved): start over, and say so.
  const staleToken = isApiError(list.error) && list.error.code === 'INVALID_ARGUMENT' && list.error.detailFor('page_token') !== undefined
  // A later page that came back empty (keys deleted meanwhile) has nothing to show: go to the first.
  const emptyLaterPage = view.page > 1 && !list.isPlaceholderData && list.data?.api_keys.length === 0
  const recovery = staleToken ? STALE_TOKEN_NOTICE : emptyLaterPage ? EMPTY_PAGE_NOTICE : null
  if (recovery && notice !== recovery) setNotice(recovery)
  useEffect(() => {
    if (recovery) setView({ ...view, page: 1, cursor: null }, 'replace')
  }, [recovery, view, setView])

  const change = (next: ListView, mode: 'push' | 'replace' = 'push') => {
    setNotice(null)
    setView(next, mode)
  }
  // A failure is a toast, seen wherever the page is scrolled (Previous is at the bottom); it goes
  // once a later try gets there.
  const previousFailure = useRef<number | null>(null)
  const replacePreviousFailure = (toastId: number | null) => {
    if (previousFailure.current !== null) dismissToast(previousFailure.current)
    previousFailure.current = toastId
  }
  const previous = usePreviousPage(
    view,
    now,
    (next) => {
      replacePreviousFailure(null)
      change(next)
    },
    (error) => replacePreviousFailure(toast.error('Could not open the previous page', { description: `${describeApiError(error)} The keys shown are unchanged.` })),
  )
  return {
    view,
    list,
    now,
    notice,
    staleToken,
    dismissNotice: () => setNotice(null),
    setSearch: (search: string) => change(updateView(view, { search }), 'replace'),
    setFilters: (filters: Partial<ListView>) => change(updateView(view, filters)),
    reset: () => change({ ...DEFAULT_VIEW, sort: view.sort, pageSize: view.pageSize }),
    canNext: nextToken !== null,
    canPrevious: previous.canPrevious,
    findingPrevious: previous.findingPrevious,
    next: () => nextToken && change({ ...view, page: view.page + 1, cursor: nextToken }),
    previous: () => void previous.previous(),
    first: () => change({ ...view, page: 1, cursor: null }),
  }
}
