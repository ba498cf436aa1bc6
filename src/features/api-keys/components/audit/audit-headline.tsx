import { formatLocal, formatUtc, localIsUtc } from '../../model/format-time'
import { AuditTitle } from './audit-title'

/** The page title, and what the figures are: which keys, on which server, as of when, under which policy. */
export function AuditHeadline({ asOf, server, policy, keys }: { asOf: number; server: string; policy: number; keys: string }) {
  const iso = new Date(asOf).toISOString()
  return (
    <div className="space-y-3">
      <AuditTitle />
      <dl aria-label="What the figures count" className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <Detail term="Keys">{keys}</Detail>
        <Detail term="Server">{server}</Detail>
        <Detail term="As of">
          <time dateTime={iso}>{formatUtc(iso)}</time>
          {/* Shown, not in a title: a touch screen or a keyboard never sees a title. */}
          {!localIsUtc(iso) && <span className="font-normal text-zinc-600 dark:text-zinc-400"> ({formatLocal(iso)}, your time)</span>}
        </Detail>
        <Detail term="Rotation policy">{policy} days</Detail>
      </dl>
    </div>
  )
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 gap-1.5">
      <dt className="shrink-0 text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="min-w-0 font-medium">{children}</dd>
    </div>
  )
}
