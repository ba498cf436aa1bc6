import { Button } from '../../../../components/ui/button'
import { Icon } from '../../../../components/ui/icon'
import { MultiToggleGroup, ToggleGroup } from '../../../../components/ui/toggle-group'
import type { ColumnFilter } from '../../model/column-filter'
import type { ListView } from '../../model/list-view'

/** A filterable column: its label names the group, its meta's filter draws it. */
export interface FilterColumn {
  /** The column's id: two columns may filter one field, never share an id. */
  id: string
  label: string
  filter: ColumnFilter
}

/** The columns whose meta holds a filter, in the toolbar's order (the filters', not the columns'). */
export function filterColumns(columns: readonly { id: string; columnDef: { meta?: { label: string; filter?: ColumnFilter } } }[]): FilterColumn[] {
  return columns
    .flatMap(({ id, columnDef: { meta } }) => (meta?.filter ? [{ id, label: meta.label, filter: meta.filter }] : []))
    .sort((a, b) => a.filter.order - b.filter.order)
}

/**
 * One toggle group per filterable column, then the created-age span an audit link chose (it has no
 * group: only a link sets it). `onIntent`: a pointer rests on an option, with the change pressing it would make.
 */
export function ColumnFilters({
  columns,
  view,
  onChange,
  onIntent,
}: {
  columns: readonly FilterColumn[]
  view: ListView
  onChange: (change: Partial<ListView>) => void
  onIntent?: (change: Partial<ListView>) => void
}) {
  const groups = columns.map(({ id, label, filter }) =>
    filter.multiple ? (
      <MultiToggleGroup
        key={id}
        label={label}
        anyLabel={filter.anyLabel}
        value={filter.selected(view)}
        options={filter.options(view)}
        onChange={(values) => onChange(filter.change(values))}
        onIntent={onIntent && ((values) => onIntent(filter.change(values)))}
      />
    ) : (
      <ToggleGroup
        key={id}
        label={label}
        anyLabel={filter.anyLabel}
        value={filter.selected(view)[0] ?? null}
        options={filter.options(view)}
        onChange={(value) => onChange(filter.change(value === null ? [] : [value]))}
        onIntent={onIntent && ((value) => onIntent(filter.change(value === null ? [] : [value])))}
      />
    ),
  )
  return (
    <>
      {groups}
      {view.createdOver && (
        <Button size="sm" onClick={() => onChange({ createdOver: null })} aria-label={`Remove filter: created over ${view.createdOver} days ago`}>
          Created over {view.createdOver} days ago
          <Icon name="x" className="size-3.5" />
        </Button>
      )}
    </>
  )
}
