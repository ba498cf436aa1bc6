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
  /** A read of every key ended with fewer keys than the server counted (null: it did not). */
  readonly missing: KeysMissing | null
}

/** Keys a whole read never received: the server counted `counted` but sent `received` different ones (with an id). */
export interface KeysMissing {
  readonly counted: number
  readonly received: number
}

/**
 * Whether a finished read of every page came short of the server's last count: fewer different
 * keys received, with the rows that had no id, than it counted. Null when nothing is missing.
 */
export function shortOfCount(total: number, received: number, withoutId: number): KeysMissing | null {
  return received + withoutId < total ? { counted: total - withoutId, received } : null
}

export const NO_FAULTS: AnswerFaults = { repeatedIds: 0, rowsPastPageSize: 0, changed: false, loops: false, missing: null }

/** Whether there is anything to say about the server's answers. */
export function hasFaults(faults: AnswerFaults): boolean {
  return faults.repeatedIds > 0 || faults.rowsPastPageSize > 0 || faults.changed || faults.loops || faults.missing !== null
}

/** The view's count cannot be told: the list changed while read, or keys it counted never came. */
export function countUnknown(faults: AnswerFaults): boolean {
  return faults.changed || faults.missing !== null
}

/** What a whole read that came short received: "The server counted 320 keys but sent 305 different ones: 15 may be missing". */
export function shortRead({ counted, received }: KeysMissing): string {
  return `The server counted ${formatCount(counted)} keys but sent ${formatCount(received)} different ones: ${formatCount(counted - received)} may be missing`
}

/** An export's or a bulk action's words for a read that came short: they need every key. */
export function missingErrorMessage(missing: KeysMissing): string {
  return `${shortRead(missing)}, and this needs every one. Try again: a second read may get them all.`
}
