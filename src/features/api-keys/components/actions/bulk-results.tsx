import { useEffect, useRef } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { ACTION_LABELS, ACTION_TARGET, keyDisplayName } from '../../model/key-actions'
import { previewBulk, type BulkPreview } from '../../model/bulk-preview'
import { undoOfMany, undoReason } from '../../model/undo-plan'
import type { BulkAllState } from './use-bulk-all-matching'
import { DismissResultButton, FailedKeys, OtherwiseKeys } from './bulk-key-lists'
import { formatCount } from '../../../../lib/intl'

type Finished = Extract<BulkAllState, { kind: 'finished' }>

/**
 * The Undo of a finished run: the keys it changed, as it left them, each put back (after a
 * reactivate, only those that were suspended). None for an Undo's own run, nor for a revoke or delete.
 */
function undoPlan({ preview, succeeded }: Finished): BulkPreview | null {
  const done = preview.action
  const back = preview.undoes || done === 'delete' ? null : undoOfMany(done, succeeded)
  if (done === 'delete' || !back) return null
  return { ...previewBulk(back.action, back.keys.map((key) => ({ ...key, status: ACTION_TARGET[done] }))), undoes: done }
}

interface BulkResultsProps {
  state: Finished
  onRetryFailed: () => void
  onUndo: (preview: BulkPreview, reason: string) => void
  onDismiss: () => void
}

/** Per key, what a bulk action over a whole view did: succeeded, skipped, failed (with Retry), not sent; and its Undo. */
export function BulkResults({ state, onRetryFailed, onUndo, onDismiss }: BulkResultsProps) {
  const { preview, succeeded, failed, notSent, answeredOtherwise, gone } = state
  const undo = undoPlan(state)
  const { past } = ACTION_LABELS[preview.action]
  const skipped = preview.skipped.flatMap((group) => group.keys)
  const parts = [`${succeeded.length} ${past}`]
  if (skipped.length > 0) parts.push(`${skipped.length} skipped`)
  if (gone.length > 0) parts.push(`${gone.length} deleted elsewhere meanwhile`)
  if (answeredOtherwise.length > 0) parts.push(`${answeredOtherwise.length} answered otherwise by the server`)
  if (failed.length > 0) parts.push(`${failed.length} failed`)
  if (notSent.length > 0) parts.push(`${notSent.length} not sent (cancelled)`)
  const trouble = failed.length > 0 || answeredOtherwise.length > 0
  const section = useRef<HTMLElement>(null)
  // The button that started the run may be gone by now: a keyboard user goes on from here.
  useEffect(() => {
    const active = document.activeElement
    if (!active || active === document.body) section.current?.focus()
  }, [])
  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-label="Bulk action result"
      className={`flex items-start gap-2 rounded-lg border px-3 py-2 text-sm ${trouble ? 'border-red-200 bg-red-50 dark:border-red-900 dark:bg-red-950/50' : 'border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/50'}`}
    >
      <div className="min-w-0 flex-1 space-y-2">
        <p role={trouble ? 'alert' : 'status'} className="font-medium">
          {parts.join(', ')}.
        </p>
        {undo && (
          <Button size="sm" onClick={() => onUndo(undo, undoReason(preview.action))}>
            Undo: {ACTION_LABELS[undo.action].verb.toLowerCase()} {formatCount(undo.willChange.length)}
          </Button>
        )}
        <OtherwiseKeys items={answeredOtherwise} />
        {failed.length > 0 && (
          <div className="space-y-1">
            <FailedKeys items={failed} />
            <Button size="sm" onClick={onRetryFailed}>
              Retry failed
            </Button>
          </div>
        )}
        <KeyNames label={`Keys ${past}`} keys={succeeded} open={notSent.length > 0} />
        {preview.skipped.map((group) => (
          <KeyNames key={group.status} label={`Skipped, ${group.statusWord}`} keys={group.keys} />
        ))}
        <KeyNames label="Not sent (cancelled)" keys={notSent} />
        <KeyNames label="Deleted elsewhere meanwhile" keys={gone} />
      </div>
      <DismissResultButton onDismiss={onDismiss} />
    </section>
  )
}

/** Keys named in a list that can be long: folded away unless asked for. */
function KeyNames({ label, keys, open = false }: { label: string; keys: readonly ApiKey[]; open?: boolean }) {
  if (keys.length === 0) return null
  return (
    <details open={open} className="text-sm">
      <summary className="cursor-pointer">
        {label} ({formatCount(keys.length)})
      </summary>
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable by keyboard (axe: scrollable-region-focusable) */}
      <ul aria-label={label} tabIndex={0} className="mt-1 max-h-40 list-disc space-y-0.5 overflow-y-auto pl-5">
        {keys.map((key) => (
          <li key={key.id}>
            <bdi>{keyDisplayName(key)}</bdi> <code className="font-mono text-xs [overflow-wrap:anywhere] text-zinc-600 dark:text-zinc-400">{key.id}</code>
          </li>
        ))}
      </ul>
    </details>
  )
}
