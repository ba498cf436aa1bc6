import { useEffect, useMemo, useState } from 'react'
import { isApiError } from '../../../api/api-error'
import { useApiKeysList, usePrefetchApiKeysList } from '../api/use-api-keys-list'
import { toListParams } from '../model/list-params'
import { DEFAULT_VIEW, updateView, type ListView } from '../model/list-view'
import { pageToken, rememberPageToken } from '../model/page-token-memory'
import { useListView } from './use-list-view'
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
  const previous = pageToken(view, view.page - 1)
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
    canPrevious: view.page > 1 && previous !== undefined,
    next: () => nextToken && change({ ...view, page: view.page + 1, cursor: nextToken }),
    previous: () => previous !== undefined && change({ ...view, page: view.page - 1, cursor: previous }),
    first: () => change({ ...view, page: 1, cursor: null }),
  }
}
