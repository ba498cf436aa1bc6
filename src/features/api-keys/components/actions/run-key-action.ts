import type { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { ToastStore } from '../../../../components/ui/toast-store'
import type { ApiClient } from '../../../../api/http-client'
import type { KeyState, Verdict } from '../../api/key-state'
import type { DeleteVariables } from '../../api/use-delete-api-key'
import type { UpdateStatusVariables } from '../../api/use-update-api-key-status'
import { ACTION_TARGET, keyDisplayName, type KeyAction } from '../../model/key-actions'
import { otherAnswerOf } from '../../model/status-answer'
import { announceOutcome } from './announce-outcome'
import { mapWithConcurrency, type Settled as SettledTask } from '../../model/map-with-concurrency'
import { describeError, hasTrouble, loadUndo, type ActionOutcome, type RunKeyAction, type RunOptions } from './use-run-key-action'
import { failureWait } from '../../../../api/failure-wait'

// Loaded on the first action (and when the page is idle): the first screen only holds the hook.

type UndoCode = Awaited<ReturnType<typeof loadUndo>>
type Settled = SettledTask<ApiKey, ApiKey | undefined>

const CONCURRENCY = 4

/** The app's services an action goes through (the query cache, the API client, the toasts). */
export interface ActionServices {
  queryClient: QueryClient
  api: ApiClient
  toasts: ToastStore
}

export interface RunTools extends ActionServices {
  updateStatus: (variables: UpdateStatusVariables) => Promise<ApiKey>
  deleteKey: (variables: DeleteVariables) => Promise<unknown>
  /** The hook's own run, for Undo to go through it again. */
  run: RunKeyAction
}

/** Runs an action on keys through the mutation hooks, and tells the user how it went. */
export function runKeyAction(tools: RunTools, action: KeyAction, keys: readonly ApiKey[], reason?: string, { undoing, shownElsewhere, troubleShownByCaller }: RunOptions = {}): Promise<ActionOutcome> {
  const { toasts, updateStatus, deleteKey, run } = tools
  const perform = (key: ApiKey): Promise<ApiKey | undefined> =>
    action === 'delete' ? deleteKey({ key }).then(() => undefined) : updateStatus({ key, status: ACTION_TARGET[action], reason: reason || undefined })
  // Suspend and reactivate undo each other; an expired key cannot be made expired again.
  const undoFor = (key: ApiKey): KeyAction | null => {
    if (action === 'suspend') return 'reactivate'
    if (action === 'reactivate' && key.status === 'SUSPENDED') return 'suspend'
    return null
  }
  const successToast = (key: ApiKey, answer: ApiKey | undefined, title: string) => {
    // An Undo's own news offers no Undo back: a double tap on Undo landed on the new toast's, in
    // the same place, and did the action again.
    const undo = undoing ? null : undoFor(key)
    if (action === 'delete' || !undo) return void toasts.success(title)
    const expected: KeyState = { id: key.id, status: ACTION_TARGET[action], updateTime: answer?.update_time ?? null }
    const again = () => void run(undo, [{ ...key, ...answer, status: expected.status }], undefined, { undoing: expected })
    void loadUndo().then(
      ({ offerUndo }) => offerUndo(tools, title, keyDisplayName(key), expected, again),
      // Undo's code would not load (offline after a redeploy): the news still gets out, without Undo.
      () => void toasts.success(title),
    )
  }
  const settle = async (results: Settled[], undoCode: UndoCode | null, verdict: (() => Promise<Verdict>) | null): Promise<ActionOutcome> => {
    const outcome: ActionOutcome = { action, succeeded: [], failed: [], alreadyGone: [], answeredOtherwise: [] }
    const answers = new Map<string, ApiKey | undefined>()
    for (const result of results) {
      // A key already deleted elsewhere is gone either way: for a delete, that is success.
      const goneAnyway = !result.ok && action === 'delete' && isApiError(result.error) && result.error.status === 404
      // A 200 is not the asked change unless its key says so: each key counts as the server answered.
      const other = result.ok && action !== 'delete' ? otherAnswerOf(ACTION_TARGET[action], result.item.status, result.value) : null
      if (result.ok) answers.set(result.item.id, result.value)
      if (goneAnyway) outcome.alreadyGone.push(result.item)
      if (other) outcome.answeredOtherwise.push({ key: result.item, answer: other })
      else if (result.ok || goneAnyway) outcome.succeeded.push(result.item)
      else {
        const wait = failureWait(result.error)
        outcome.failed.push({ key: result.item, message: describeError(result.error, action), keyGone: isApiError(result.error) && result.error.status === 404, ...(wait && { wait }) })
      }
    }
    const [refused] = results
    const why = undoCode && verdict && refused && !refused.ok ? await undoCode.explainUndoRefusal(refused.error, keyDisplayName(refused.item), verdict) : null
    // The key moved on since: nothing to undo, and nothing went wrong.
    if (why) toasts.info(why)
    else if (troubleShownByCaller && hasTrouble(outcome)) return outcome
    else {
      const told = shownElsewhere ? { ...outcome, failed: outcome.failed.filter((failure) => !shownElsewhere(failure)) } : outcome
      announceOutcome(toasts, told, keys.length, (key, title) => successToast(key, answers.get(key.id), title))
    }
    return outcome
  }
  if (!undoing) return mapWithConcurrency(keys, CONCURRENCY, perform).then((results) => settle(results, null, null))
  // An Undo listens from before its request: what the lists say afterwards explains a refusal.
  return loadUndo().then(async (undoCode) => {
    const listening = undoCode.listenToKey(tools, undoing)
    try {
      return await settle(await mapWithConcurrency(keys, CONCURRENCY, perform), undoCode, listening.verdict)
    } finally {
      listening.stop()
    }
  })
}
