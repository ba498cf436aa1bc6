import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { KeyAction } from '../../model/key-actions'
import type { ActionRequest } from './action-dialog'
import { useRunKeyAction, type ActionOutcome } from './use-run-key-action'

/**
 * The table's one place for actions: rows and the bulk bar only announce `{ action, keys }`;
 * this decides whether to confirm first, runs it, and keeps the last bulk outcome.
 */
export function useKeyActionFlow({ onBulkDone, onDone }: { onBulkDone?: (failed: ApiKey[]) => void; onDone?: (outcome: ActionOutcome) => void }) {
  const run = useRunKeyAction()
  const [request, setRequest] = useState<ActionRequest | null>(null)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  // The latest callback without making the actions (and so every row's menu) change with it.
  const callbacks = useRef({ onBulkDone, onDone })
  useLayoutEffect(() => {
    callbacks.current = { onBulkDone, onDone }
  })

  const execute = useCallback(
    async (action: KeyAction, keys: readonly ApiKey[], reason?: string) => {
      const result = await run(action, keys, reason)
      if (keys.length > 1) {
        setOutcome(result)
        // Failed keys, and keys the server answered otherwise, stay selected, ready for another try.
        callbacks.current.onBulkDone?.([...result.failed, ...result.answeredOtherwise].map((f) => f.key))
      }
      callbacks.current.onDone?.(result)
    },
    [run],
  )

  const requestAction = useCallback(
    (action: KeyAction, keys: ApiKey[]) => {
      setOutcome(null)
      // Reactivating one key is harmless and undoable: no question asked.
      if (action === 'reactivate' && keys.length === 1) void execute(action, keys)
      else setRequest({ action, keys })
    },
    [execute],
  )

  return {
    request,
    outcome,
    dismissOutcome: () => setOutcome(null),
    requestAction,
    cancel: () => setRequest(null),
    confirm: (reason: string) => {
      if (!request) return
      setRequest(null)
      void execute(request.action, request.keys, reason)
    },
  }
}

