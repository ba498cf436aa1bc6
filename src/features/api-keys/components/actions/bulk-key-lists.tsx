import { Icon } from '../../../../components/ui/icon'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import type { Ref } from 'react'
import { ACTION_LABELS, keyDisplayName } from '../../model/key-actions'
import { otherAnswerShort } from '../../model/status-answer'
import type { ActionFailure, ActionOutcome } from './use-run-key-action'

/** The keys a bulk run's server answered with another status than asked, and what it said. */
export function OtherwiseKeys({ items }: { items: Readonly<ActionOutcome['answeredOtherwise']> }) {
  if (items.length === 0) return null
  return (
    <ul aria-label="Keys the server answered otherwise" className="list-disc space-y-0.5 pl-5">
      {items.map(({ key, answer }) => (
        <li key={key.id}>
          <bdi className="font-medium">{keyDisplayName(key)}</bdi>: {otherAnswerShort(answer)}
        </li>
      ))}
    </ul>
  )
}

/** The keys a bulk run failed on and why, each request id whole (a 320 px screen wraps the rest). */
export function FailedKeys({ items }: { items: readonly ActionFailure[] }) {
  if (items.length === 0) return null
  return (
    <ul aria-label="Failed keys" className="list-disc space-y-0.5 pl-5">
      {items.map(({ key, message }) => (
        <li key={key.id}>
          <bdi className="font-medium">{keyDisplayName(key)}</bdi>: <RequestIdText text={message} />
        </li>
      ))}
    </ul>
  )
}

/** The × that puts a bulk run's result away. */
export function DismissResultButton({ onDismiss }: { onDismiss: () => void }) {
  return (
    <button
      type="button"
      aria-label="Dismiss result"
      onClick={() => {
        onDismiss()
        // The result goes with this button: the focus goes to the page's main region, not its body.
        document.getElementById('main')?.focus({ preventScroll: true })
      }}
      // 24 px to a mouse, 36 to a finger (it was 20).
      className="-m-1 shrink-0 rounded p-1 hover:bg-black/5 pointer-coarse:-m-2.5 pointer-coarse:p-2.5 dark:hover:bg-white/10"
    >
      <Icon name="x" className="size-4" />
    </button>
  )
}

/** A page's bulk run that met trouble: how many, and which keys failed or were answered otherwise. */
export function BulkOutcome({ ref, outcome, onDismiss }: { ref: Ref<HTMLDivElement>; outcome: ActionOutcome; onDismiss: () => void }) {
  const { past } = ACTION_LABELS[outcome.action]
  const failed = outcome.failed.length > 0
  const otherwise = outcome.answeredOtherwise
  const trouble = failed || otherwise.length > 0
  return (
    <div ref={ref} tabIndex={-1} role={trouble ? 'alert' : 'status'} className={`flex scroll-mt-20 items-start gap-2 rounded-lg border px-3 py-2 text-sm outline-indigo-500 focus-visible:outline-2 dark:outline-indigo-400 ${trouble ? 'border-red-200 bg-red-50 dark:border-red-900 dark:bg-red-950/50' : 'border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950/50'}`}>
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-medium">
          {outcome.succeeded.length} {past}
          {otherwise.length > 0 ? `, ${otherwise.length} answered otherwise by the server` : ''}
          {failed ? `, ${outcome.failed.length} failed` : ''}
          {trouble ? ' (still selected, to try again)' : ''}
        </p>
        <OtherwiseKeys items={otherwise} />
        <FailedKeys items={outcome.failed} />
      </div>
      <DismissResultButton onDismiss={onDismiss} />
    </div>
  )
}
