import type { CellData, RowData, TableFeatures } from '@tanstack/react-table'

/** What a column says about itself, so the Columns menu and the default visibility need no list of their own. */
export interface DataTableColumnMeta {
  /** The column's name for people: the Columns menu and, for a filterable column, its filter group. */
  label: string
  /** Listed in the Columns menu, so people may hide it. */
  hideable?: boolean
  /** Shown unless someone chose otherwise (default true); `'wide'` only where the table has room. */
  defaultVisible?: boolean | 'wide'
  /** Takes the width the other columns leave (its cell truncates to fit, e.g. a description). */
  fill?: boolean
  /** Its header sorts the table (by the server), and says how it is sorted. */
  sortable?: boolean
  /** Where rows are drawn as cards (a phone), the label shown before the value; none where the value says what it is (a status badge). */
  cardLabel?: string
}

declare module '@tanstack/table-core' {
  interface ColumnMeta<in out TFeatures extends TableFeatures, in out TData extends RowData, TValue extends CellData = CellData> extends DataTableColumnMeta {}
}

interface DescribedColumnDef {
  id?: string
  accessorKey?: unknown
  meta?: DataTableColumnMeta
}

/** Which columns are shown by default at this width, from their definitions' meta. */
export function defaultVisibility(defs: readonly DescribedColumnDef[], wide: boolean): Record<string, boolean> {
  return Object.fromEntries(
    defs.flatMap(({ id, accessorKey, meta }) => {
      const key = id ?? (typeof accessorKey === 'string' ? accessorKey : undefined)
      return key === undefined ? [] : [[key, meta?.defaultVisible === 'wide' ? wide : (meta?.defaultVisible ?? true)]]
    }),
  )
}

/** What the Columns menu reads of a column's meta (label, hideable); a table whose features declare their own meta type has none. */
export function describedMeta(meta: object | undefined): DataTableColumnMeta | undefined {
  if (meta === undefined || !('label' in meta) || typeof meta.label !== 'string') return undefined
  const hideable = 'hideable' in meta && meta.hideable === true
  return { label: meta.label, hideable }
}
