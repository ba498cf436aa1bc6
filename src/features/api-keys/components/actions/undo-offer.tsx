import type { ReactNode } from 'react'
import { isApiError } from '../../../../api/api-error'
import type { KeyChange, KeyState, Verdict } from '../../api/key-state'
import { UNDO, type ToastAction, type ToastStore } from '../../../../components/ui/toast-store'
import { watchKeyChanges, type KeyWatchServices } from '../../api/observe-key'
import type { FailureWait } from '../../../../api/failure-wait'
import { formatWait } from '../../../../api/wait-text'
import { useTimeLeft } from '../../../../hooks/use-wait'
import type { ActionFailure } from './use-run-key-action'

export { listenToKey } from '../../api/observe-key'
import { KEY_MOVED_ON, STATUS_LABELS, labelOf } from '../../model/labels'

/**
 * A success toast whose Undo is bound to the key as the action left it. Undo acts once; once the
 * app learns the key has moved on (another action, or a list answer), it is disabled with the reason.
 */
export function offerUndo(services: KeyWatchServices & { toasts: ToastStore }, title: string, name: string, expected: KeyState, undo: () => void): void {
  offerUndoOn(services, (action) => services.toasts.success(title, { action }), name, expected, undo)
}

/**
 * An Undo that failed for a passing reason (a 500, a lost connection, a 429), offered again on its
 * failure's toast: z finds it as it found the first. After a 429 it is unavailable, counting down,
 * until the wait the server asked for is over; like the first, it is disabled once the key moves on.
 */
export function offerUndoAgain(services: KeyWatchServices & { toasts: ToastStore }, title: string, name: string, failure: ActionFailure, expected: KeyState, undo: () => void): void {
  offerUndoOn(services, (action) => services.toasts.error(title, { description: withoutWaitAdvice(failure), action }), name, expected, undo, failure.wait)
}

/** The failure's message without its "Try again in 10 s.": the Undo beside it counts that wait down itself. */
function withoutWaitAdvice({ message, wait }: ActionFailure): string | undefined {
  if (!wait) return message
  return message.replace(wait.advice, '').replace(/\s{2,}/g, ' ').trim() || undefined
}

/** The toast `show` makes, with an Undo that acts once, waits out `wait`, and is disabled once the key moves on. */
function offerUndoOn(services: KeyWatchServices & { toasts: ToastStore }, show: (action: ToastAction) => number, name: string, expected: KeyState, undo: () => void, wait?: FailureWait): void {
  const { toasts } = services
  const waiting = wait !== undefined && wait.until > Date.now()
  let used = false
  let timer = 0
  let stopWatching = () => {}
  let stopWaiting = () => {}
  const stop = () => {
    window.clearTimeout(timer)
    stopWatching()
    stopWaiting()
  }
  const id = show({
    label: UNDO,
    onClick: () => {
      if (used) return
      used = true
      stop()
      undo()
    },
    ...(waiting && { disabledReason: <WaitLeft wait={wait} /> }),
  })
  if (waiting) timer = window.setTimeout(() => !used && toasts.setActionReason(id, undefined), wait.until - Date.now())
  stopWatching = watchKeyChanges(services, expected, (change) => {
    used = true
    stop()
    toasts.setActionReason(
      id,
      <>
        <bdi>{name}</bdi> {KEY_MOVED_ON[change.kind]}
      </>,
    )
  })
  // A toast that has left needs no watching.
  stopWaiting = toasts.whenGone(id, stop)
}

/** "Available in 28 s", counting down the wait a 429 asked for. */
function WaitLeft({ wait }: { wait: FailureWait }) {
  const left = useTimeLeft(wait.until)
  return <>{left > 0 ? `Available in ${formatWait(left)}` : 'Available now'}</>
}

function nothingToUndo(name: string, change: KeyChange): ReactNode {
  const now = change.kind === 'changed' && change.status ? ` (now ${labelOf(STATUS_LABELS, change.status)})` : ''
  return (
    <>
      Nothing to undo: <bdi>{name}</bdi> {KEY_MOVED_ON[change.kind]}
      {now}.
    </>
  )
}

/**
 * Why an Undo did nothing when its key had moved on; null for a genuine failure, which is reported
 * as an error. `verdict` says what the lists showed once asked again.
 */
export async function explainUndoRefusal(error: unknown, name: string, verdict: () => Promise<Verdict>): Promise<ReactNode | null> {
  if (!isApiError(error)) return null
  if (error.status === 404) return nothingToUndo(name, { kind: 'deleted' })
  // 400: the lifecycle refused (a revoked key is final); 409: a server that calls it a conflict.
  if (error.status !== 400 && error.status !== 409) return null
  const seen = await verdict()
  // Still just as the action left it: the refusal is about something else.
  if (seen === 'same') return null
  return nothingToUndo(name, seen === 'unknown' ? { kind: 'changed', status: null } : seen)
}
