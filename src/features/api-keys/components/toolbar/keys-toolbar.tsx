import { RotateCcw, X } from 'lucide-react'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../../../../api/enums'
import { Button } from '../../../../components/ui/button'
import { MultiToggleGroup, ToggleGroup } from '../../../../components/ui/toggle-group'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, LAST_USED_LABELS, STATUS_LABELS } from '../../model/labels'
import { LAST_USED_PRESETS, isFiltered, type LastUsedPreset, type ListView } from '../../model/list-view'
import { ViewsButton } from '../saved-views/views-button'
import { AdvancedFilter, AdvancedToggle, useAdvancedOpen } from './advanced-filter'
import { SearchInput } from './search-input'

const environmentOptions = ENVIRONMENTS.map((value) => ({ value, label: ENVIRONMENT_LABELS[value] }))
const typeOptions = KEY_TYPES.map((value) => ({ value, label: KEY_TYPE_LABELS[value] }))
const statusOptions = KEY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))
/** The toolbar's presets, and a span of last use when a link (from the audit) chose one. */
function lastUsedOptions(current: LastUsedPreset | null) {
  const values: readonly LastUsedPreset[] = current && !(LAST_USED_PRESETS as readonly string[]).includes(current) ? [...LAST_USED_PRESETS, current] : LAST_USED_PRESETS
  return values.map((value) => ({ value, label: LAST_USED_LABELS[value] }))
}

export interface KeysToolbarProps {
  view: ListView
  onSearch: (search: string) => void
  onChange: (change: Partial<Pick<ListView, 'environment' | 'statuses' | 'type' | 'lastUsed' | 'createdOver'>>) => void
  onReset: () => void
  onExpression: (expression: string) => void
}

export function KeysToolbar({ view, onSearch, onChange, onReset, onExpression }: KeysToolbarProps) {
  const [advanced, setAdvanced, openedByLink] = useAdvancedOpen(view.expression)
  return (
    <div role="search" aria-label="Filter keys" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <SearchInput value={view.search} onChange={onSearch} />
        <ViewsButton view={view} />
        <AdvancedToggle open={advanced} expression={view.expression} onToggle={() => setAdvanced(!advanced)} />
        {isFiltered(view) && (
          <Button size="sm" variant="ghost" onClick={onReset}>
            <RotateCcw aria-hidden className="size-3.5" />
            Reset filters
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ToggleGroup label="Environment" anyLabel="All environments" value={view.environment} options={environmentOptions} onChange={(environment) => onChange({ environment })} />
        <MultiToggleGroup label="Status" anyLabel="All statuses" value={view.statuses} options={statusOptions} onChange={(statuses) => onChange({ statuses })} />
        <ToggleGroup label="Type" anyLabel="All types" value={view.type} options={typeOptions} onChange={(type) => onChange({ type })} />
        <ToggleGroup label="Last used" anyLabel="Any use" value={view.lastUsed} options={lastUsedOptions(view.lastUsed)} onChange={(lastUsed) => onChange({ lastUsed })} />
        {view.createdOver && (
          <Button size="sm" onClick={() => onChange({ createdOver: null })} aria-label={`Remove filter: created over ${view.createdOver} days ago`}>
            Created over {view.createdOver} days ago
            <X aria-hidden className="size-3.5" />
          </Button>
        )}
      </div>
      {advanced && <AdvancedFilter expression={view.expression} onApply={onExpression} focus={!openedByLink} />}
    </div>
  )
}
