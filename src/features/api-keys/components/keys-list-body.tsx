import type { ApiKey } from '../../../api/api-key-schema'
import { DataTablePagination } from '../../../components/data-table/data-table-pagination'
import { useDelayedFlag } from '../../../hooks/use-delayed-flag'
import type { KeysList } from '../api/use-keys-list'
import { PAGE_SIZES, type PageSize } from '../model/list-view'
import { ApiKeysTable, type KeysTable, type RowFocus } from './keys-table/api-keys-table'
import { TableSkeleton } from './keys-table/table-skeleton'
import { CreateApiKeyButton } from './create-key/create-api-key-button'
import { Suspense, lazy, type ReactNode } from 'react'

// What shows only when there is no table to show loads then, off the first screen.
const states = () => import('./list-states')
const EmptyState = lazy(() => states().then((m) => ({ default: m.EmptyState })))
const NoMatchState = lazy(() => states().then((m) => ({ default: m.NoMatchState })))
const PastTheEnd = lazy(() => states().then((m) => ({ default: m.PastTheEnd })))
const ReadingStopped = lazy(() => import('./reading-stopped').then((m) => ({ default: m.ReadingStopped })))
const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>

/** Skeleton, a stopped read, empty, no match, or the table with its pagination. */
export function KeysListBody({ keys, table, rows, rowFocus }: { keys: KeysList; table: KeysTable; rows: readonly ApiKey[]; rowFocus?: RowFocus }) {
  const { view, list } = keys
  const dimmed = useDelayedFlag(list.placeholder)
  if (list.stopped) return later(<ReadingStopped read={list.stopped.read} expected={list.stopped.expected} onResume={list.stopped.resume} />)
  if (list.beyondEnd) return later(<PastTheEnd page={view.page} onFirst={keys.first} />)
  if (list.pending) return list.error === null ? <TableSkeleton rows={Math.min(view.pageSize, 10)} /> : null
  if (rows.length === 0) {
    if (list.error !== null) return null
    return later(keys.filtered ? <NoMatchState onReset={keys.reset} /> : <EmptyState action={<CreateApiKeyButton variant="secondary" />} />)
  }
  const { total } = list
  const firstRow = (view.page - 1) * view.pageSize + 1
  const lastRow = firstRow + rows.length - 1
  const range = `${firstRow}–${lastRow} of ${total ?? '…'}`
  return (
    <>
      <ApiKeysTable table={table} busy={list.placeholder} dimmed={dimmed} caption={`API keys, ${range}`} rowFocus={rowFocus} />
      <DataTablePagination
        pageSize={view.pageSize}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(size) => keys.setFilters({ pageSize: size as PageSize })}
        firstRow={firstRow}
        lastRow={lastRow}
        total={total}
        canFirst={view.page > 1}
        canPrevious={keys.canPrevious && !list.placeholder}
        canNext={list.canNext && !list.placeholder}
        onFirst={keys.first}
        onPrevious={keys.previous}
        onNext={keys.next}
      />
    </>
  )
}
