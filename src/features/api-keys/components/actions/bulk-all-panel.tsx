import { Icon } from '../../../../components/ui/icon'
import { Button } from '../../../../components/ui/button'
import { ACTION_LABELS, type KeyAction } from '../../model/key-actions'
import { QueryErrorState } from '../query-error-state'
import type { BulkAllRun } from './use-bulk-all-matching'
import { BulkResults } from './bulk-results'
import { formatCount } from '../../../../lib/intl'

const DOING: Record<KeyAction, string> = { suspend: 'Suspending', reactivate: 'Reactivating', revoke: 'Revoking', delete: 'Deleting' }
const box = 'flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800'

function Progress({ label, text, value, max, onCancel, cancelLabel = 'Cancel' }: { label: string; text: string; value: number; max: number; onCancel?: () => void; cancelLabel?: string }) {
  return (
    <div className={box}>
      <Icon name="loader-circle" className="size-4 shrink-0 animate-spin motion-reduce:animate-none" />
      <p role="status" className="tabular-nums">
        {text}
      </p>
      <progress value={value} max={Math.max(max, 1)} aria-label={label} className="h-1.5 min-w-24 flex-1 accent-indigo-600 dark:accent-indigo-400" />
      {onCancel && (
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  )
}

/** A bulk action over every matching key, past its confirmation: reading, running, and what came of it. */
export function BulkAllPanel({ run }: { run: BulkAllRun }) {
  const { state } = run
  if (state.kind === 'reading') {
    const { read, expected } = state
    const text = expected ? `Reading matching keys… ${formatCount(read)} of ${formatCount(expected)}` : 'Reading matching keys…'
    return <Progress label="Matching keys read" text={text} value={read} max={expected ?? 1} onCancel={run.cancel} />
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
    const text = cancelling ? `Stopping… ${formatCount(done)} of ${formatCount(total)} done; no new requests are sent.` : `${DOING[preview.action]}… ${formatCount(done)} of ${formatCount(total)}.${waiting}`
    return <Progress label={`Keys ${ACTION_LABELS[preview.action].past}`} text={text} value={done} max={total} onCancel={cancelling ? undefined : run.cancel} />
  }
  if (state.kind === 'finished') return <BulkResults state={state} onRetryFailed={run.retryFailed} onDismiss={run.dismiss} />
  return null
}
