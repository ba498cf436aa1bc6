import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import { buildExportFile, type ExportFile } from '../model/export-file'
import type { ExportFormat } from '../model/export-format'
import type { ListView } from '../model/list-view'
import { toViewQuery } from '../model/view-query'
import { useServerCapabilities } from './capability-store'
import { readWholeView, type ReadProgress } from './read-whole-view'

export type ExportState =
  | { readonly kind: 'idle' }
  | ({ readonly kind: 'reading' } & ReadProgress)
  | { readonly kind: 'done'; readonly count: number; readonly fileName: string }
  | ({ readonly kind: 'failed'; readonly error: unknown } & ReadProgress)
  | { readonly kind: 'cancelled' }

export interface ExportRun {
  readonly state: ExportState
  /** Reads the view's every key and saves them; `only`, keys selected on the page, are saved as they are. */
  start: (format: ExportFormat, only?: readonly ApiKey[]) => void
  cancel: () => void
  /** Starts again, from the first key, in the format last asked for. */
  retry: () => void
}

// Long enough for the browser to have started the download from the URL, which a click only schedules.
const REVOKE_AFTER_MS = 10_000

/** Hands a finished file to the browser's downloads: a temporary link to an object URL, clicked. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}

interface Run {
  readonly controller: AbortController
  readonly format: ExportFormat
}

/**
 * Exports every key a view matches: reads them all (as the list would, server pages or the
 * browser's read), then saves one file. Only a whole read is ever saved; Cancel aborts the
 * requests, and leaving (unmounting) cancels too.
 */
export function useExportView(view: ListView): ExportRun {
  const queryClient = useQueryClient()
  const { api, baseUrl, store } = useServerCapabilities()
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  // The run whose answers count: a cancelled or replaced one may still settle, and is ignored.
  const current = useRef<Run | null>(null)
  const last = useRef<{ format: ExportFormat; only: readonly ApiKey[] | undefined } | null>(null)

  const start = useCallback(
    (format: ExportFormat, only?: readonly ApiKey[]) => {
      current.current?.controller.abort()
      // Keys selected on the page are here already, whole: their file needs no read.
      last.current = { format, only }
      if (only) {
        current.current = null
        try {
          const file = buildExportFile(only, view, format, new Date(), true)
          saveFile(file)
          setState({ kind: 'done', count: only.length, fileName: file.name })
        } catch (error) {
          setState({ kind: 'failed', error, read: 0, expected: null })
        }
        return
      }
      const run: Run = { controller: new AbortController(), format }
      current.current = run
      let progress: ReadProgress = { read: 0, expected: null }
      setState({ kind: 'reading', ...progress })
      const query = toViewQuery(view, Date.now())
      readWholeView(queryClient, { query, api, baseUrl, store }, run.controller.signal, (next) => {
        progress = next
        if (current.current === run) setState({ kind: 'reading', ...next })
      })
        .then((keys) => {
          if (current.current !== run) return
          const file = buildExportFile(keys, view, format, new Date())
          saveFile(file)
          current.current = null
          setState({ kind: 'done', count: keys.length, fileName: file.name })
        })
        .catch((error: unknown) => {
          // A failed read, or a file the browser could not build: either way nothing was saved.
          if (current.current !== run) return
          current.current = null
          setState({ kind: 'failed', error, ...progress })
        })
    },
    [queryClient, api, baseUrl, store, view],
  )

  const cancel = useCallback(() => {
    const run = current.current
    if (!run) return
    current.current = null
    run.controller.abort()
    setState({ kind: 'cancelled' })
  }, [])

  const retry = useCallback(() => {
    if (last.current) start(last.current.format, last.current.only)
  }, [start])

  useEffect(
    () => () => {
      current.current?.controller.abort()
      current.current = null
    },
    [],
  )

  return { state, start, cancel, retry }
}
