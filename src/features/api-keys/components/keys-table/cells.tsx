import type { ApiKey } from '../../../../api/api-key-schema'
import { AppLink } from '../../../../components/ui/app-link'
import { Tooltip } from '../../../../components/ui/tooltip'
import { keyDetailPath } from '../../model/key-path'
import { formatDate, formatLocal, formatRelative, formatUtc, localIsUtc } from '../../model/format-time'
import { keyDisplayName, shownName } from '../../model/key-actions'
import { showHiddenCharacters } from '../../../../lib/hidden-characters'
import { MISSING } from '../../model/labels'
import { shortMaskedKey } from '../../model/masked-key'
import { CopyButton } from './copy-button'
import { sentUnreadable } from '../../model/unreadable-value'
import { StatusBadge } from './status-badge'
import { UnknownValue } from './unknown-value'
import { WaitingBadge } from './waiting-badge'
import { useWaitingChange } from '../../api/waiting-changes'

/** A field the server left out (or sent in a shape this page cannot read). */
export function MissingValue() {
  return <span className="text-zinc-500 dark:text-zinc-400">{MISSING}</span>
}

export function NameCell({ apiKey }: { apiKey: ApiKey }) {
  // undefined: the server did not send a name; null (or blank): the key has none.
  const named = shownName(apiKey)
  // Hidden characters marked, as in the name: an override could make it read as something else.
  const description = apiKey.description && showHiddenCharacters(apiKey.description)
  return (
    // Lines laid over a fixed box: the column gets the width the others leave (its `fill`), not the description's length.
    <div className="relative h-9 min-w-[12.5rem] phone:min-w-0 lg:min-w-[14rem]">
      {/* The same first line either way, so whatever reads the names finds each row's. */}
      <div className="absolute inset-x-0 top-0 font-medium whitespace-nowrap" title={apiKey.name === undefined ? undefined : (named ?? 'Untitled key')}>
        {/* The key's page, with this list view remembered for its Back link. */}
        <AppLink
          href={keyDetailPath(apiKey.id)}
          rememberFrom
          aria-label={apiKey.name === undefined ? `Key ${apiKey.id}, name not sent` : undefined}
          // Truncated inside its own box: a long name's link never reaches under the row's actions button (a phone's card).
          // The line around it does not clip (the link truncates itself): a clipping line cut its focus ring to a sliver.
          className="inline-block max-w-full truncate rounded-sm align-top hover:underline focus-visible:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
        >
          {apiKey.name === undefined ? <MissingValue /> : <bdi className={named === null ? 'text-zinc-500 italic dark:text-zinc-400' : undefined}>{named ?? 'Untitled key'}</bdi>}
        </AppLink>
      </div>
      {/* Always a second line, empty without a description: every row is one height. */}
      <div className="absolute inset-x-0 bottom-0 h-4 truncate text-xs text-zinc-500 dark:text-zinc-400" title={description || undefined}>
        {description && <bdi>{description}</bdi>}
      </div>
    </div>
  )
}

export function IdCell({ apiKey }: { apiKey: ApiKey }) {
  const short = apiKey.id.length > 12 ? `${apiKey.id.slice(0, 4)}…${apiKey.id.slice(-6)}` : apiKey.id
  return (
    <div className="flex items-center gap-1 whitespace-nowrap">
      <code className="font-mono text-xs text-zinc-600 dark:text-zinc-400" title={apiKey.id}>
        {short}
      </code>
      <CopyButton value={apiKey.id} label={`Copy ID of ${keyDisplayName(apiKey)}`} />
    </div>
  )
}

/** The masked key, shortened to the end that shows (`…o5p6`): what support matches a leaked key by. */
export function MaskedKeyCell({ masked }: { masked: string | undefined }) {
  if (!masked) return <MissingValue />
  return (
    // Not a <code title>: that is the ID cell's, which finds a row by its id.
    <span className="font-mono text-xs whitespace-nowrap text-zinc-700 dark:text-zinc-300" title={masked}>
      {shortMaskedKey(masked)}
    </span>
  )
}

/** The badge; a change not sent yet (offline) says so; a status this client cannot read is "unknown" with what was sent. */
export function StatusCell({ apiKey }: { apiKey: Pick<ApiKey, 'id' | 'status' | 'unreadable'> }) {
  const waiting = useWaitingChange(apiKey.id)
  if (waiting !== null) return <WaitingBadge target={waiting} />
  const sent = sentUnreadable(apiKey, 'status')
  if (sent !== undefined) return <UnknownValue sent={sent} />
  return apiKey.status === undefined ? <MissingValue /> : <StatusBadge status={apiKey.status} />
}

/**
 * `null` means it never happened (`empty`, e.g. "Never"); `undefined` means the server did not say; `sent`, that it sent what cannot be read.
 * `what` names the time and its key ("last use of deploy-bot"): each row's button says more than "2 days ago".
 */
export function TimeCell({ iso, now, empty, sent, what }: { iso: string | null | undefined; now: number; empty: string; sent?: string | undefined; what: string }) {
  if (sent !== undefined) return <UnknownValue sent={sent} />
  if (iso === undefined) return <MissingValue />
  if (!iso) return <span className="text-zinc-500 dark:text-zinc-400">{empty}</span>
  // The local time too, unless it would say the UTC time again.
  const local = localIsUtc(iso) ? null : formatLocal(iso)
  const relative = formatRelative(iso, now)
  return (
    <Tooltip
      description={local ? `${formatUtc(iso)}; ${local}` : formatUtc(iso)}
      content={
        <span>
          {formatUtc(iso)}
          {local && (
            <>
              <br />
              {local}
            </>
          )}
        </span>
      }
    >
      {/* The name starts with what it shows (WCAG 2.5.3). */}
      <button type="button" aria-label={`${relative}: ${what}`} className="whitespace-nowrap underline decoration-dotted underline-offset-4 pointer-coarse:py-1.5">
        <time dateTime={iso}>{relative}</time>
      </button>
    </Tooltip>
  )
}

export function DateCell({ iso, sent }: { iso: string | undefined; sent?: string | undefined }) {
  if (sent !== undefined) return <UnknownValue sent={sent} />
  if (!iso) return <MissingValue />
  return (
    <time dateTime={iso} title={formatUtc(iso)} className="whitespace-nowrap">
      {formatDate(iso)}
    </time>
  )
}
