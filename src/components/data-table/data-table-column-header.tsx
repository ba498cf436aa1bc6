import type { CellData, Column, RowData, TableFeatures } from '@tanstack/react-table'
import { Icon } from '../ui/icon'

/** A sortable header: one button that cycles the sort, the direction shown and announced. */
export function DataTableColumnHeader<TFeatures extends TableFeatures, TData extends RowData, TValue extends CellData>({
  column,
  title,
}: {
  column: Column<TFeatures, TData, TValue>
  title: string
}) {
  if (!('getCanSort' in column) || !column.getCanSort()) return <span>{title}</span>
  const sorted = column.getIsSorted()
  const icon = sorted === 'asc' ? 'arrow-up' : sorted === 'desc' ? 'arrow-down' : 'arrow-up-down'
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      {title}
      <Icon name={icon} className={sorted ? 'size-3.5' : 'size-3.5 opacity-40'} />
    </button>
  )
}

/** The `aria-sort` value for a header cell. */
export function ariaSort<TFeatures extends TableFeatures, TData extends RowData, TValue extends CellData>(column: Column<TFeatures, TData, TValue>) {
  if (!('getCanSort' in column) || !column.getCanSort()) return undefined
  const sorted = column.getIsSorted()
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}
