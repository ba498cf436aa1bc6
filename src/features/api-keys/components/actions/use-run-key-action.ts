import { useQueryClient } from '@tanstack/react-query'
import { describeApiError, isApiError } from '../../../../api/api-error'
import { lacksScopeNote } from '../../../../api/denied-scopes'
import type { ApiKey } from '../../../../api/api-key-schema'
import { useCallback } from 'react'
import { useToasts } from '../../../../components/ui/toast-store'
import { useApiClient } from '../../../../hooks/use-api-client'
import type { KeyState } from '../../api/key-state'
import { useDeleteApiKey } from '../../api/use-delete-api-key'
import { useUpdateApiKeyStatus } from '../../api/use-update-api-key-status'
import { ACTION_LABELS, keyDisplayName, requiredScope, type KeyAction } from '../../model/key-actions'
import { retryingImport } from '../../../../lib/import-again'
import type { OtherAnswer } from '../../model/status-answer'
import type { FailureWait } from '../../../../api/failure-wait'

/** Undo's watching and explaining load on first use (and when the page is idle), off the first screen. */
export const loadUndo = retryingImport(() => import('./undo-offer'))
/** How an action runs, its toasts and its Undo: loaded on first use (and when the page is idle); asked again after a failure. */
export const loadRunKeyAction = retryingImport(() => import('./run-key-action'))

/** Why nothing was sent: the action's own code could not load (offline, or gone after a redeploy). */
export const codeNotLoaded = (): string =>
  `Nothing was sent: ${navigator.onLine ? 'this action’s code could not load. Reload the page for the latest version.' : 'you are offline, and this action’s code could not load. Try again once connected.'}`

/** A refusal that said when to try again (429 with Retry-After): the words of the message that say it, and when that is. */
export interface ActionFailure {
  key: ApiKey
  message: string
  /** The server said when to try again: a dialog still open counts it down. */
  wait?: FailureWait
  /** The server no longer has the key (a 404 on a status change): there is nothing to try again. */
  keyGone?: boolean
  /** The key as read again after the failure, moved on to a status that no longer allows the action. */
  movedOn?: ApiKey
  /** The server refused the admin key (a 401): nothing changed, and the app asks for the key again. */
  unauthenticated?: boolean
}

export interface ActionOutcome {
  action: KeyAction
  succeeded: ApiKey[]
  failed: ActionFailure[]
  /** Deletes that found the key already deleted elsewhere (also in `succeeded`). */
  alreadyGone: ApiKey[]
  /** Status changes refused because the key was already in the asked status, changed elsewhere (also in `succeeded`). */
  alreadyInStatus: ApiKey[]
  /** Status changes answered 200 with another status than asked: not done, and not failed either. */
  answeredOtherwise: { key: ApiKey; answer: OtherAnswer }[]
}

export interface RunOptions {
  /** `undoing`: this run is an Undo, expecting the key as the undone action left it. */
  undoing?: KeyState
  /** This run is the Undo of an action on several keys: its news offers no Undo back. */
  undoingMany?: boolean
  /** Asked once the answers are in: a failure something else shows (the dialog still open) is not toasted. */
  shownElsewhere?: (failure: ActionFailure) => boolean
  /** The caller shows an outcome with any trouble in full (the bulk bar's panel): then no toast tells any of it. */
  troubleShownByCaller?: boolean
}

/** Some keys failed, or the server answered otherwise for them. */
export function hasTrouble(outcome: ActionOutcome): boolean {
  return outcome.failed.length > 0 || outcome.answeredOtherwise.length > 0
}

export type RunKeyAction = (action: KeyAction, keys: readonly ApiKey[], reason?: string, options?: RunOptions) => Promise<ActionOutcome>

/** Why a change to a key the server no longer has cannot be tried again. */
export const GONE_MESSAGE = 'It no longer exists: it was deleted elsewhere.'

/** What the server said about an action, with its request id so support can find it. */
export function describeError(error: unknown, action: KeyAction): string {
  if (!isApiError(error)) return describeApiError(error)
  if (error.status === 404) return GONE_MESSAGE
  // The server's words may not name the scope; say which one this action needs.
  const lacks = lacksScopeNote(error, requiredScope(action))
  return lacks ? `${lacks} ${describeApiError(error)}` : describeApiError(error)
}

/** Runs an action on keys through the mutation hooks, and tells the user how it went. */
export function useRunKeyAction(): RunKeyAction {
  const queryClient = useQueryClient()
  const api = useApiClient()
  const toasts = useToasts()
  const { mutateAsync: updateStatus } = useUpdateApiKeyStatus()
  const { mutateAsync: deleteKey } = useDeleteApiKey()

  return useCallback(
    function run(action: KeyAction, keys: readonly ApiKey[], reason?: string, options?: RunOptions): Promise<ActionOutcome> {
      return loadRunKeyAction().then(
        ({ runKeyAction }) => runKeyAction({ queryClient, api, toasts, updateStatus, deleteKey, run }, action, keys, reason, options),
        // Its code would not load (offline, or after a redeploy): nothing was sent, and each key says why.
        // Told here (what tells the rest is what did not load), unless a dialog still open or the caller says it.
        (): ActionOutcome => {
          const failed = keys.map((key) => ({ key, message: codeNotLoaded() }))
          const [first] = failed
          if (first && !options?.troubleShownByCaller && !options?.shownElsewhere?.(first)) {
            const { verb, past } = ACTION_LABELS[action]
            toasts.error(keys.length === 1 ? `Could not ${verb.toLowerCase()} ${keyDisplayName(first.key)}` : `${keys.length} keys could not be ${past}`, { description: first.message })
          }
          return { action, succeeded: [], failed, alreadyGone: [], alreadyInStatus: [], answeredOtherwise: [] }
        },
      )
    },
    [queryClient, api, toasts, updateStatus, deleteKey],
  )
}
