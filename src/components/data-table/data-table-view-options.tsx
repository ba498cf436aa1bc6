import type { RowData, Table, TableFeatures } from '@tanstack/react-table'
import { Columns3 } from 'lucide-react'
import type { ComponentPropsWithRef } from 'react'
import { Button } from '../ui/button'
import { DeferredMenu } from '../ui/deferred-menu'
import { lazyWithRetry } from '../ui/lazy-boundary'
import type { ColumnOption } from './data-table-view-options-menu'

export const loadViewOptionsMenu = () => import('./data-table-view-options-menu')
const Menu = lazyWithRetry(() => loadViewOptionsMenu(), (m) => m.DataTableViewOptionsMenu)

export function ColumnsButton(props: ComponentPropsWithRef<'button'>) {
  return (
    <Button size="sm" aria-label="Choose columns" {...props}>
      <Columns3 aria-hidden className="size-4" />
      <span className="hidden sm:inline">Columns</span>
    </Button>
  )
}

/** Shows and hides columns; `labels` names the hideable ones. The menu loads on first use. */
export function DataTableViewOptions<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  labels,
}: {
  table: Table<TFeatures, TData>
  labels: Readonly<Record<string, string>>
}) {
  const columns: ColumnOption[] = table.getAllLeafColumns().flatMap((column) => {
    const label = labels[column.id]
    if (label === undefined || !('toggleVisibility' in column)) return []
    return [{ id: column.id, label, visible: column.getIsVisible(), setVisible: (visible: boolean) => column.toggleVisibility(visible) }]
  })
  return (
    <DeferredMenu what="the column menu" menu={<Menu columns={columns} defaultOpen />}>
      <ColumnsButton />
    </DeferredMenu>
  )
}
