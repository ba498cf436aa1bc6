import type { ReactNode } from 'react'
import { isApiError } from '../../../../api/api-error'
import type { KeyChange, KeyState, Verdict } from '../../api/key-state'
import { UNDO, type ToastStore } from '../../../../components/ui/toast-store'
import { watchKeyChanges, type KeyWatchServices } from '../../api/observe-key'

export { listenToKey } from '../../api/observe-key'
import { STATUS_LABELS, labelOf } from '../../model/labels'

/**
 * A success toast whose Undo is bound to the key as the action left it. Undo acts once; once the
 * app learns the key has moved on (another action, or a list answer), it is disabled with the reason.
 */
export function offerUndo(services: KeyWatchServices & { toasts: ToastStore }, title: string, name: string, expected: KeyState, undo: () => void): void {
  const { toasts } = services
  let used = false
  let stopWatching = () => {}
  let stopWaiting = () => {}
  const stop = () => {
    stopWatching()
    stopWaiting()
  }
  const id = toasts.success(title, {
    action: {
      label: UNDO,
      onClick: () => {
        if (used) return
        used = true
        stop()
        undo()
      },
    },
  })
  stopWatching = watchKeyChanges(services, expected, (change) => {
    used = true
    stopWaiting()
    toasts.disableAction(
      id,
      <>
        <bdi>{name}</bdi> {MOVED_ON[change.kind]}
      </>,
    )
  })
  // A toast that has left needs no watching.
  stopWaiting = toasts.whenGone(id, stop)
}

const MOVED_ON: Record<KeyChange['kind'], string> = {
  changed: 'has changed since then',
  deleted: 'was deleted',
  elsewhere: 'is on another server',
  replaced: 'was reset with the demo data',
}

function nothingToUndo(name: string, change: KeyChange): ReactNode {
  const now = change.kind === 'changed' && change.status ? ` (now ${labelOf(STATUS_LABELS, change.status)})` : ''
  return (
    <>
      Nothing to undo: <bdi>{name}</bdi> {MOVED_ON[change.kind]}
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
