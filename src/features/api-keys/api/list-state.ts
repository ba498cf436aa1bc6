import type { ApiKey } from '../../../api/api-key-schema'
import type { AnswerFaults } from '../model/answer-faults'

export { NO_FAULTS, type AnswerFaults } from '../model/answer-faults'

/** A list view as the screen shows it, however it was read. */
export interface ListState {
  /** The page's rows, each one matching the view. */
  readonly rows: readonly ApiKey[]
  /** The view's count; null while the browser is still counting. */
  readonly total: number | null
  /** Nothing of this view to show yet. */
  readonly pending: boolean
  /** The rows are an earlier page's or view's, kept (dimmed) while this one loads. */
  readonly placeholder: boolean
  /** Fetching in the background while the rows are shown. */
  readonly refreshing: boolean
  /** Offline: the request waits for the connection. */
  readonly paused: boolean
  readonly error: unknown
  readonly retry: () => void
  readonly canNext: boolean
  /** The browser is reading every key: how far it got, and a way to stop. */
  readonly reading: { readonly read: number; readonly expected: number; readonly cancel: () => void } | null
  /** The browser's read failed part way (after its page's retries): how far it had got. */
  readonly failedAfter: { readonly read: number; readonly expected: number } | null
  /** The read was stopped before the end. */
  readonly stopped: { readonly read: number; readonly expected: number; readonly resume: () => void } | null
  /** Rows the server sent without an id: they cannot be shown, so the screen says how many. */
  readonly rowsWithoutId: number
  /** The page asked for is past the end of the list. */
  readonly beyondEnd: boolean
  readonly faults: AnswerFaults
  /** Rows shown on the pages before this one, where known: (page − 1) × page size unless a server's repeats were left out. */
  readonly shownBefore?: number
  /** Forgets what was read of this view, to read it afresh from the first page. */
  readonly startAgain: () => void
}
