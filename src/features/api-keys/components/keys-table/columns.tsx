import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures, type CellData, type RowData, type TableFeatures } from '@tanstack/react-table'
import type { ApiKey } from '../../../../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../../../../api/enums'
import { defaultVisibility } from '../../../../components/data-table/column-meta'
import { DataTableColumnHeader } from '../../../../components/data-table/data-table-column-header'
import { DataTableSelectAll, DataTableSelectRow } from '../../../../components/data-table/data-table-select'
import { keyDisplayName } from '../../model/key-actions'
import { oneOf, someOf, type ColumnFilter } from '../../model/column-filter'
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

export const keysTableFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature })

const column = createColumnHelper<typeof keysTableFeatures, ApiKey>()

/** What the cells need from the page besides the row. */
export interface KeysTableMeta {
  now: number
  onAction: (action: RowAction, key: ApiKey) => void
  /** Toggles a row's selection; with Shift, selects the range from the last row toggled. */
  onSelectRow?: (id: string, range: boolean) => void
}

export function keysTableColumns(meta: KeysTableMeta) {
  return column.columns([
    column.display({
      id: 'select',
      header: ({ table }) => <DataTableSelectAll table={table} label="Select all keys on this page" />,
      cell: ({ row }) => <DataTableSelectRow row={row} label={`Select ${keyDisplayName(row.original)}`} onToggle={meta.onSelectRow && ((range) => meta.onSelectRow?.(row.id, range))} />,
      enableSorting: false,
      enableHiding: false,
    }),
    column.accessor('name', {
      header: ({ column: c }) => <DataTableColumnHeader column={c} title="Name" />,
      cell: ({ row }) => <NameCell apiKey={row.original} />,
      meta: { label: 'Name', fill: true },
    }),
    column.accessor('api_key', {
      header: 'Key',
      cell: ({ getValue }) => <MaskedKeyCell masked={getValue()} />,
      enableSorting: false,
      // A phone scrolls less without it.
      meta: { label: 'Key', cardLabel: 'Key', hideable: true, defaultVisible: 'wide' },
    }),
    column.accessor('id', { header: 'ID', cell: ({ row }) => <IdCell apiKey={row.original} />, enableSorting: false, meta: { label: 'ID', cardLabel: 'ID', hideable: true } }),
    column.accessor('key_type', {
      header: 'Type',
      cell: ({ row }) => <EnumCell apiKey={row.original} field="key_type" labels={KEY_TYPE_LABELS} />,
      enableSorting: false,
      meta: { label: 'Type', hideable: true, filter: oneOf('type', { anyLabel: 'All types', order: 3, values: KEY_TYPES, labels: KEY_TYPE_LABELS }) },
    }),
    column.accessor('environment', {
      header: 'Environment',
      cell: ({ row }) => <EnumCell apiKey={row.original} field="environment" labels={ENVIRONMENT_LABELS} />,
      enableSorting: false,
      meta: { label: 'Environment', hideable: true, filter: oneOf('environment', { anyLabel: 'All environments', order: 1, values: ENVIRONMENTS, labels: ENVIRONMENT_LABELS }) },
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row }) => <StatusCell apiKey={row.original} />,
      enableSorting: false,
      meta: { label: 'Status', hideable: true, filter: someOf('statuses', { anyLabel: 'All statuses', order: 2, values: KEY_STATUSES, labels: STATUS_LABELS }) },
    }),
    column.accessor('permissions', { header: 'Permissions', cell: ({ row, getValue }) => <PermissionsCell permissions={getValue()} keyName={keyDisplayName(row.original)} />, enableSorting: false, meta: { label: 'Permissions', cardLabel: 'Permissions', hideable: true } }),
    column.accessor('create_time', {
      header: ({ column: c }) => <DataTableColumnHeader column={c} title="Created" />,
      cell: ({ row, getValue }) => <DateCell iso={getValue()} sent={sentUnreadable(row.original, 'create_time')} />,
      meta: { label: 'Created', cardLabel: 'Created', hideable: true },
    }),
    column.accessor('last_used_at', {
      header: ({ column: c }) => <DataTableColumnHeader column={c} title="Last used" />,
      cell: ({ row, getValue }) => <TimeCell iso={getValue()} now={meta.now} empty="Never" sent={sentUnreadable(row.original, 'last_used_at')} />,
      meta: {
        label: 'Last used',
        cardLabel: 'Last used',
        hideable: true,
        // The toolbar offers the presets; a span a link from the audit chose shows beside them.
        filter: oneOf('lastUsed', { anyLabel: 'Any use', order: 4, values: LAST_USED_FILTERS, shown: LAST_USED_PRESETS, labels: LAST_USED_LABELS }),
      },
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <RowActionsCell apiKey={row.original} onAction={meta.onAction} />,
      enableHiding: false,
    }),
  ])
}

// The columns' own meta, read once: which are shown before anyone chooses.
const described = keysTableColumns({ now: 0, onAction: () => {} })
export const keysColumnDefaults = (wide: boolean) => defaultVisibility(described, wide)
