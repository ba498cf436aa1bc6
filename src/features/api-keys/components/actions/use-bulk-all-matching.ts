import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { deleteApiKey } from '../../../../api/api-keys/delete-api-key'
import { updateApiKeyStatus } from '../../../../api/api-keys/update-api-key-status'
import { useServerCapabilities } from '../../api/capability-store'
import { apiKeyKeys } from '../../api/query-keys'
import { readWholeView } from '../../api/read-whole-view'
import { previewBulk, type BulkPreview } from '../../model/bulk-preview'
import { ACTION_TARGET, type KeyAction } from '../../model/key-actions'
import type { ListView } from '../../model/list-view'
import { toViewQuery } from '../../model/view-query'
import { runBulk } from './run-bulk'
import { describeError, type ActionFailure } from './use-run-key-action'

export type BulkAllState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly action: KeyAction; readonly read: number; readonly expected: number | null }
  | { readonly kind: 'read-failed'; readonly action: KeyAction; readonly error: unknown }
  | { readonly kind: 'confirming'; readonly preview: BulkPreview }
  | { readonly kind: 'running'; readonly preview: BulkPreview; readonly done: number; readonly total: number; readonly rateLimitedMs: number | null; readonly cancelling: boolean }
  | { readonly kind: 'finished'; readonly preview: BulkPreview; readonly reason: string; readonly succeeded: readonly ApiKey[]; readonly failed: readonly ActionFailure[]; readonly notSent: readonly ApiKey[] }

export interface BulkAllRun {
  readonly state: BulkAllState
  start: (action: KeyAction) => void
  confirm: (reason: string) => void
  /** Stops the read, or stops sending new requests (those in flight finish). */
  cancel: () => void
  retryFailed: () => void
  dismiss: () => void
}

/**
 * A bulk action over every key a view matches: reads the whole view (progress, Cancel), previews
 * what will change and what is skipped, then runs it four at a time with Cancel and Retry failed.
 */
export function useBulkAllMatching(view: ListView, onFinished?: () => void): BulkAllRun {
  const queryClient = useQueryClient()
  const { baseUrl, store } = useServerCapabilities()
  const [state, setState] = useState<BulkAllState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const finished = useRef(onFinished)
  useEffect(() => {
    finished.current = onFinished
  })
  useEffect(() => () => controller.current?.abort(), [])

  const start = useCallback(
    (action: KeyAction) => {
      controller.current?.abort()
      const run = new AbortController()
      controller.current = run
      setState({ kind: 'reading', action, read: 0, expected: null })
      readWholeView(queryClient, { query: toViewQuery(view, Date.now()), baseUrl, store }, run.signal, ({ read, expected }) => {
        if (!run.signal.aborted) setState({ kind: 'reading', action, read, expected })
      })
        .then((keys) => !run.signal.aborted && setState({ kind: 'confirming', preview: previewBulk(action, keys) }))
        .catch((error: unknown) => !run.signal.aborted && setState({ kind: 'read-failed', action, error }))
    },
    [queryClient, view, baseUrl, store],
  )

  const execute = useCallback(
    (preview: BulkPreview, keys: readonly ApiKey[], reason: string, earlier: readonly ApiKey[]) => {
      const run = new AbortController()
      controller.current = run
      const { action } = preview
      const total = keys.length
      let progress = { done: 0, rateLimitedMs: null as number | null }
      const show = () => setState({ kind: 'running', preview, total, cancelling: run.signal.aborted, ...progress })
      show()
      const perform = (key: ApiKey) =>
        action === 'delete'
          ? deleteApiKey(key.id).catch((error: unknown) => {
              // Already deleted elsewhere: gone either way.
              if (!(isApiError(error) && error.status === 404)) throw error
            })
          : updateApiKeyStatus(key.id, { status: ACTION_TARGET[action], reason: reason || undefined })
      void runBulk(keys, {
        signal: run.signal,
        perform,
        onProgress: (done) => {
          progress = { ...progress, done }
          show()
        },
        onRateLimited: (waitMs) => {
          progress = { ...progress, rateLimitedMs: waitMs }
          show()
        },
      }).then((outcome) => {
        if (controller.current === run) controller.current = null
        setState({
          kind: 'finished',
          preview,
          reason,
          succeeded: [...earlier, ...outcome.done],
          failed: outcome.failed.map(({ item, error }) => ({ key: item, message: describeError(error, action) })),
          notSent: outcome.notSent,
        })
        void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() })
        finished.current?.()
      })
    },
    [queryClient],
  )

  const confirm = useCallback(
    (reason: string) => {
      if (state.kind === 'confirming') execute(state.preview, state.preview.willChange, reason, [])
    },
    [state, execute],
  )
  const retryFailed = useCallback(() => {
    if (state.kind === 'finished' && state.failed.length > 0) execute(state.preview, state.failed.map((f) => f.key), state.reason, state.succeeded)
  }, [state, execute])

  const cancel = useCallback(() => {
    const run = controller.current
    run?.abort()
    if (state.kind === 'reading' || state.kind === 'confirming' || state.kind === 'read-failed') {
      controller.current = null
      setState({ kind: 'idle' })
    } else if (state.kind === 'running') setState({ ...state, cancelling: true })
  }, [state])

  return { state, start, confirm, cancel, retryFailed, dismiss: () => setState({ kind: 'idle' }) }
}
