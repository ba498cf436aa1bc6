import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { changesWaitForNetwork } from '../../api/waiting-changes'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { KeyAction } from '../../model/key-actions'
import type { ActionRequest } from './action-dialog'
import type { BulkPreview } from '../../model/bulk-preview'
import { codeNotLoaded, hasTrouble, loadRunKeyAction, useRunKeyAction, type ActionOutcome } from './use-run-key-action'
import type { FailureWait } from '../../../../api/failure-wait'
import { useApiClient } from '../../../../hooks/use-api-client'
import { heldConfirmation, holdConfirmation, releaseHeldConfirmation } from './held-confirmation'

/** The confirmation on screen: while its one key's change is under way, and why it failed. */
export interface ActionDialogState {
  request: ActionRequest
  pending: boolean
  /** Why the change failed: the dialog stays open with what was typed, to try again or cancel. */
  error: string | null
  /** When the server said to try again, counted down under the error. */
  wait: FailureWait | null
  /** What was typed before the server refused the admin key: the dialog opens again with it. */
  held?: { reason: string; typed: string }
}

/**
 * The table's one place for actions: rows and the bulk bar only announce `{ action, keys }`;
 * this decides whether to confirm first, runs it, and keeps the last bulk outcome. A confirmed
 * change to one key keeps its dialog open until the server answers: a failure is shown there.
 */
export function useKeyActionFlow({ onBulkDone, onDone }: { onBulkDone?: (failed: ApiKey[]) => void; onDone?: (outcome: ActionOutcome) => void }) {
  const run = useRunKeyAction()
  const queryClient = useQueryClient()
  const api = useApiClient()
  // Connected again after a 401 took the page and its confirmation: the confirmation comes back, with what was typed.
  const [held] = useState(() => heldConfirmation(api.config()))
  const [dialog, setDialog] = useState<ActionDialogState | null>(() =>
    held && { request: held.request, pending: false, error: null, wait: null, held: { reason: held.reason, typed: held.typed } },
  )
  useEffect(() => {
    if (held) releaseHeldConfirmation(held)
  }, [held])
  // The request whose dialog is open, read when the answers come: a dialog closed meanwhile leaves its news to the toasts.
  const shown = useRef<ActionRequest | null>(held?.request ?? null)
  const show = useCallback((next: ActionDialogState | null) => {
    shown.current = next?.request ?? null
    setDialog(next)
  }, [])
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  // The latest callback without making the actions (and so every row's menu) change with it.
  const callbacks = useRef({ onBulkDone, onDone })
  useLayoutEffect(() => {
    callbacks.current = { onBulkDone, onDone }
  })

  const execute = useCallback(
    // `skipping`: the preview of a selection whose other keys are skipped; one key left is run as the selection's run (the bar's selection follows it).
    async (action: KeyAction, keys: readonly ApiKey[], reason?: string, skipping?: BulkPreview) => {
      const many = keys.length > 1 || skipping
      // Many keys: a toast says a clean run; any trouble is the bar's panel's to tell, key by key, and only there.
      const result = await run(action, keys, reason, many ? { troubleShownByCaller: true } : undefined)
      if (many) {
        setOutcome(hasTrouble(result) ? result : null)
        // Failed keys, and keys the server answered otherwise, stay selected, ready for another try.
        callbacks.current.onBulkDone?.([...result.failed, ...result.answeredOtherwise].map((f) => f.key))
      }
      callbacks.current.onDone?.(result)
    },
    [run],
  )

  const requestAction = useCallback(
    (action: KeyAction, keys: ApiKey[], preview?: BulkPreview) => {
      setOutcome(null)
      // Reactivating one key is harmless and undoable: no question asked, unless others of the selection are skipped.
      if (action === 'reactivate' && keys.length === 1 && !preview) void execute(action, keys)
      else show({ request: { action, keys, preview }, pending: false, error: null, wait: null })
    },
    [execute, show],
  )

  const confirmOne = async (request: ActionRequest, reason: string, typed: string) => {
    const { baseUrl } = api.config()
    show({ request, pending: true, error: null, wait: null })
    const open = () => shown.current === request
    // A key gone from the server has nothing to try again: that closes the dialog and is told as before.
    const result = await run(request.action, request.keys, reason, { shownElsewhere: (failure) => open() && !failure.keyGone })
    // The server refused the admin key: the page goes while the key is asked for again, and this dialog with it.
    if (open() && result.failed.some((f) => f.unauthenticated)) holdConfirmation({ request, reason, typed, baseUrl })
    else if (open()) {
      const failure = result.failed.find((f) => !f.keyGone)
      // A key that moved on meanwhile is shown as it is now: its new status may not allow the action.
      const now = failure?.movedOn ? { ...request, keys: request.keys.map((key) => ({ ...key, ...failure.movedOn })) } : request
      show(failure ? { request: now, pending: false, error: failure.message, wait: failure.wait ?? null } : null)
    }
    callbacks.current.onDone?.(result)
  }

  return {
    dialog,
    outcome,
    dismissOutcome: () => setOutcome(null),
    requestAction,
    cancel: () => show(null),
    confirm: (reason: string, typed: string) => {
      if (!dialog || dialog.pending) return
      const { request } = dialog
      // Offline, a change waits for the connection on its row ("Waiting for connection"), not in a dialog.
      if (request.keys.length === 1 && !request.preview && !changesWaitForNetwork(queryClient)) return void confirmOne(request, reason, typed)
      // Many keys: the bar’s outcome (and the selection of those that failed) tells how it went; offline, the row and then a toast.
      // The action's code first: without it nothing can run or wait, and the dialog stays, with what was typed, to say so.
      show({ request, pending: true, error: null, wait: null })
      const open = () => shown.current === request
      void loadRunKeyAction().then(
        () => {
          if (!open()) return
          show(null)
          void execute(request.action, request.keys, reason, request.preview)
        },
        () => open() && show({ request, pending: false, error: codeNotLoaded(), wait: null }),
      )
    },
  }
}
