import type { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { deleteApiKey } from '../../../../api/api-keys/delete-api-key'
import { updateApiKeyStatus } from '../../../../api/api-keys/update-api-key-status'
import { readWholeView, type ReadProgress, type WholeViewContext } from '../../api/read-whole-view'
import { previewBulk, type BulkPreview } from '../../model/bulk-preview'
import { ACTION_TARGET, type KeyAction } from '../../model/key-actions'
import { runBulk, type BulkOutcome } from './run-bulk'

// Loaded when a whole-view action starts, so the first screen does not carry it.

/** Every key of the view, split into what the action changes and what it skips. */
export async function readPreview(queryClient: QueryClient, context: WholeViewContext, action: KeyAction, signal: AbortSignal, onProgress: (p: ReadProgress) => void): Promise<BulkPreview> {
  return previewBulk(action, await readWholeView(queryClient, context, signal, onProgress))
}

export interface RunCallbacks {
  onProgress: (done: number) => void
  onRateLimited: (waitMs: number | null) => void
}

/** One request per key, four at a time; a delete that finds the key gone counts as done. */
export function performBulk(action: KeyAction, keys: readonly ApiKey[], reason: string, signal: AbortSignal, callbacks: RunCallbacks): Promise<BulkOutcome<ApiKey>> {
  const perform = (key: ApiKey) =>
    action === 'delete'
      ? deleteApiKey(key.id).catch((error: unknown) => {
          if (!(isApiError(error) && error.status === 404)) throw error
        })
      : updateApiKeyStatus(key.id, { status: ACTION_TARGET[action], reason: reason || undefined })
  return runBulk(keys, { signal, perform, ...callbacks })
}
