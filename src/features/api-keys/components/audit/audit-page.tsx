import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { KEY_STATUSES } from '../../../../api/enums'
import { ToggleGroup } from '../../../../components/ui/toggle-group'
import { useLocationSearch } from '../../../../hooks/use-location-search'
import { useNow } from '../../../../hooks/use-now'
import { usePageFocus } from '../../../../hooks/use-page-focus'
import { useAuditCounts } from '../../api/use-audit-counts'
import { NO_FAULTS } from '../../model/answer-faults'
import { AnswerFaultsNotice } from '../answer-faults-notice'
import { allFigures, auditFigures, NEVER_USED_AFTER_DAYS } from '../../model/audit-figures'
import { ROTATION_POLICIES, auditLinkLeftovers, parseAuditView, serializeAuditView, type AuditView, type RotationPolicy } from '../../model/audit-view'
import { LinkNote } from '../link-leftovers-notice'
import { KEY_TYPE_LABELS, STATUS_LABELS } from '../../model/labels'
import { QueryErrorState } from '../query-error-state'
import { ReadingProgress } from '../list-reading'
import { ReadingStopped } from '../reading-stopped'
import { AuditHeadline } from './audit-headline'
import { BarList } from './bar-list'
import { LastUseChart } from './last-use-chart'

const HOUR = 3600_000
const statusOptions = [...KEY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })), { value: 'all' as const, label: 'All statuses' }]
const policyOptions = ROTATION_POLICIES.map((days) => ({ value: String(days) as `${RotationPolicy}`, label: `${days} days` }))

/**
 * "Which keys should not exist any more?" on one page: last use, never used, rotation due, by
 * status and type. `serverName` says where the keys are ("api.coval.dev", the demo's server).
 */
export function AuditPage({ serverName }: { serverName: string }) {
  const [search, navigate] = useLocationSearch()
  const audit = useMemo(() => parseAuditView(new URLSearchParams(search)), [search])
  const [linkNote, setLinkNote] = useState<readonly string[]>([])
  const setAudit = (change: Partial<AuditView>) => {
    setLinkNote([])
    navigate(serializeAuditView({ ...audit, ...change }), 'replace')
  }
  // A link's values the audit does not know (or in another case): said, and the address becomes the audit's own.
  const untidy = useMemo(() => {
    const asked = new URLSearchParams(search)
    const own = serializeAuditView(audit)
    return ['status', 'policy'].every((name) => asked.get(name) === own.get(name)) ? null : { own, leftovers: auditLinkLeftovers(asked, audit) }
  }, [search, audit])
  const [checked, setChecked] = useState<string | null>(null)
  if (search !== checked) {
    setChecked(search)
    if (untidy) setLinkNote(untidy.leftovers)
  }
  useEffect(() => {
    if (untidy) navigate(untidy.own, 'replace')
  }, [untidy, navigate])
  // The hour the figures are measured from, as the keys list measures its filters.
  const asOf = Math.floor(useNow() / HOUR) * HOUR
  const figures = useMemo(() => auditFigures(audit, asOf), [audit, asOf])
  const every = useMemo(() => allFigures(figures), [figures])
  const counts = useAuditCounts(every)
  // Retry goes with the failure it answered: the focus then goes to the heading, not the page's body.
  usePageFocus('audit-heading', counts.error === null ? 'figures' : 'failed')
  // Each answer re-renders the page at once (a store update is urgent); the charts follow in a
  // render that yields to the main thread, so a burst of answers is not a burst of long tasks.
  const shown = useDeferredValue(counts.counts)
  const keys = audit.status === 'all' ? 'All statuses' : STATUS_LABELS[audit.status]
  const attention = useMemo(
    () => [
      { figure: figures.neverUsed, label: `Never used, created over ${NEVER_USED_AFTER_DAYS} days ago` },
      { figure: figures.rotationDue, label: `Rotation due: created over ${audit.policy} days ago` },
    ],
    [figures, audit.policy],
  )
  const byType = useMemo(() => figures.byType.map((figure) => ({ figure, label: KEY_TYPE_LABELS[figure.type] })), [figures])
  const byStatus = useMemo(() => figures.byStatus.map((figure) => ({ figure, label: STATUS_LABELS[figure.status] })), [figures])

  return (
    <section aria-labelledby="audit-heading" className="space-y-6">
      <AuditHeadline asOf={asOf} server={serverName} policy={audit.policy} keys={keys} />
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <ToggleGroup label="Keys" value={audit.status} options={statusOptions} onChange={(status) => setAudit({ status: status ?? 'ACTIVE' })} />
        <ToggleGroup label="Rotation policy" value={String(audit.policy) as `${RotationPolicy}`} options={policyOptions} onChange={(policy) => policy && setAudit({ policy: Number(policy) as RotationPolicy })} />
      </div>
      {/* Heard once every figure of this choice is in: on arrival, and after each change of keys or policy. */}
      <p role="status" className="sr-only">
        {counts.error === null && !counts.stopped && every.every((figure) => counts.counts.has(figure.id)) ? `Figures counted. Keys: ${keys}; rotation policy: ${audit.policy} days.` : ''}
      </p>
      <LinkNote leftovers={linkNote} what="the audit" onDismiss={() => setLinkNote([])} />
      {(counts.missing || counts.changed) && <AnswerFaultsNotice faults={{ ...NO_FAULTS, missing: counts.changed ? null : counts.missing, changed: counts.changed }} onStartAgain={counts.retry} under="figures" />}
      {counts.error !== null && <QueryErrorState error={counts.error} onRetry={counts.retry} />}
      {counts.reading && <ReadingProgress read={counts.reading.read} expected={counts.reading.expected} onCancel={counts.reading.cancel} />}
      {counts.stopped ? (
        <ReadingStopped read={0} expected={0} onResume={counts.stopped.resume} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2 print:block print:space-y-4">
          <Panel title="Last use by environment" wide>
            <LastUseChart figures={figures.lastUse} counts={shown} />
          </Panel>
          <Panel title="Keys that should not exist any more">
            <BarList name="Keys that should not exist any more" counts={shown} items={attention} />
          </Panel>
          <Panel title="By type">
            <BarList name="Keys by type" counts={shown} items={byType} />
          </Panel>
          <Panel title="By status (every key)">
            <BarList name="Keys by status" counts={shown} items={byStatus} />
          </Panel>
        </div>
      )}
    </section>
  )
}

function Panel({ title, wide = false, children }: { title: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <section aria-label={title} className={`min-w-0 space-y-3 rounded-lg border border-zinc-200 p-3 break-inside-avoid sm:p-4 dark:border-zinc-800 ${wide ? 'lg:col-span-2' : ''}`}>
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  )
}
