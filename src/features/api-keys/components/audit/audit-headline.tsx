import { formatLocal, formatUtc } from '../../model/format-time'

/** The page title, and what the figures are: which keys, on which server, as of when, under which policy. */
export function AuditHeadline({ asOf, server, policy, statusWord }: { asOf: number; server: string; policy: number; statusWord: string }) {
  const iso = new Date(asOf).toISOString()
  return (
    <div className="space-y-1">
      <h1 id="audit-heading" className="text-2xl font-semibold tracking-tight">
        Audit
      </h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Which keys should not exist any more: {statusWord} keys on {server}, as of{' '}
        <time dateTime={iso} title={formatLocal(iso)}>
          {formatUtc(iso)}
        </time>{' '}
        (measured from the start of the hour, as the keys list’s filters are). Rotation policy: {policy} days.
      </p>
    </div>
  )
}
