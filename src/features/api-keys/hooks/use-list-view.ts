import { useCallback, useMemo } from 'react'
import { useLocationSearch } from '../../../hooks/use-location-search'
import { parseListView, serializeListView, type ListView } from '../model/list-view'

/** The table's view, read from and written to the URL through one schema. */
export function useListView() {
  const [search, navigate] = useLocationSearch()
  const view = useMemo(() => parseListView(new URLSearchParams(search)), [search])
  const setView = useCallback(
    (next: ListView, mode: 'push' | 'replace' = 'push') => navigate(serializeListView(next), mode),
    [navigate],
  )
  return [view, setView, search] as const
}
