import { Icon } from '../ui/icon'

/** The order a table shows: one column, sorted by the server. */
export interface DataTableSort {
  id: string
  desc: boolean
}

/** Where one column stands in the table's order: false while another column sorts it. */
export type ColumnSort = 'asc' | 'desc' | false

export function columnSort(sort: DataTableSort, id: string): ColumnSort {
  if (sort.id !== id) return false
  return sort.desc ? 'desc' : 'asc'
}

/** A header's click: another column sorts ascending first, the sorting one flips. Never unsorted: Reset returns to the default order. */
export function nextSort(sort: DataTableSort, id: string): DataTableSort {
  return sort.id === id ? { id, desc: !sort.desc } : { id, desc: false }
}

/** A sortable header: one button that cycles the sort, the direction shown and announced. */
export function DataTableColumnHeader({ title, sorted, onSort }: { title: string; sorted: ColumnSort; onSort: () => void }) {
  const icon = sorted === 'asc' ? 'arrow-up' : sorted === 'desc' ? 'arrow-down' : 'arrow-up-down'
  return (
    <button
      type="button"
      onClick={onSort}
      className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium pointer-coarse:py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      {title}
      <Icon name={icon} className={sorted ? 'size-3.5' : 'size-3.5 opacity-40'} />
    </button>
  )
}

/** The `aria-sort` value for a sortable column's header cell. */
export function ariaSort(sorted: ColumnSort) {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}
