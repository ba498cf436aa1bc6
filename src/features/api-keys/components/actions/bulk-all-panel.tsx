import { Button } from '../../../../components/ui/button'
import { ACTION_LABELS } from '../../model/key-actions'
import { QueryErrorState } from '../query-error-state'
import type { BulkAllRun } from './use-bulk-all-matching'
import { BulkResults } from './bulk-results'
import { formatCount } from '../../../../lib/intl'
import { ProgressLine } from '../progress-line'

/** A bulk action over every matching key, past its confirmation: reading, running, and what came of it. */
export function BulkAllPanel({ run }: { run: BulkAllRun }) {
  const { state } = run
  if (state.kind === 'reading') {
    const { read, expected } = state
    const text = expected ? `Reading matching keys… ${formatCount(read)} of ${formatCount(expected)}` : 'Reading matching keys…'
    return <ProgressLine label="Matching keys read" text={text} phase={expected ? 'counted' : 'starting'} value={read} max={expected ?? 1} onCancel={run.cancel} />
  }
  if (state.kind === 'read-failed') {
    return (
      <div className="space-y-2">
        <QueryErrorState error={state.error} title="Could not read every matching key" onRetry={() => run.start(state.action)} />
        <Button size="sm" variant="ghost" onClick={run.dismiss}>
          Dismiss
        </Button>
      </div>
    )
  }
  if (state.kind === 'running') {
    const { done, total, rateLimitedMs, cancelling, preview } = state
    const waiting = rateLimitedMs !== null ? ` Rate limited, retrying in ${Math.ceil(rateLimitedMs / 1000)} s.` : ''
    const text = cancelling ? `Stopping… ${formatCount(done)} of ${formatCount(total)} done; no new requests are sent.` : `${ACTION_LABELS[preview.action].doing}… ${formatCount(done)} of ${formatCount(total)}.${waiting}`
    const phase = cancelling ? 'cancelling' : rateLimitedMs !== null ? 'waiting' : 'running'
    return <ProgressLine label={`${ACTION_LABELS[preview.action].doing} keys`} text={text} phase={phase} value={done} max={total} onCancel={cancelling ? undefined : run.cancel} holdsFocus />
  }
  if (state.kind === 'finished') return <BulkResults state={state} onRetryFailed={run.retryFailed} onUndo={run.undo} onDismiss={run.dismiss} />
  return null
}
