import { formatLocal, formatRelative, formatUtc, localIsUtc } from '../../model/format-time'
import { MissingValue } from '../keys-table/cells'
import { UnknownValue } from '../keys-table/unknown-value'

/** A moment three ways: how long ago, in UTC, and in the viewer's own time zone unless that is UTC too. */
export function KeyTime({ iso, now, empty, sent }: { iso: string | null | undefined; now: number; empty: string; sent: string | undefined }) {
  if (sent !== undefined) return <UnknownValue sent={sent} />
  if (iso === undefined) return <MissingValue />
  if (!iso) return <span className="text-zinc-600 dark:text-zinc-400">{empty}</span>
  return (
    <span className="flex flex-col">
      <time dateTime={iso} className="font-medium">
        {formatRelative(iso, now)}
      </time>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatUtc(iso)}</span>
      {!localIsUtc(iso) && <span className="text-xs text-zinc-600 dark:text-zinc-400">{formatLocal(iso)} (your time)</span>}
    </span>
  )
}
