import { Icon } from '../../../../components/ui/icon'
import { useState, type ReactNode } from 'react'
import { Button } from '../../../../components/ui/button'
import { isFiltered, type ListView } from '../../model/list-view'
import { ViewsButton } from '../saved-views/views-button'
import { ColumnFilters, type FilterColumn } from './column-filters'
import { AdvancedFilter, AdvancedToggle, useAdvancedOpen, type ExpressionDraft } from './advanced-filter'
import { FiltersButton } from './filters-button'
import type { FiltersSheetProps } from './filters-sheet'
import { focusAfterReset, SearchInput } from './search-input'

export interface KeysToolbarProps {
  view: ListView
  /** The filterable columns (see `filterColumns`): one toggle group each. */
  filters: readonly FilterColumn[]
  onSearch: (search: string) => void
  onChange: (change: Partial<ListView>, mode?: 'push' | 'replace') => void
  /** A pointer rests on a filter option: the change pressing it would make, to fetch its rows ahead. */
  onIntent?: (change: Partial<ListView>) => void
  /** The search box has the focus or the pointer: a search may be typed next. */
  onSearchIntent?: () => void
  onReset: () => void
  onExpression: (expression: string) => void
  /** The table's own tools (the Columns menu), at the end of the search row: with the filters, never a row of their own. */
  tools?: ReactNode
  /** How many keys the view holds, when known (the phone's filters sheet says it). */
  total: number | null
  /** The browser's read under way, if any: the phone's filters sheet shows it over the list's own. */
  reading?: FiltersSheetProps['reading']
  /** The view as the list applies it (an expression that does not parse left out): what a saved view keeps. */
  applied?: ListView
}

/** Search, then the filters: in a row of groups, or on a phone (≤ 640 px, or on its side) behind a Filters button, so the first key shows without scrolling. */
export function KeysToolbar({ view, applied = view, filters, onSearch, onChange, onIntent, onSearchIntent, onReset, onExpression, tools, total, reading }: KeysToolbarProps) {
  const [advanced, setAdvanced, openedByLink] = useAdvancedOpen(view.expression)
  const [draft, setDraft] = useState<ExpressionDraft | null>(null)
  return (
    <div role="search" aria-label="Filter keys" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchInput value={view.search} onChange={onSearch} onIntent={onSearchIntent} />
        <FiltersButton view={view} filters={filters} onChange={onChange} total={total} reading={reading} />
        <ViewsButton view={applied} notApplied={applied.expression === view.expression ? null : view.expression} />
        <AdvancedToggle open={advanced} expression={view.expression} onToggle={() => setAdvanced(!advanced)} />
        {isFiltered(view) && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              onReset()
              focusAfterReset()
            }}
          >
            <Icon name="rotate-ccw" className="size-3.5" />
            Reset filters
          </Button>
        )}
        {tools && <div className="ml-auto flex items-center gap-2">{tools}</div>}
      </div>
      <div className="flex flex-wrap items-center gap-2 sheet-filters:hidden">
        <ColumnFilters columns={filters} view={view} onChange={onChange} onIntent={onIntent} />
      </div>
      {advanced && <AdvancedFilter expression={view.expression} onApply={onExpression} focus={!openedByLink} draft={draft} onDraft={setDraft} />}
    </div>
  )
}
