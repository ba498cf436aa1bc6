import { Icon } from '../../../../components/ui/icon'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import { keyDisplayName } from '../../model/key-actions'
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
    <button type="button" aria-label="Dismiss result" onClick={onDismiss} className="shrink-0 rounded p-0.5 hover:bg-black/5 dark:hover:bg-white/10">
      <Icon name="x" className="size-4" />
    </button>
  )
}
