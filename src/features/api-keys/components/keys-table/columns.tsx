import { columnVisibilityFeature, createColumnHelper, metaHelper, tableFeatures, type CellData, type HeaderContext, type RowData, type Table, type TableFeatures } from '@tanstack/react-table'
import type { ApiKey } from '../../../../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../../../../api/enums'
import { defaultVisibility } from '../../../../components/data-table/column-meta'
import { columnSort, DataTableColumnHeader, nextSort, type DataTableSort } from '../../../../components/data-table/data-table-column-header'
import { DataTableSelectAll, DataTableSelectRow } from '../../../../components/data-table/data-table-select'
import { keyDisplayName } from '../../model/key-actions'
import { oneOf, someOf, type ColumnFilter } from '../../model/column-filter'
import { pageChecked, type Selection } from '../../model/range-selection'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, LAST_USED_LABELS, STATUS_LABELS } from '../../model/labels'
import { LAST_USED_FILTERS, LAST_USED_PRESETS } from '../../model/list-view'
import { sentUnreadable } from '../../model/unreadable-value'
import { DateCell, IdCell, MaskedKeyCell, NameCell, StatusCell, TimeCell } from './cells'
import { PermissionsCell } from './permissions-cell'
import { EnumCell } from './unknown-value'
import { RowActionsCell, type RowAction } from './row-actions-cell'

declare module '@tanstack/table-core' {
  interface ColumnMeta<in out TFeatures extends TableFeatures, in out TData extends RowData, TValue extends CellData = CellData> {
    /** A filterable column's group in the toolbar, and the ListView field it drives. */
    filter?: ColumnFilter
  }
}

/**
 * What changes as people use the table, read by the headers and cells as they render (handlers as
 * they fire). The columns themselves never change: a cell rebuilt each minute for a new `now` was
 * a new component, remounted, which closed an open row menu and dropped focus to the page.
 * The server sorts and our own state selects, so TanStack's sorting and selection features (11 KiB
 * of the first screen) are not needed: the table only lays out columns and hides some.
 */
export interface KeysTableState {
  now: number
  sort: DataTableSort
  onSortChange: (sort: DataTableSort) => void
  selection: Selection
  onSelectPage: (selected: boolean) => void
  /** Toggles a row's selection; with Shift, selects the range from the last row toggled. */
  onSelectRow: (id: string, range: boolean) => void
  onAction: (action: RowAction, key: ApiKey) => void
}

export const keysTableFeatures = tableFeatures({ columnVisibilityFeature, tableMeta: metaHelper<KeysTableState>() })

const column = createColumnHelper<typeof keysTableFeatures, ApiKey>()

/** The state the keys table is always made with (`useKeysTable`). */
export function stateOf(table: Table<typeof keysTableFeatures, ApiKey>): KeysTableState {
  const state = table.options.meta
  if (state === undefined) throw new Error('keys table without options.meta')
  return state
}

/** What a sorting header reads of its context, whatever its column's value. */
type SortingHeaderContext = Pick<HeaderContext<typeof keysTableFeatures, ApiKey>, 'table'> & { column: { id: string } }

/** A header that sorts by its column: the table's order comes from its state. */
function sortingHeader(title: string) {
  return function SortingHeader({ table, column: c }: SortingHeaderContext) {
    const { sort, onSortChange } = stateOf(table)
    return <DataTableColumnHeader title={title} sorted={columnSort(sort, c.id)} onSort={() => onSortChange(nextSort(sort, c.id))} />
  }
}

/**
 * The keys table's columns, made once. A `cell` is called as a plain function when its row draws
 * (api-keys-table.tsx's `cellContent`), not mounted as a component: it must call no hooks; the
 * component it returns may.
 *
 * Their order is what a narrower screen shows first, beside the pinned name: the columns people
 * decide by (status, environment, last use: "which production keys were never used?") before
 * the type, permissions and age, and the identifiers, which search finds, last. At 1280 px
 * every default column fits; at 768 px the first three do.
 */
export const keysTableColumns = column.columns([
  column.display({
    id: 'select',
    header: ({ table }) => {
      const { selection, onSelectPage } = stateOf(table)
      const ids = table.getRowModel().rows.map((row) => row.id)
      return <DataTableSelectAll label="Select all keys on this page" checked={pageChecked(ids, selection)} onCheckedChange={onSelectPage} />
    },
    cell: ({ row, table }) => (
      <DataTableSelectRow label={`Select ${keyDisplayName(row.original)}`} checked={stateOf(table).selection[row.id] === true} onToggle={(range) => stateOf(table).onSelectRow(row.id, range)} />
    ),
    enableHiding: false,
  }),
  column.accessor('name', {
    header: sortingHeader('Name'),
    cell: ({ row }) => <NameCell apiKey={row.original} />,
    meta: { label: 'Name', fill: true, sortable: true },
  }),
  column.accessor('status', {
    header: 'Status',
    cell: ({ row }) => <StatusCell apiKey={row.original} />,
    meta: { label: 'Status', hideable: true, filter: someOf('statuses', { anyLabel: 'All statuses', order: 2, values: KEY_STATUSES, labels: STATUS_LABELS }) },
  }),
  column.accessor('environment', {
    header: 'Environment',
    cell: ({ row }) => <EnumCell apiKey={row.original} field="environment" labels={ENVIRONMENT_LABELS} />,
    meta: { label: 'Environment', hideable: true, filter: oneOf('environment', { anyLabel: 'All environments', order: 1, values: ENVIRONMENTS, labels: ENVIRONMENT_LABELS }) },
  }),
  column.accessor('last_used_at', {
    header: sortingHeader('Last used'),
    cell: ({ row, table, getValue }) => <TimeCell iso={getValue()} now={stateOf(table).now} empty="Never" sent={sentUnreadable(row.original, 'last_used_at')} what={`last use of ${keyDisplayName(row.original)}`} />,
    meta: {
      label: 'Last used',
      cardLabel: 'Last used',
      hideable: true,
      sortable: true,
      // The toolbar offers the presets; a span a link from the audit chose shows beside them.
      filter: oneOf('lastUsed', { anyLabel: 'Any use', order: 4, values: LAST_USED_FILTERS, shown: LAST_USED_PRESETS, labels: LAST_USED_LABELS }),
    },
  }),
  column.accessor('key_type', {
    header: 'Type',
    cell: ({ row }) => <EnumCell apiKey={row.original} field="key_type" labels={KEY_TYPE_LABELS} />,
    meta: { label: 'Type', hideable: true, filter: oneOf('type', { anyLabel: 'All types', order: 3, values: KEY_TYPES, labels: KEY_TYPE_LABELS }) },
  }),
  column.accessor('permissions', { header: 'Permissions', cell: ({ row, getValue }) => <PermissionsCell permissions={getValue()} keyName={keyDisplayName(row.original)} keyId={row.id} />, meta: { label: 'Permissions', cardLabel: 'Permissions', hideable: true } }),
  column.accessor('create_time', {
    header: sortingHeader('Created'),
    cell: ({ row, getValue }) => <DateCell iso={getValue()} sent={sentUnreadable(row.original, 'create_time')} />,
    meta: { label: 'Created', cardLabel: 'Created', hideable: true, sortable: true },
  }),
  column.accessor('api_key', {
    header: 'Key',
    cell: ({ getValue }) => <MaskedKeyCell masked={getValue()} />,
    // A phone scrolls less without it.
    meta: { label: 'Key', cardLabel: 'Key', hideable: true, defaultVisible: 'wide' },
  }),
  column.accessor('id', { header: 'ID', cell: ({ row }) => <IdCell apiKey={row.original} />, meta: { label: 'ID', cardLabel: 'ID', hideable: true } }),
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    // The handler of the table's latest render, read when it fires. Keyed by the key: rows are
    // drawn by position, and a menu left open must never act on a key that moved into its row.
    cell: ({ row, table }) => <RowActionsCell key={row.id} apiKey={row.original} onAction={(action, key) => stateOf(table).onAction(action, key)} />,
    enableHiding: false,
  }),
])

// The columns' own meta: which are shown before anyone chooses.
export const keysColumnDefaults = (wide: boolean) => defaultVisibility(keysTableColumns, wide)
