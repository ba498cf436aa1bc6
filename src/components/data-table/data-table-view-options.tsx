import type { RowData, Table, TableFeatures } from '@tanstack/react-table'
import { Icon } from '../ui/icon'
import type { ComponentPropsWithRef } from 'react'
import { Button } from '../ui/button'
import { DeferredMenu } from '../ui/deferred-menu'
import { lazyWithRetry } from '../ui/lazy-boundary'
import { describedMeta } from './column-meta'
import type { ColumnOption } from './data-table-view-options-menu'

export const loadViewOptionsMenu = () => import('./data-table-view-options-menu')
const Menu = lazyWithRetry(() => loadViewOptionsMenu(), (m) => m.DataTableViewOptionsMenu)

export function ColumnsButton(props: ComponentPropsWithRef<'button'>) {
  return (
    <Button size="sm" aria-label="Choose columns" {...props}>
      <Icon name="columns-3" className="size-4" />
      {/* Its word only where the search row has room: from 768 px (narrower, it went down to a row of its own), and not on a phone on its side (where Filters joins that row). */}
      <span className="hidden md:inline md:sheet-filters:hidden">Columns</span>
    </Button>
  )
}

/** The columns whose meta says people may hide them, in the table's order, named by their meta's label. */
export function hideableColumns<TFeatures extends TableFeatures, TData extends RowData>(table: Table<TFeatures, TData>): ColumnOption[] {
  return table.getAllLeafColumns().flatMap((column) => {
    const meta = describedMeta(column.columnDef.meta)
    if (!meta?.hideable || !('toggleVisibility' in column)) return []
    return [{ id: column.id, label: meta.label, visible: column.getIsVisible(), setVisible: (visible: boolean) => column.toggleVisibility(visible) }]
  })
}

/** Shows and hides the columns whose meta says they are hideable. The menu loads on first use. */
export function DataTableViewOptions<TFeatures extends TableFeatures, TData extends RowData>({ table }: { table: Table<TFeatures, TData> }) {
  const columns = hideableColumns(table)
  return (
    <DeferredMenu what="the column menu" menu={<Menu columns={columns} defaultOpen />}>
      <ColumnsButton />
    </DeferredMenu>
  )
}
