import type { RowSelectionState } from '@tanstack/react-table'
import { useEffect, useState } from 'react'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { DataTableViewOptions, loadViewOptionsMenu } from '../../../components/data-table/data-table-view-options'
import { preloadWhenIdle } from '../../../components/ui/deferred-menu'
import { useColumnVisibility } from '../hooks/use-column-visibility'
import { useOnline } from '../hooks/use-online'
import type { useKeysList } from '../hooks/use-keys-list'
import { PAGE_SIZES, isFiltered, type PageSize, type SortField } from '../model/list-view'
import { ApiKeysTable, useKeysTable } from './keys-table/api-keys-table'
import { HIDEABLE_COLUMNS } from './keys-table/columns'
import { loadRowActionsMenu } from './keys-table/row-actions-cell'
import { TableSkeleton } from './keys-table/table-skeleton'
import { EmptyState, ListNotice, NoMatchState, OfflineNotice, RefreshIndicator } from './list-states'
import { QueryErrorState } from './query-error-state'
import { KeysToolbar } from './toolbar/keys-toolbar'

const DEFAULT_SORT = { id: 'create_time', desc: true }

export function KeysListView({ keys }: { keys: ReturnType<typeof useKeysList> }) {
  const { view, list, now } = keys
  const online = useOnline()
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [selection, setSelection] = useState<{ view: typeof view; rows: RowSelectionState }>({ view, rows: {} })
  // Selection belongs to one view: it clears when the filters or the page change.
  const rowSelection = selection.view === view ? selection.rows : {}
  const rows = list.data?.api_keys ?? []
  const table = useKeysTable({
    keys: rows,
    sorting: [view.sort ? { id: view.sort.field, desc: view.sort.desc } : DEFAULT_SORT],
    onSortingChange: ([sort]) => sort && keys.setFilters({ sort: { field: sort.id as SortField, desc: sort.desc } }),
    rowSelection,
    onRowSelectionChange: (updater) => setSelection({ view, rows: typeof updater === 'function' ? updater(rowSelection) : updater }),
    columnVisibility,
    onColumnVisibilityChange: setColumnVisibility,
    stale: list.isPlaceholderData,
    now,
    caption: '',
  })

  const hasRows = rows.length > 0
  useEffect(() => {
    // Menus load after the first rows are on screen, before anyone reaches for them.
    if (!hasRows) return
    preloadWhenIdle(loadRowActionsMenu)
    preloadWhenIdle(loadViewOptionsMenu)
  }, [hasRows])

  const total = list.data?.total_count ?? 0
  const firstRow = rows.length === 0 ? 0 : (view.page - 1) * view.pageSize + 1
  const filtered = isFiltered(view)

  return (
    <div className="space-y-3">
      <KeysToolbar view={view} onSearch={keys.setSearch} onChange={keys.setFilters} onReset={keys.reset} end={<DataTableViewOptions table={table} labels={HIDEABLE_COLUMNS} />} />
      <div className="flex min-h-6 items-center gap-3 text-sm text-zinc-600 dark:text-zinc-400">
        {list.data && <span>{total === 1 ? '1 key' : `${total} keys`}{filtered ? ' match' : ''}</span>}
        <RefreshIndicator active={list.isFetching && !list.isPending} />
      </div>
      {!online && list.fetchStatus === 'paused' && <OfflineNotice hasData={rows.length > 0} />}
      {keys.notice && <ListNotice message={keys.notice} onDismiss={keys.dismissNotice} />}
      {list.isError && !keys.staleToken && <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <TableSkeleton rows={Math.min(view.pageSize, 10)} />
      ) : rows.length === 0 && !list.isError ? (
        filtered ? <NoMatchState onReset={keys.reset} /> : <EmptyState />
      ) : rows.length > 0 ? (
        <>
          <ApiKeysTable table={table} stale={list.isPlaceholderData} caption={`API keys, ${firstRow}–${firstRow + rows.length - 1} of ${total}`} />
          <DataTablePagination
            pageSize={view.pageSize}
            pageSizes={PAGE_SIZES}
            onPageSizeChange={(size) => keys.setFilters({ pageSize: size as PageSize })}
            firstRow={firstRow}
            lastRow={firstRow + rows.length - 1}
            total={total}
            canFirst={view.page > 1}
            canPrevious={keys.canPrevious && !list.isPlaceholderData}
            canNext={keys.canNext && !list.isPlaceholderData}
            onFirst={keys.first}
            onPrevious={keys.previous}
            onNext={keys.next}
          />
        </>
      ) : null}
    </div>
  )
}
