import type { ApiKey } from '../../../../api/api-key-schema'
import { useScrolls } from '../../../../hooks/use-scrolls'
import { formatRelative, formatUtc } from '../../model/format-time'
import { keyDisplayName } from '../../model/key-actions'
import { ENVIRONMENT_LABELS, labelOf } from '../../model/labels'
import { lastUseOf } from '../../model/last-use'

const muted = 'text-zinc-600 dark:text-zinc-400'

/** The keys a confirmation is about, each with its last use; `markInUse` flags the ones clients are using now. */
export function ActionKeyList({ keys, now, markInUse }: { keys: readonly ApiKey[]; now: number; markInUse: boolean }) {
  const [ref, scrolls] = useScrolls<HTMLUListElement>()
  return (
    // Focusable when it scrolls, so a long list can be scrolled from the keyboard (axe: scrollable-region-focusable);
    // a list that fits is no stop of its own, and the dialog's first field takes the focus.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ul ref={ref} aria-label="Keys" tabIndex={scrolls ? 0 : undefined} className="scroll-shadows max-h-48 space-y-2 overflow-y-auto rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800">
      {keys.map((key) => (
        <li key={key.id} className="min-w-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <bdi className="min-w-0 truncate font-medium">{keyDisplayName(key)}</bdi>
            <span className={`text-xs ${muted}`}>
              {labelOf(ENVIRONMENT_LABELS, key.environment)} · <code className="font-mono [overflow-wrap:anywhere]">{key.id}</code>
            </span>
          </div>
          <LastUseLine apiKey={key} now={now} markInUse={markInUse} />
        </li>
      ))}
    </ul>
  )
}

function LastUseLine({ apiKey, now, markInUse }: { apiKey: ApiKey; now: number; markInUse: boolean }) {
  const use = lastUseOf(apiKey, now)
  if (use.kind === 'unknown') return <p className={`text-xs ${muted}`}>Last use unknown (the server did not say)</p>
  if (use.kind === 'never') return <p className={`text-xs ${muted}`}>Never used</p>
  const utc = formatUtc(use.iso)
  return (
    <p className={`text-xs ${muted}`}>
      {markInUse && use.inUse && (
        <>
          <strong className="rounded bg-amber-100 px-1 font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">In use</strong>{' '}
        </>
      )}
      {use.ahead ? (
        <>
          Last use dated ahead of this device’s clock: <time dateTime={use.iso}>{utc}</time>
        </>
      ) : (
        <>
          Last used{' '}
          <time dateTime={use.iso} title={utc}>
            {formatRelative(use.iso, now)}
          </time>{' '}
          <span className="whitespace-nowrap">({utc})</span>
        </>
      )}
    </p>
  )
}
