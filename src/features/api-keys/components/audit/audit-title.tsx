// index.html's shell holds the same words (e2e/first-paint.spec.ts compares them).
const AUDIT_INTRO =
  'Which keys should not exist any more: keys never used, keys due for rotation, and when each environment’s keys were last used. Ages are measured from the start of the hour, as the keys list’s filters measure them.'

/**
 * The audit's title and what it answers: the same words index.html's static shell paints before any
 * script runs, and the app's fallback while the audit's code loads, so neither moves when the page
 * arrives.
 */
export function AuditTitle() {
  return (
    <div className="space-y-1">
      <h1 id="audit-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        Audit
      </h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{AUDIT_INTRO}</p>
    </div>
  )
}
