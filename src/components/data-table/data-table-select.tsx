import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import { useEffect, useRef } from 'react'

const checkboxClass = 'size-4 rounded border-zinc-300 accent-indigo-600 dark:border-zinc-600'

/** Native checkboxes: keyboard and screen readers get them right for free, indeterminate included. */
export function DataTableSelectAll<TFeatures extends TableFeatures, TData extends RowData>({ table, label }: { table: Table<TFeatures, TData>; label: string }) {
  const ref = useRef<HTMLInputElement>(null)
  const all = 'getIsAllPageRowsSelected' in table ? table.getIsAllPageRowsSelected() : false
  const some = 'getIsSomePageRowsSelected' in table ? table.getIsSomePageRowsSelected() : false
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all
  }, [some, all])
  if (!('getToggleAllPageRowsSelectedHandler' in table)) return null
  return <input ref={ref} type="checkbox" aria-label={label} className={checkboxClass} checked={all} onChange={table.getToggleAllPageRowsSelectedHandler()} />
}

/** `onToggle`, when given, replaces the plain toggle: it learns whether Shift was held (a range). */
export function DataTableSelectRow<TFeatures extends TableFeatures, TData extends RowData>({
  row,
  label,
  onToggle,
}: {
  row: Row<TFeatures, TData>
  label: string
  onToggle?: (shiftKey: boolean) => void
}) {
  if (!('getToggleSelectedHandler' in row)) return null
  const toggle = row.getToggleSelectedHandler()
  return (
    <input
      type="checkbox"
      aria-label={label}
      className={checkboxClass}
      checked={row.getIsSelected()}
      onChange={onToggle ? (event) => onToggle(event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey) : toggle}
    />
  )
}
