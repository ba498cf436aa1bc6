import { useId } from 'react'
import { scopeCount } from '../../model/scope-filter'

/** More scopes than this get a filter box on the key's page: a few read at a glance. */
export const FILTER_FROM = 12

/** The filter box over a long scope list, with how many of how many it shows. */
export function ScopeFilterField({ query, onQuery, shown, total }: { query: string; onQuery: (query: string) => void; shown: number; total: number }) {
  const id = useId()
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        Filter scopes
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        className="w-full max-w-xs rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950"
      />
      <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {scopeCount(shown, total)}
      </p>
    </div>
  )
}
