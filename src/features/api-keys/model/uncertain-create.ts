import type { ApiKey } from '../../../api/api-key-schema'
import type { CreateApiKeyBody } from '../../../api/api-keys/create-api-key'

/** How far before the attempt a key still counts as its own: clocks of browser and server differ. */
export const LOOKBACK_MS = 5 * 60_000

/** A create whose answer never arrived (or could not be read): what was sent, and when. */
export interface UncertainAttempt {
  readonly body: CreateApiKeyBody
  /** Date.now() when the create was sent. */
  readonly sentAt: number
}

/** Keys created before this moment (server time, with slack) cannot come from the attempt. */
export function windowStart(attempt: UncertainAttempt): number {
  return attempt.sentAt - LOOKBACK_MS
}

function createdAt(key: ApiKey): number | null {
  const time = key.create_time ? Date.parse(key.create_time) : Number.NaN
  return Number.isNaN(time) ? null : time
}

/**
 * Whether a key may be one the attempt made: the same name, type and environment (where the row
 * says), created within the window. A key without a creation time is never taken for one.
 */
export function mayBeFromAttempt(key: ApiKey, attempt: UncertainAttempt): boolean {
  const time = createdAt(key)
  if (time === null || time < windowStart(attempt)) return false
  const { body } = attempt
  if ((key.name ?? '').trim() !== body.name.trim()) return false
  if (key.key_type !== undefined && key.key_type !== body.key_type) return false
  return key.environment === undefined || key.environment === null || key.environment === body.environment
}

/**
 * Reading newest first (the documented order), pages past the window hold nothing more. Tracks
 * whether the order held so far: a server that ignores it must be read to the end.
 */
export class NewestFirstWalk {
  private previous = Number.POSITIVE_INFINITY
  private ordered = true
  private readonly since: number

  constructor(since: number) {
    this.since = since
  }

  /** Takes a page's rows in order; true once every later row must be older than the window. */
  passedWindow(rows: readonly ApiKey[]): boolean {
    for (const row of rows) {
      const time = createdAt(row)
      // A row without a time proves nothing about the order.
      if (time === null) continue
      if (time > this.previous) this.ordered = false
      this.previous = time
    }
    return this.ordered && this.previous < this.since
  }
}
