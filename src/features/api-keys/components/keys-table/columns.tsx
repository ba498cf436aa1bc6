import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { ApiKey } from '../../../../api/api-key-schema'
import { DataTableColumnHeader } from '../../../../components/data-table/data-table-column-header'
import { DataTableSelectAll, DataTableSelectRow } from '../../../../components/data-table/data-table-select'
import { keyDisplayName } from '../../model/key-actions'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS } from '../../model/labels'
import { DateCell, IdCell, MaskedKeyCell, NameCell, StatusCell, TimeCell } from './cells'
import { PermissionsCell } from './permissions-cell'
import { sentUnreadable } from '../../model/unreadable-value'
import { EnumCell } from './unknown-value'
import { RowActionsCell, type RowAction } from './row-actions-cell'

export const keysTableFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnVisibilityFeature })

const column = createColumnHelper<typeof keysTableFeatures, ApiKey>()

/** What the cells need from the page besides the row. */
export interface KeysTableMeta {
  now: number
  onAction: (action: RowAction, key: ApiKey) => void
  /** Toggles a row's selection; with Shift, selects the range from the last row toggled. */
  onSelectRow?: (id: string, range: boolean) => void
}

export const HIDEABLE_COLUMNS = {
  api_key: 'Key',
  id: 'ID',
  key_type: 'Type',
  environment: 'Environment',
  status: 'Status',
  permissions: 'Permissions',
  create_time: 'Created',
  last_used_at: 'Last used',
} as const

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
      enableHiding: false,
    }),
    column.accessor('api_key', { header: 'Key', cell: ({ getValue }) => <MaskedKeyCell masked={getValue()} />, enableSorting: false }),
    column.accessor('id', { header: 'ID', cell: ({ row }) => <IdCell apiKey={row.original} />, enableSorting: false }),
    column.accessor('key_type', { header: 'Type', cell: ({ row }) => <EnumCell apiKey={row.original} field="key_type" labels={KEY_TYPE_LABELS} />, enableSorting: false }),
    column.accessor('environment', { header: 'Environment', cell: ({ row }) => <EnumCell apiKey={row.original} field="environment" labels={ENVIRONMENT_LABELS} />, enableSorting: false }),
    column.accessor('status', { header: 'Status', cell: ({ row }) => <StatusCell apiKey={row.original} />, enableSorting: false }),
    column.accessor('permissions', { header: 'Permissions', cell: ({ row, getValue }) => <PermissionsCell permissions={getValue()} keyName={keyDisplayName(row.original)} />, enableSorting: false }),
    column.accessor('create_time', {
      header: ({ column: c }) => <DataTableColumnHeader column={c} title="Created" />,
      cell: ({ row, getValue }) => <DateCell iso={getValue()} sent={sentUnreadable(row.original, 'create_time')} />,
    }),
    column.accessor('last_used_at', {
      header: ({ column: c }) => <DataTableColumnHeader column={c} title="Last used" />,
      cell: ({ row, getValue }) => <TimeCell iso={getValue()} now={meta.now} empty="Never" sent={sentUnreadable(row.original, 'last_used_at')} />,
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <RowActionsCell apiKey={row.original} onAction={meta.onAction} />,
      enableHiding: false,
    }),
  ])
}
