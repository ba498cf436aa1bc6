import type { Row, RowData, Table, TableFeatures } from '@tanstack/react-table'
import { Checkbox } from '../ui/checkbox'

/** The page's select-all box: mixed while only some rows of the page are selected. */
export function DataTableSelectAll<TFeatures extends TableFeatures, TData extends RowData>({ table, label }: { table: Table<TFeatures, TData>; label: string }) {
  if (!('toggleAllPageRowsSelected' in table)) return null
  const all = table.getIsAllPageRowsSelected()
  const checked = all ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false
  return <Checkbox aria-label={label} checked={checked} onCheckedChange={(next) => table.toggleAllPageRowsSelected(next)} />
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
  if (!('toggleSelected' in row)) return null
  return (
    <Checkbox
      aria-label={label}
      checked={row.getIsSelected()}
      onCheckedChange={(next, event) => (onToggle ? onToggle(event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey) : row.toggleSelected(next))}
    />
  )
}
