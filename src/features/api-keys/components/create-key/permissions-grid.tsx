import { Icon } from '../../../../components/ui/icon'
import { useId, useRef, useState } from 'react'
import type { ScopeResource } from '../../../../api/scopes'
import { Button } from '../../../../components/ui/button'
import { Checkbox } from '../../../../components/ui/checkbox'
import { cn } from '../../../../components/ui/cn'
import { Input } from '../../../../components/ui/field'
import {
  ACTION_LABELS,
  SCOPE_ACTIONS,
  actionsOf,
  grants,
  hasWholeResource,
  pickedActions,
  searchResources,
  selectionSummary,
  setAction,
  setWholeResource,
} from '../../model/permissions'

interface PermissionsGridProps {
  value: readonly string[]
  onChange: (next: string[]) => void
  invalid?: boolean
}

/** The contract's resources × actions, with "All" per resource (sent as `resource:*`) and a search. */
export function PermissionsGrid({ value, onChange, invalid }: PermissionsGridProps) {
  const [query, setQuery] = useState('')
  const id = useId()
  const resources = searchResources(query)
  const grid = useRef<HTMLDivElement>(null)
  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="relative sm:w-64">
          <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-500" />
          <Input
            type="search"
            aria-label="Filter resources"
            placeholder="Filter resources…"
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // Enter in a search box must not submit the whole create form.
            onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
            className="pl-8"
          />
        </div>
        <div className="flex items-center gap-2">
          <p aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
            {selectionSummary(value)}
          </p>
          {value.length > 0 && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                onChange([])
                // Clear goes with what it cleared: the focus goes to the grid's first box, not the dialog (nor the filter box, which raises a phone's keyboard).
                grid.current?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus()
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        “All” grants every action on a resource, including actions the API adds later (sent as <code className="font-mono">resource:*</code>).
      </p>
      <div
        ref={grid}
        className={cn(
          'divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800',
          invalid && value.length === 0 && 'border-red-600 dark:border-red-500',
        )}
      >
        {resources.map((resource) => (
          <ResourceRow key={resource} id={`${id}-${resource}`} resource={resource} value={value} onChange={onChange} />
        ))}
        {resources.length === 0 && (
          <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">
            No resource matches “<bdi>{query.trim()}</bdi>”.
          </p>
        )}
      </div>
    </div>
  )
}

function ResourceRow({ id, resource, value, onChange }: PermissionsGridProps & { id: string; resource: ScopeResource }) {
  const whole = hasWholeResource(value, resource)
  const picked = pickedActions(value, resource)
  const actions = actionsOf(resource)
  return (
    <div
      role="group"
      aria-labelledby={`${id}-name`}
      className="grid grid-cols-1 gap-x-3 gap-y-1.5 px-3 py-2.5 sm:grid-cols-[minmax(7.5rem,1fr)_repeat(5,4.5rem)] sm:items-center"
    >
      <span id={`${id}-name`} className="font-mono text-sm font-medium">
        {resource}
      </span>
      {/* Labels stay whole ("Submit" broke as "Submi t" in its column, the dialog breaking long words anywhere). */}
      <div className="flex flex-wrap gap-x-4 gap-y-1.5 sm:contents [&_label]:whitespace-nowrap">
        <Checkbox
          id={`${id}-all`}
          label="All"
          // "runs: Read" rather than fourteen checkboxes all called "Read".
          aria-label={`${resource}: All`}
          checked={whole ? true : picked.length > 0 ? 'indeterminate' : false}
          onCheckedChange={(checked) => onChange(setWholeResource(value, resource, checked === true))}
        />
        {SCOPE_ACTIONS.map((action) =>
          actions.includes(action) ? (
            <Checkbox
              key={action}
              id={`${id}-${action}`}
              label={ACTION_LABELS[action]}
              aria-label={`${resource}: ${ACTION_LABELS[action]}`}
              checked={grants(value, resource, action)}
              // Covered by "All": shown ticked, changed by unticking "All".
              disabled={whole}
              onCheckedChange={(checked) => onChange(setAction(value, resource, action, checked === true))}
            />
          ) : (
            <span key={action} aria-hidden className="hidden sm:block" />
          ),
        )}
      </div>
    </div>
  )
}
