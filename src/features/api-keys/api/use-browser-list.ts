import { useApiClient } from '../../../hooks/use-api-client'
import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query'
import { waitOwed } from './wait-owed'
import { useEffect, useMemo, useState } from 'react'
import type { ApiKey } from '../../../api/api-key-schema'
import type { KeyStatus } from '../../../api/enums'
import { answerLocally, localPage, type LocalAnswer, type ReadSoFar } from '../model/local-answer'
import type { ViewQuery } from '../model/view-query'
import { keysMissing, keySetOptions } from './key-set'
import { statusChangesWaiting } from './pending-status-changes'
import { NO_FAULTS, type ListState } from './list-state'

export interface BrowserListContext {
  readonly statuses: readonly KeyStatus[]
  readonly query: ViewQuery
  readonly pageSize: number
  /** The view but its page: a read stopped for one view is not stopped for the next. */
  readonly viewKey: string
}

type AnswerOf = (read: ReadSoFar<ApiKey>, query: ViewQuery) => LocalAnswer<ApiKey>

// The last views' answers kept over a whole read (narrowed-answers.ts): a search typed on filters the
// rows it had, not every key. Loaded once a read is over; until then, each view is answered afresh.
let keptAnswers: (() => AnswerOf) | null = null
const loadKeptAnswers = () =>
  import('../model/narrowed-answers').then((m) => {
    keptAnswers = () => m.localAnswers<ApiKey>()
    return keptAnswers
  })

/** The answer for each view over the reads of one list, kept and narrowed once their code is here. */
function useAnswerOf(readOver: boolean): AnswerOf {
  const [kept, setKept] = useState<AnswerOf | null>(() => keptAnswers?.() ?? null)
  useEffect(() => {
    if (kept !== null || !readOver) return
    let live = true
    // A failed load leaves each view answered afresh: the same rows.
    loadKeptAnswers().then((make) => live && setKept(() => make()), () => undefined)
    return () => {
      live = false
    }
  }, [kept, readOver])
  return kept ?? answerLocally
}

/** A view answered in the browser from every key of its statuses; `null`: not such a view now. */
export function useBrowserList(context: BrowserListContext | null, page: number): ListState | null {
  const queryClient = useQueryClient()
  const options = keySetOptions(useApiClient(), context?.statuses ?? null)
  const setHash = hashKey(options.queryKey)
  // Which read was stopped, for which view, and how far it had got. Another view (a letter typed, a
  // filter or sort changed) is a new ask: its read starts afresh, and the stop is forgotten.
  const [stopped, setStopped] = useState<{ hash: string; viewKey: string; read: number; expected: number } | null>(null)
  if (stopped !== null && stopped.viewKey !== context?.viewKey) setStopped(null)
  const isStopped = stopped?.hash === setHash && stopped.viewKey === context?.viewKey
  // A read of this set that the server told to wait (the search's, started as the box took the focus) is not asked
  // again at once by the view that shows it (held, not enabled): the view shows the wait counted down, and its Retry reads at its end.
  const set = useQuery({ ...options, enabled: context !== null && !isStopped && !waitOwed(queryClient.getQueryState(options.queryKey)) })
  const query = context?.query
  const answerOf = useAnswerOf(set.data?.complete === true)
  const answer = useMemo(() => {
    if (!set.data || !query) return null
    // A key whose status change still waits is judged as the server holds it, and shown as the cache has it.
    const waiting = statusChangesWaiting(queryClient)
    const keys = waiting.size === 0 ? set.data.api_keys : set.data.api_keys.map((key) => waiting.get(key.id) ?? key)
    const judged = answerOf({ keys, complete: set.data.complete, newestFirst: set.data.newestFirst }, query)
    if (waiting.size === 0) return judged
    const shown = new Map(set.data.api_keys.filter((key) => waiting.has(key.id)).map((key) => [key.id, key]))
    return { ...judged, rows: judged.rows.map((key) => shown.get(key.id) ?? key) }
  }, [answerOf, set.data, query, queryClient])
  const pageSize = context?.pageSize ?? 0
  // One array for as long as the answer and the page stand: a render that changes neither keeps the table's rows.
  const rows = useMemo(() => (answer ? localPage(answer, page, pageSize) : null), [answer, page, pageSize])
  if (context === null) return null

  const read = set.data?.api_keys.length ?? 0
  const expected = Math.max(set.data?.total_count ?? 0, read)
  const complete = set.data?.complete === true
  // Keys the server counted but never sent may belong to this view: its count is then not told.
  const missing = set.data ? keysMissing(set.data) : null
  const reading = !complete && set.isFetching
  const retry = () => {
    if (isStopped) setStopped(null)
    else void set.refetch()
  }
  return {
    rows: rows ?? [],
    total: complete && answer && missing === null ? answer.rows.length : null,
    pending: rows === null,
    placeholder: false,
    refreshing: complete && set.isFetching,
    paused: set.fetchStatus === 'paused',
    error: set.error,
    retry,
    canNext: answer !== null && (complete ? page * pageSize < answer.rows.length : answer.final > page * pageSize),
    reading: reading
      ? {
          read,
          expected,
          cancel: () => {
            setStopped({ hash: setHash, viewKey: context.viewKey, read, expected })
            // Nothing partial is kept: Read again starts from the first page.
            const { queryKey } = options
            void queryClient.cancelQueries({ queryKey, exact: true }).then(() => queryClient.removeQueries({ queryKey, exact: true }))
          },
        }
      : null,
    stopped: isStopped ? { read: stopped.read, expected: stopped.expected, resume: retry } : null,
    rowsWithoutId: set.data?.rows_without_id ?? 0,
    failedAfter: set.error !== null && !complete && read > 0 ? { read, expected } : null,
    beyondEnd: complete && answer !== null && page > 1 && (page - 1) * pageSize >= answer.rows.length,
    // The browser counts for itself, and a looping read ends in an error: what was left out is left to say.
    faults: { ...NO_FAULTS, repeatedIds: set.data?.repeated ?? 0, rowsPastPageSize: set.data?.rows_past_page_size ?? 0, missing },
    startAgain: retry,
  }
}
