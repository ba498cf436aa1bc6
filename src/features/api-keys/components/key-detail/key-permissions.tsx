import { Icon } from '../../../../components/ui/icon'
import { useState } from 'react'
import { filterScopes } from '../../model/scope-filter'
import { FULL_ACCESS_MEANING, groupScopes } from '../../model/scope-meaning'
import { MissingValue } from '../keys-table/cells'
import { FILTER_FROM, ScopeFilterField } from './scope-filter-field'

/** The key's scopes grouped by resource, each with what it allows; full access said plainly. */
export function KeyPermissions({ permissions }: { permissions: readonly string[] | undefined }) {
  const [query, setQuery] = useState('')
  if (permissions === undefined) {
    return (
      <p className="text-sm">
        <MissingValue /> <span className="text-zinc-600 dark:text-zinc-400">The server did not send this key’s permissions.</span>
      </p>
    )
  }
  if (permissions.length === 0 || permissions.includes('*')) {
    return (
      <div className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
        <Icon name="key-square" className="mt-0.5 size-4 shrink-0" />
        <p>
          <strong className="font-semibold">Full access.</strong> {FULL_ACCESS_MEANING}
        </p>
      </div>
    )
  }
  const shown = filterScopes(permissions, query)
  return (
    <div className="space-y-3">
      {permissions.length > FILTER_FROM && <ScopeFilterField query={query} onQuery={setQuery} shown={shown.length} total={permissions.length} />}
      <ScopeGroups scopes={shown} />
    </div>
  )
}

function ScopeGroups({ scopes }: { scopes: readonly string[] }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {groupScopes(scopes).map((group) => (
        <section key={group.label} aria-label={group.label} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <h3 className="text-sm font-semibold">{group.label}</h3>
          <ul className="mt-1.5 space-y-1.5 text-sm">
            {group.scopes.map(({ scope, allows }) => (
              <li key={scope}>
                <code className="font-mono text-xs [overflow-wrap:anywhere] text-zinc-700 dark:text-zinc-300">{scope}</code>
                <span className="block text-zinc-600 dark:text-zinc-400">{allows}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
