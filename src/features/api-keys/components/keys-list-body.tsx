import type { ApiKey } from '../../../api/api-key-schema'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { useDelayedFlag } from '../../../hooks/use-delayed-flag'
import type { useKeysList } from '../hooks/use-keys-list'
import { PAGE_SIZES, isFiltered, type PageSize } from '../model/list-view'
import { ApiKeysTable, type KeysTable } from './keys-table/api-keys-table'
import { TableSkeleton } from './keys-table/table-skeleton'
import { CreateApiKeyButton } from './create-key/create-api-key-button'
import { EmptyState, NoMatchState } from './list-states'

/** Skeleton, empty, no match, or the table with its pagination. */
export function KeysListBody({ keys, table, rows }: { keys: ReturnType<typeof useKeysList>; table: KeysTable; rows: readonly ApiKey[] }) {
  const { view, list } = keys
  const dimmed = useDelayedFlag(list.isPlaceholderData)
  if (list.isPending) return <TableSkeleton rows={Math.min(view.pageSize, 10)} />
  if (rows.length === 0) {
    if (list.isError) return null
    return isFiltered(view) ? <NoMatchState onReset={keys.reset} /> : <EmptyState action={<CreateApiKeyButton variant="secondary" />} />
  }
  const total = list.data?.total_count ?? 0
  const firstRow = (view.page - 1) * view.pageSize + 1
  const lastRow = firstRow + rows.length - 1
  return (
    <>
      <ApiKeysTable table={table} busy={list.isPlaceholderData} dimmed={dimmed} caption={`API keys, ${firstRow}–${lastRow} of ${total}`} />
      <DataTablePagination
        pageSize={view.pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(size) => keys.setFilters({ pageSize: size as PageSize })}
        firstRow={firstRow}
        lastRow={lastRow}
        total={total}
        canFirst={view.page > 1}
        canPrevious={keys.canPrevious && !list.isPlaceholderData}
        canNext={keys.canNext && !list.isPlaceholderData}
        previousPending={keys.findingPrevious}
        onFirst={keys.first}
        onPrevious={keys.previous}
        onNext={keys.next}
      />
    </>
  )
}
