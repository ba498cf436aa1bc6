import { useId, type Ref } from 'react'
import { cn } from '../../../../components/ui/cn'
import { scopeCount } from '../../model/scope-filter'

/** More scopes than this get a filter box on the key's page: a few read at a glance. */
export const FILTER_FROM = 12

interface ScopeFilterFieldProps {
  query: string
  onQuery: (query: string) => void
  shown: number
  total: number
  /** The input, for a popover that focuses it on open. */
  ref?: Ref<HTMLInputElement>
  /** The layout of label, box and count; a row that wraps unless told otherwise. */
  className?: string
  /** The box takes the whole width (in a narrow popover) instead of stopping at max-w-xs. */
  fullWidth?: boolean
}

/** The filter box over a long scope list, with how many of how many it shows. */
export function ScopeFilterField({ query, onQuery, shown, total, ref, className = 'flex flex-wrap items-center gap-x-3 gap-y-1', fullWidth = false }: ScopeFilterFieldProps) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        Filter scopes
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        className={cn('w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950', !fullWidth && 'max-w-xs')}
      />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {/* Live only while filtering: "20 scopes" as the key loads (or redraws) is no news to announce. */}
        <span role="status">{query === '' ? '' : scopeCount(shown, total)}</span>
        {query === '' && scopeCount(shown, total)}
      </p>
    </div>
  )
}
