import type { QueryClient } from '@tanstack/react-query'
import type { Dispatch, SetStateAction } from 'react'
import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { deleteApiKey } from '../../../../api/api-keys/delete-api-key'
import { updateApiKeyStatus } from '../../../../api/api-keys/update-api-key-status'
import type { ApiClient } from '../../../../api/http-client'
import { readWholeView, type ReadProgress, type WholeViewContext } from '../../api/read-whole-view'
import { previewBulk, type BulkPreview } from '../../model/bulk-preview'
import { ACTION_TARGET, type KeyAction } from '../../model/key-actions'
import { otherAnswerOf, type OtherAnswer } from '../../model/status-answer'
import { runBulk, type BulkOutcome } from '../../model/run-bulk'
import { patchKeyInLists, removeKeyFromLists } from '../../api/list-cache'
import { apiKeyKeys } from '../../api/query-keys'
import { describeError } from './use-run-key-action'
import { countDown } from '../../../../lib/count-down'
import type { BulkAllState, Earlier } from './use-bulk-all-matching'

// Loaded when a whole-view action starts, so the first screen does not carry it.

/** Every key of the view, split into what the action changes and what it skips. */
async function readPreview(queryClient: QueryClient, context: WholeViewContext, action: KeyAction, signal: AbortSignal, onProgress: (p: ReadProgress) => void): Promise<BulkPreview> {
  return previewBulk(action, await readWholeView(queryClient, context, signal, onProgress))
}

/** useBulkAllMatching's read: its progress, then the preview to confirm (nothing once stopped). A failed read rejects. */
export async function previewBulkAll(queryClient: QueryClient, context: WholeViewContext, action: KeyAction, signal: AbortSignal, setState: Dispatch<SetStateAction<BulkAllState>>): Promise<void> {
  const preview = await readPreview(queryClient, context, action, signal, ({ read, expected }) => {
    if (!signal.aborted) setState({ kind: 'reading', action, read, expected })
  })
  if (!signal.aborted) setState({ kind: 'confirming', preview })
}

export interface RunCallbacks {
  onProgress: (done: number) => void
  onRateLimited: (waitMs: number | null) => void
  /** One key's change is done: the server's answer, or null when the key is gone (deleted, or found already deleted). */
  onAnswered: (key: ApiKey, answer: ApiKey | null) => void
}

/** What the run did; `done` holds only the keys the server answered with the asked status. */
export interface BulkWorkOutcome extends BulkOutcome<ApiKey> {
  readonly answeredOtherwise: { key: ApiKey; answer: OtherAnswer }[]
}

/** One request per key, four at a time; a delete that finds the key gone counts as done. */
export async function performBulk(api: ApiClient, action: KeyAction, keys: readonly ApiKey[], reason: string, signal: AbortSignal, callbacks: RunCallbacks): Promise<BulkWorkOutcome> {
  const { onAnswered, ...progress } = callbacks
  // A 200 with another status than asked is not the asked change: each key counts as the server answered.
  const others = new Map<ApiKey, OtherAnswer>()
  const perform = (key: ApiKey) =>
    action === 'delete'
      ? deleteApiKey(api, key.id).then(
          () => onAnswered(key, null),
          (error: unknown) => {
            if (!(isApiError(error) && error.status === 404)) throw error
            onAnswered(key, null)
          },
        )
      : updateApiKeyStatus(api, key.id, { status: ACTION_TARGET[action], reason: reason || undefined }).then((answer) => {
          const other = otherAnswerOf(ACTION_TARGET[action], key.status, answer)
          if (other) others.set(key, other)
          onAnswered(key, answer)
        })
  const outcome = await runBulk(keys, { signal, perform, ...progress })
  return {
    ...outcome,
    done: outcome.done.filter((key) => !others.has(key)),
    answeredOtherwise: outcome.done.flatMap((key) => {
      const answer = others.get(key)
      return answer ? [{ key, answer }] : []
    }),
  }
}

export interface BulkAllRunInput {
  api: ApiClient
  queryClient: QueryClient
  preview: BulkPreview
  keys: readonly ApiKey[]
  reason: string
  earlier: Earlier
  signal: AbortSignal
  setState: Dispatch<SetStateAction<BulkAllState>>
  /** Called once the run has finished and its state is set. */
  done: () => void
}

/** The run of useBulkAllMatching, loaded when it starts: progress on the way, then what came of it. */
export async function executeBulkAll({ api, queryClient, preview, keys, reason, earlier, signal, setState, done }: BulkAllRunInput): Promise<void> {
  const { action } = preview
  let progress = { done: 0, rateLimitedMs: null as number | null }
  let stopCountdown = () => {}
  const show = () => setState({ kind: 'running', preview, total: keys.length, cancelling: signal.aborted, ...progress })
  const outcome = await performBulk(api, action, keys, reason, signal, {
    onProgress: (count) => {
      progress = { ...progress, done: count }
      show()
    },
    // Counted down each second, as the list's own 429 is: it read "retrying in 6 s" until the retry.
    onRateLimited: (waitMs) => {
      stopCountdown()
      progress = { ...progress, rateLimitedMs: null }
      if (waitMs === null) return show()
      stopCountdown = countDown(waitMs, (left) => {
        progress = { ...progress, rateLimitedMs: left }
        show()
      })
    },
    // Each row shows its change as the server answers it, as one key's action does: rows the run
    // had already suspended stayed Active on screen until the last of 66 answered.
    onAnswered: (key, answer) => {
      if (answer) patchKeyInLists(queryClient, key.id, (row) => ({ ...row, ...answer }))
      else removeKeyFromLists(queryClient, key.id)
    },
  })
  stopCountdown()
  // A status change the server answers 404 for: the key was deleted elsewhere since the read. Said
  // apart, and gone from the lists; "Retry failed" was offered for it, to fail the same way.
  const isGone = (error: unknown) => isApiError(error) && error.status === 404
  const gone = outcome.failed.filter(({ error }) => isGone(error)).map(({ item }) => item)
  for (const key of gone) removeKeyFromLists(queryClient, key.id)
  setState({
    kind: 'finished',
    preview,
    reason,
    succeeded: [...earlier.succeeded, ...outcome.done],
    failed: outcome.failed.filter(({ error }) => !isGone(error)).map(({ item, error }) => ({ key: item, message: describeError(error, action) })),
    notSent: [...earlier.notSent, ...outcome.notSent],
    answeredOtherwise: [...earlier.answeredOtherwise, ...outcome.answeredOtherwise],
    gone: [...earlier.gone, ...gone],
  })
  void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() })
  done()
}
