import type { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { UNDO, type ToastStore } from '../../../../components/ui/toast-store'
import type { ApiClient } from '../../../../api/http-client'
import type { KeyState, Verdict } from '../../api/key-state'
import type { DeleteVariables } from '../../api/use-delete-api-key'
import type { UpdateStatusVariables } from '../../api/use-update-api-key-status'
import { ACTION_LABELS, ACTION_TARGET, keyDisplayName, type KeyAction } from '../../model/key-actions'
import { movedOnMessage, type Recheck } from '../../model/status-recheck'
import { recheckFailures } from './recheck-failures'
import { changesWaitForNetwork } from '../../api/waiting-changes'
import { undoOf, undoOfMany, undoReason } from '../../model/undo-plan'
import { otherAnswerOf } from '../../model/status-answer'
import { announceOutcome } from './announce-outcome'
import { mapWithConcurrency, type Settled as SettledTask } from '../../model/map-with-concurrency'
import { GONE_MESSAGE, describeError, hasTrouble, loadUndo, type ActionFailure, type ActionOutcome, type RunKeyAction, type RunOptions } from './use-run-key-action'
import { failureWait } from '../../../../api/failure-wait'

// Loaded on the first action (and when the page is idle): the first screen only holds the hook.

type UndoCode = Awaited<ReturnType<typeof loadUndo>>
type Settled = SettledTask<ApiKey, ApiKey | undefined>

const CONCURRENCY = 4

/** Why keys refused with a 401 were not changed, and what comes next. */
const KEY_REFUSED_NOTE = 'The API rejected the admin key, so nothing was changed. Connect again to try again.'

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
export function runKeyAction(tools: RunTools, action: KeyAction, keys: readonly ApiKey[], reason?: string, { undoing, undoingMany, shownElsewhere, troubleShownByCaller }: RunOptions = {}): Promise<ActionOutcome> {
  const { toasts, updateStatus, deleteKey, run } = tools
  const perform = (key: ApiKey): Promise<ApiKey | undefined> =>
    action === 'delete' ? deleteKey({ key }).then(() => undefined) : updateStatus({ key, status: ACTION_TARGET[action], reason: reason || undefined })
  // An Undo's own news offers no Undo back: a double tap on Undo landed on the new toast's, in
  // the same place, and did the action again.
  const isUndo = undoing !== undefined || undoingMany === true
  const successToast = (key: ApiKey, answer: ApiKey | undefined, title: string) => {
    const undo = isUndo ? null : undoOf(action, key)
    if (action === 'delete' || !undo) return void toasts.success(title)
    const expected: KeyState = { id: key.id, status: ACTION_TARGET[action], updateTime: answer?.update_time ?? null }
    const again = () => void run(undo, [{ ...key, ...answer, status: expected.status }], undoReason(action), { undoing: expected })
    void loadUndo().then(
      ({ offerUndo }) => offerUndo(tools, title, keyDisplayName(key), expected, again),
      // Undo's code would not load (offline after a redeploy): the news still gets out, without Undo.
      () => void toasts.success(title),
    )
  }
  /**
   * Several keys changed: one Undo puts back those this run changed (not those found already
   * changed elsewhere; after a reactivate, only the suspended ones: an expired key stays so). Each
   * key then says how it went, a key that moved on since among them.
   */
  const manyToast = (changed: readonly ApiKey[], answers: ReadonlyMap<string, ApiKey | undefined>, title: string) => {
    const back = isUndo || action === 'delete' ? null : undoOfMany(action, changed)
    if (action === 'delete' || !back) return void toasts.success(title)
    const now = back.keys.map((key) => ({ ...key, ...answers.get(key.id), status: ACTION_TARGET[action] }))
    let used = false
    const again = () => {
      if (used) return
      used = true
      void run(back.action, now, undoReason(action), { undoingMany: true })
    }
    toasts.success(title, { action: { label: UNDO, onClick: again } })
  }
  const settle = async (results: Settled[], undoCode: UndoCode | null, verdict: (() => Promise<Verdict>) | null): Promise<ActionOutcome> => {
    const outcome: ActionOutcome = { action, succeeded: [], failed: [], alreadyGone: [], alreadyInStatus: [], answeredOtherwise: [] }
    const answers = new Map<string, ApiKey | undefined>()
    // A refusal or a lost answer may mean the key is already where it was asked to go: read it again.
    // An Undo's refusals have their own explaining (below): only its lost answers are read again.
    const rechecks = await recheckFailures(tools, action, results, undoing !== undefined)
    for (const result of results) {
      const recheck = rechecks.get(result.item.id)
      if (recheck?.kind === 'done' || recheck?.kind === 'already') {
        // In effect, as a success would be; changed by someone else first, it is told so (and offers no Undo).
        answers.set(result.item.id, recheck.key)
        outcome.succeeded.push(result.item)
        if (recheck.kind === 'already') outcome.alreadyInStatus.push(result.item)
        continue
      }
      // A key already deleted elsewhere is gone either way: for a delete, that is success.
      const goneAnyway = !result.ok && action === 'delete' && isApiError(result.error) && result.error.status === 404
      // A 200 is not the asked change unless its key says so: each key counts as the server answered.
      const other = result.ok && action !== 'delete' ? otherAnswerOf(ACTION_TARGET[action], result.item.status, result.value) : null
      if (result.ok) answers.set(result.item.id, result.value)
      if (goneAnyway) outcome.alreadyGone.push(result.item)
      if (other) outcome.answeredOtherwise.push({ key: result.item, answer: other })
      else if (result.ok || goneAnyway) outcome.succeeded.push(result.item)
      else outcome.failed.push(failureOf(result.item, result.error, recheck))
    }
    // A 401: the app drops the key and asks for it again, and the page goes, with any dialog or result
    // panel that would have told it. A toast outlives them, and says these keys were not changed.
    const refusedKey = outcome.failed.filter((failure) => failure.unauthenticated)
    if (refusedKey.length > 0) toasts.error(notChangedTitle(refusedKey.map((failure) => failure.key)), { description: KEY_REFUSED_NOTE })
    const [refused] = results
    const why = undoCode && verdict && refused && !refused.ok ? await undoCode.explainUndoRefusal(refused.error, keyDisplayName(refused.item), verdict) : null
    // The key moved on since: nothing to undo, and nothing went wrong.
    if (why) toasts.info(why)
    else if (troubleShownByCaller && hasTrouble(outcome)) return outcome
    else {
      // An Undo that failed for a passing reason is offered again with its failure, where z finds it too.
      const again = undoing && undoCode && keys.length === 1 ? outcome.failed.find((f) => !f.keyGone && !f.movedOn) : undefined
      const told = { ...outcome, failed: outcome.failed.filter((failure) => !failure.unauthenticated && !shownElsewhere?.(failure)) }
      announceOutcome(
        toasts,
        again ? { ...told, failed: told.failed.filter((f) => f !== again) } : told,
        keys.length,
        (key, title) => successToast(key, answers.get(key.id), title),
        (changed, title) => manyToast(changed, answers, title),
      )
      if (again && undoing && undoCode) {
        const retry = () => void run(action, [again.key], reason, { undoing })
        undoCode.offerUndoAgain(tools, `Could not ${ACTION_LABELS[action].verb.toLowerCase()} ${keyDisplayName(again.key)}`, keyDisplayName(again.key), again, undoing, retry)
      }
    }
    return outcome
  }
  const notChangedTitle = (refusedKeys: readonly ApiKey[]) => {
    const [only] = refusedKeys
    const { past } = ACTION_LABELS[action]
    return refusedKeys.length === 1 && only ? `Not ${past}: ${keyDisplayName(only)}` : `${refusedKeys.length} keys not ${past}`
  }
  /** A failed key, said in the words of what reading it again found, if anything. */
  const failureOf = (key: ApiKey, error: unknown, recheck: Recheck | undefined): ActionFailure => {
    if (recheck?.kind === 'gone') return { key, message: GONE_MESSAGE, keyGone: true }
    if (recheck?.kind === 'movedOn' && action !== 'delete') return { key, message: movedOnMessage(keyDisplayName(key), action, recheck.key.status ?? ''), movedOn: recheck.key }
    const wait = failureWait(error)
    const unauthenticated = isApiError(error) && error.status === 401
    return { key, message: describeError(error, action), keyGone: isApiError(error) && error.status === 404, ...(wait && { wait }), ...(unauthenticated && { unauthenticated }) }
  }
  // Offline the changes wait for the connection: the rows say so, and this says it once to everyone,
  // a screen reader too (it heard nothing between the confirmation and the news, minutes later).
  if (changesWaitForNetwork(tools.queryClient)) {
    const [only] = keys
    const what = keys.length === 1 && only ? `${ACTION_LABELS[action].verb} of ${keyDisplayName(only)}` : `${ACTION_LABELS[action].verb} of ${keys.length} keys`
    toasts.info(`${what} waits for the connection`, { description: 'It is sent once you are back online.' })
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
