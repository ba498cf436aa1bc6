import { isApiError } from '../../../api/api-error'
import { abortableWait } from '../../../lib/abortable-wait'
import { mapWithConcurrency } from './map-with-concurrency'

/** At most this many requests at a time, so a bulk run does not flood the server. */
export const BULK_CONCURRENCY = 4
/** A Retry-After longer than this is waited only this long. */
export const MAX_RETRY_WAIT_MS = 60_000
/** A 429 without Retry-After waits this long. */
const DEFAULT_RETRY_WAIT_MS = 1_000
/** A key rate-limited this many times in a row counts as failed. */
const MAX_ATTEMPTS = 6

export interface BulkOutcome<T> {
  readonly done: T[]
  readonly failed: { item: T; error: unknown }[]
  /** Never sent: the run was cancelled first. */
  readonly notSent: T[]
}

export interface BulkRunOptions<T> {
  readonly signal: AbortSignal
  readonly perform: (item: T) => Promise<unknown>
  /** After each key settles, with how many have. */
  readonly onProgress?: (settled: number) => void
  /** A 429 makes a key wait this long (ms) before it is sent again; null once no key is waiting. */
  readonly onRateLimited?: (waitMs: number | null) => void
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>
  readonly limit?: number
}

class NotSent extends Error {}

/** How long a 429 asks to wait, capped; null for any other failure. */
export function rateLimitWait(error: unknown): number | null {
  if (!isApiError(error) || error.status !== 429) return null
  return Math.min(Math.max(error.retryAfterMs ?? DEFAULT_RETRY_WAIT_MS, 0), MAX_RETRY_WAIT_MS)
}

/**
 * Performs one request per item, at most four at a time. Cancel (abort) stops new requests and
 * lets those in flight finish, so what was done stays done and is reported; a 429 waits its
 * Retry-After, then the same item is sent again.
 */
export async function runBulk<T>(items: readonly T[], options: BulkRunOptions<T>): Promise<BulkOutcome<T>> {
  const { signal, perform, onProgress, onRateLimited, wait = abortableWait, limit = BULK_CONCURRENCY } = options
  let settled = 0
  let waiting = 0
  const attempt = async (item: T): Promise<void> => {
    for (let tries = 1; ; tries++) {
      try {
        await perform(item)
        return
      } catch (error) {
        const waitMs = rateLimitWait(error)
        if (waitMs === null || tries >= MAX_ATTEMPTS) throw error
        waiting++
        onRateLimited?.(waitMs)
        await wait(waitMs, signal)
        waiting--
        if (waiting === 0) onRateLimited?.(null)
        if (signal.aborted) throw new NotSent()
      }
    }
  }
  const results = await mapWithConcurrency(
    items,
    limit,
    (item) =>
      attempt(item).finally(() => {
        settled++
        onProgress?.(settled)
      }),
    signal,
  )
  const outcome: BulkOutcome<T> = { done: [], failed: [], notSent: [] }
  const started = new Set<T>()
  for (const result of results) {
    started.add(result.item)
    if (result.ok) outcome.done.push(result.item)
    else if (result.error instanceof NotSent) outcome.notSent.push(result.item)
    else outcome.failed.push({ item: result.item, error: result.error })
  }
  outcome.notSent.push(...items.filter((item) => !started.has(item)))
  return outcome
}
