import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { useServerCapabilities } from '../../api/capability-store'
import type { BulkPreview } from '../../model/bulk-preview'
import type { KeyAction } from '../../model/key-actions'
import type { ListView } from '../../model/list-view'
import { toViewQuery } from '../../model/view-query'
import { describeError, type ActionFailure, type ActionOutcome } from './use-run-key-action'

type AnsweredOtherwise = ActionOutcome['answeredOtherwise'][number]

/** What earlier runs of the same action did: a Retry failed adds to it. */
export interface Earlier {
  readonly succeeded: readonly ApiKey[]
  readonly notSent: readonly ApiKey[]
  readonly answeredOtherwise: readonly AnsweredOtherwise[]
  /** Keys the server no longer has (404): deleted elsewhere since the read; nothing to try again. */
  readonly gone: readonly ApiKey[]
}
const NOTHING_YET: Earlier = { succeeded: [], notSent: [], answeredOtherwise: [], gone: [] }

const loadWork = () => import('./bulk-all-work')

export type BulkAllState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly action: KeyAction; readonly read: number; readonly expected: number | null }
  | { readonly kind: 'read-failed'; readonly action: KeyAction; readonly error: unknown }
  | { readonly kind: 'confirming'; readonly preview: BulkPreview }
  | { readonly kind: 'running'; readonly preview: BulkPreview; readonly done: number; readonly total: number; readonly rateLimitedMs: number | null; readonly cancelling: boolean }
  | ({ readonly kind: 'finished'; readonly preview: BulkPreview; readonly reason: string; readonly failed: readonly ActionFailure[] } & Earlier)

export interface BulkAllRun {
  readonly state: BulkAllState
  start: (action: KeyAction) => void
  confirm: (reason: string) => void
  /** Stops the read, or stops sending new requests (those in flight finish). */
  cancel: () => void
  retryFailed: () => void
  /** Runs the Undo of a finished run: `preview` holds the keys to put back, as they are now. */
  undo: (preview: BulkPreview, reason: string) => void
  dismiss: () => void
}

/**
 * A bulk action over every key a view matches: reads the whole view (progress, Cancel), previews
 * what will change and what is skipped, then runs it four at a time with Cancel and Retry failed.
 */
export function useBulkAllMatching(view: ListView, onFinished?: () => void): BulkAllRun {
  const queryClient = useQueryClient()
  const { api, baseUrl, store } = useServerCapabilities()
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
      const query = toViewQuery(view, Date.now())
      loadWork()
        .then(({ previewBulkAll }) => previewBulkAll(queryClient, { query, api, baseUrl, store }, action, run.signal, setState))
        .catch((error: unknown) => !run.signal.aborted && setState({ kind: 'read-failed', action, error }))
    },
    [queryClient, view, api, baseUrl, store],
  )

  const execute = useCallback(
    (preview: BulkPreview, keys: readonly ApiKey[], reason: string, earlier: Earlier) => {
      const run = new AbortController()
      controller.current = run
      setState({ kind: 'running', preview, total: keys.length, cancelling: false, done: 0, rateLimitedMs: null })
      const done = () => {
        if (controller.current === run) controller.current = null
        finished.current?.()
      }
      void loadWork().then(
        ({ executeBulkAll }) => executeBulkAll({ api, queryClient, preview, keys, reason, earlier, signal: run.signal, setState, done }),
        (error: unknown) => {
          // Only the run's code failing to load lands here, before any request.
          setState({ kind: 'finished', preview, reason, ...earlier, failed: keys.map((key) => ({ key, message: describeError(error, preview.action) })) })
        },
      )
    },
    [queryClient, api],
  )

  const confirm = useCallback(
    (reason: string) => {
      if (state.kind === 'confirming') execute(state.preview, state.preview.willChange, reason, NOTHING_YET)
    },
    [state, execute],
  )
  const retryFailed = useCallback(() => {
    if (state.kind === 'finished' && state.failed.length > 0) execute(state.preview, state.failed.map((f) => f.key), state.reason, state)
  }, [state, execute])

  const cancel = useCallback(() => {
    const run = controller.current
    run?.abort()
    if (state.kind === 'reading' || state.kind === 'confirming' || state.kind === 'read-failed') {
      controller.current = null
      setState({ kind: 'idle' })
    } else if (state.kind === 'running') setState({ ...state, cancelling: true })
  }, [state])

  const undo = useCallback((preview: BulkPreview, reason: string) => execute(preview, preview.willChange, reason, NOTHING_YET), [execute])

  return { state, start, confirm, cancel, retryFailed, undo, dismiss: () => setState({ kind: 'idle' }) }
}
