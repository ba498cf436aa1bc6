import { useTable, type Updater } from '@tanstack/react-table'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { ariaSort, columnSort, type DataTableSort } from '../../../../components/data-table/data-table-column-header'
import { useFocusSurvivesRowRemoval } from '../../../../hooks/use-focus-survives-row-removal'
import { cn } from '../../../../components/ui/cn'
import { selectPage, type Selection } from '../../model/range-selection'
import { keysTableColumns, keysTableFeatures, stateOf, type KeysTableState } from './columns'
import { assignRowSlots, sameIds } from './row-slots'
import { useFocusClearOfPins } from './use-focus-clear-of-pins'
import { useScreenFirst } from './use-screen-first'
import '../../../../styles/key-cards.css'
import '../../../../styles/keys-table-columns.css'

export interface ApiKeysTableProps {
  keys: readonly ApiKey[]
  sort: DataTableSort
  onSortChange: (sort: DataTableSort) => void
  selection: Selection
  onSelectionChange: (selection: Selection) => void
  columnVisibility: Record<string, boolean>
  onColumnVisibilityChange: (updater: Updater<Record<string, boolean>>) => void
  now: number
  onAction: KeysTableState['onAction']
  onSelectRow: KeysTableState['onSelectRow']
}

export function useKeysTable(props: ApiKeysTableProps) {
  const { keys, sort, onSortChange, selection, onSelectionChange, columnVisibility, onColumnVisibilityChange, now, onAction, onSelectRow } = props
  return useTable({
    features: keysTableFeatures,
    columns: keysTableColumns,
    data: keys as ApiKey[],
    getRowId: (row) => row.id,
    state: { columnVisibility },
    onColumnVisibilityChange,
    meta: {
      now,
      sort,
      onSortChange,
      selection,
      onSelectPage: (selected) => onSelectionChange(selectPage(keys.map((key) => key.id), selection, selected)),
      onSelectRow,
      onAction,
    },
  })
}

export type KeysTable = ReturnType<typeof useKeysTable>

/** The row the keyboard shortcuts act on, and how it follows focus moved by Tab or click. */
export interface RowFocus {
  focusedId: string | null
  onRowFocus: (id: string) => void
}

/** `busy`: the rows are the previous view's while the next loads; `dimmed`: show it (after a short delay). */
export function ApiKeysTable({ table, busy, dimmed, caption, rowFocus }: { table: KeysTable; busy: boolean; dimmed: boolean; caption: string; rowFocus?: RowFocus }) {
  const state = stateOf(table)
  const modelRows = table.getRowModel().rows
  const modelIds = useMemo(() => modelRows.map((row) => row.id), [modelRows])
  const tbodyRef = useRef<HTMLTableSectionElement>(null)
  // The rows on screen first when the keys change; those below a frame later (use-screen-first.ts).
  const { drawn: rows, pending } = useScreenFirst(modelRows, modelIds, tbodyRef)
  const rowIds = useMemo(() => (rows === modelRows ? modelIds : rows.map((row) => row.id)), [rows, modelRows, modelIds])
  // Moved on during render when the keys drawn change, as React adjusts state to new props.
  const [slots, setSlots] = useState(() => ({ ids: rowIds, slots: assignRowSlots(new Map(), rowIds) }))
  if (!sameIds(slots.ids, rowIds)) setSlots({ ids: rowIds, slots: assignRowSlots(slots.slots, rowIds) })
  useFocusSurvivesRowRemoval(rowIds, tbodyRef)
  const frameRef = useFocusClearOfPins<HTMLDivElement>()
  const onRowFocus = rowFocus?.onRowFocus
  useEffect(() => {
    // Tab or a click into a row makes it the one j/k move from.
    const body = tbodyRef.current
    if (!body || !onRowFocus) return
    const follow = (event: FocusEvent) => {
      const id = event.target instanceof Element ? event.target.closest('tr')?.dataset.rowId : undefined
      if (id) onRowFocus(id)
    }
    body.addEventListener('focusin', follow)
    return () => body.removeEventListener('focusin', follow)
  }, [tbodyRef, onRowFocus])
  return (
    // On a phone the rows are cards (key-cards.css): no frame round them, nothing to scroll sideways.
    <div ref={frameRef} className="relative overflow-x-auto rounded-lg border border-zinc-200 [contain:layout_style] phone:overflow-visible phone:rounded-none phone:border-0 dark:border-zinc-800">
      <table aria-label="API keys" aria-busy={busy || pending} className={cn('key-cards w-full text-left text-sm transition-opacity', dimmed && 'opacity-60')}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                const sortable = meta?.sortable === true
                return (
                  <th
                    key={header.id}
                    data-column={header.column.id}
                    data-sortable={sortable || undefined}
                    scope="col"
                    aria-sort={sortable ? ariaSort(columnSort(state.sort, header.column.id)) : undefined}
                    className={cn('px-3 py-2.5 font-medium whitespace-nowrap first:w-10', meta?.fill && 'w-full')}
                  >
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        {/* Cell padding set once here rather than on every cell: fewer attributes to write per repaint. */}
        <tbody
          ref={tbodyRef}
          className="divide-y divide-zinc-200 dark:divide-zinc-800 [&>tr>td]:px-3 [&>tr>td]:py-2 [&>tr>td]:align-middle">
          {/* Rows keyed by slot (row-slots.ts): a key still shown keeps its row's elements (and the
              focus in them), and a key newly shown takes over those of a key gone, so a page turn
              updates 20 rows in place instead of making them anew (Next 36.7 → 31.3 ms by turns).
              What holds a key's own state is keyed by the key (the actions menu, columns.tsx) or
              knows its key (the copy check, the scopes popover). */}
          {rows.map((row) => (
            <KeysTableRow
              key={slots.slots.get(row.id)}
              row={row}
              current={row.id === rowFocus?.focusedId}
              selected={state.selection[row.id] === true}
              now={state.now}
              cells={row.getVisibleCells()}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}

type KeysRow = ReturnType<KeysTable['getRowModel']>['rows'][number]

/**
 * One row, re-rendered only when its data, selection, columns or the minute change: while the
 * next page loads, the previous rows stay on screen without being drawn again. `now` is read by
 * the cells from the table's state; as a prop it only says when "3 minutes ago" needs redrawing.
 */
const KeysTableRow = memo(function KeysTableRow({
  row,
  current,
  selected,
  cells,
}: {
  row: KeysRow
  current: boolean
  selected: boolean
  now: number
  cells: ReturnType<KeysRow['getVisibleCells']>
}) {
  return (
    <tr
      data-row-id={row.id}
      data-selected={selected || undefined}
      aria-current={current || undefined}
      // The current row (j, k) is marked by a bar along its start (keys-table-columns.css), not an outline like focus's.
      className="hover:bg-zinc-50 data-selected:bg-indigo-50/60 dark:hover:bg-zinc-900/60 dark:data-selected:bg-indigo-950/40"
    >
      {cells.map((cell) => (
        <td key={cell.column.id} data-column={cell.column.id} data-label={cell.column.columnDef.meta?.cardLabel}>
          {cellContent(cell)}
        </td>
      ))}
    </tr>
  )
})

type KeysCell = ReturnType<KeysRow['getVisibleCells']>[number]

/**
 * A cell's content: its column's `cell` called with the cell's context, as a function. FlexRender
 * would mount it as a component, under one of its own: two components a cell that draw nothing,
 * 440 of the about 1,400 a page of 20 rows mounts on every Next. The columns' `cell`s call no hooks
 * (columns.tsx), so they need not be components.
 */
function cellContent(cell: KeysCell) {
  const content = cell.column.columnDef.cell
  return typeof content === 'function' ? content(cell.getContext()) : (content ?? null)
}
