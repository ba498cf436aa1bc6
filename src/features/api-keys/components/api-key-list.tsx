import type { ApiKey } from '../../../api/api-key-schema'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS, STATUS_LABELS, labelOf, permissionsSummary } from '../model/labels'
import { formatRelative, formatUtc } from '../model/format-time'

/** The first screen's plain list of keys. */
export function ApiKeyList({ keys }: { keys: readonly ApiKey[] }) {
  if (keys.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No API keys yet.</p>
  return (
    <ul aria-label="API keys" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium" title={key.name ?? undefined}>
              <bdi>{key.name ?? 'Untitled key'}</bdi>
            </p>
            <p className="font-mono text-xs text-zinc-500">{key.api_key}</p>
          </div>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {labelOf(KEY_TYPE_LABELS, key.key_type)} · {labelOf(ENVIRONMENT_LABELS, key.environment)} · {labelOf(STATUS_LABELS, key.status)} ·{' '}
            {permissionsSummary(key.permissions)}
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {key.last_used_at ? <time dateTime={key.last_used_at} title={formatUtc(key.last_used_at)}>Used {formatRelative(key.last_used_at)}</time> : 'Never used'}
          </p>
        </li>
      ))}
    </ul>
  )
}
