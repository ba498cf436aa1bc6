import type { QueryClient } from '@tanstack/react-query'
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

// Loaded when a whole-view action starts, so the first screen does not carry it.

/** Every key of the view, split into what the action changes and what it skips. */
export async function readPreview(queryClient: QueryClient, context: WholeViewContext, action: KeyAction, signal: AbortSignal, onProgress: (p: ReadProgress) => void): Promise<BulkPreview> {
  return previewBulk(action, await readWholeView(queryClient, context, signal, onProgress))
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
