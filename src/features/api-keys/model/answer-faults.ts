import { formatCount } from '../../../lib/intl'

/** What the server got wrong in its answers, so the screen can say so rather than show it. */
export interface AnswerFaults {
  /** Rows that repeated a key already read, each kept once. */
  readonly repeatedIds: number
  /** Rows sent past the page size asked for, left out unread. */
  readonly rowsPastPageSize: number
  /** The count moved between pages: the list changed while it was read (the count is not shown). */
  readonly changed: boolean
  /** The server's next page leads back to pages already read: Next is not offered. */
  readonly loops: boolean
}

export const NO_FAULTS: AnswerFaults = { repeatedIds: 0, rowsPastPageSize: 0, changed: false, loops: false }

/** Whether there is anything to say about the server's answers. */
export function hasFaults(faults: AnswerFaults): boolean {
  return faults.repeatedIds > 0 || faults.rowsPastPageSize > 0 || faults.changed || faults.loops
}

/** The words for keys the server sent more than once (counted in rows left out). */
export function repeatedMessage(count: number): string {
  return count === 1 ? 'The server sent 1 key twice; it is shown once.' : `The server repeated keys ${formatCount(count)} times; each key is shown once.`
}

/** The words for rows past the page size asked for. */
export function pastPageSizeMessage(count: number): string {
  const rows = count === 1 ? '1 row' : `${formatCount(count)} rows`
  return `The server sent ${rows} more than the page asked for, a fault on its side; only the rows asked for are shown.`
}

export const CHANGED_MESSAGE = 'The list changed while it was being read: its count moved between pages, so the count is not shown and keys may be skipped or repeated across pages.'
export const LOOP_MESSAGE = 'The server’s next page leads back to pages already read, a fault on its side, so there is no next page to offer.'
