import type { QueryKey } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import type { KeyStatus } from '../../../api/enums'
import { keySetStatusesOf } from './query-keys'

/** A key as an action left it: what an Undo of that action expects to find. */
export interface KeyState {
  id: string
  status: KeyStatus
  /** The update_time the server answered the action with, if it sent one. */
  updateTime: string | null
}

/**
 * How the key was found to have moved on: to another status (null when not known), deleted, left
 * behind with the server the app no longer talks to, or replaced with the rest of the demo's keys.
 */
export type KeyChange = { kind: 'changed'; status: string | null } | { kind: 'deleted' } | { kind: 'elsewhere' } | { kind: 'replaced' }

/** What one answer says of the key: it moved on, it is as expected, or nothing (absent, or older news). */
export type Verdict = KeyChange | 'same' | 'unknown'

export const isChange = (verdict: Verdict): verdict is KeyChange => typeof verdict === 'object'

/** Compares one row the server sent with what the action left. */
export function judgeRow(expected: KeyState, row: ApiKey): Verdict {
  if (row.status === undefined) return 'unknown'
  // NaN (a time missing on either side) compares false both ways: the status decides alone.
  const seen = row.update_time ? Date.parse(row.update_time) : Number.NaN
  const known = expected.updateTime ? Date.parse(expected.updateTime) : Number.NaN
  // Read before the action landed: older news, not a change.
  if (seen < known) return 'unknown'
  if (row.status !== expected.status || seen > known) return { kind: 'changed', status: row.status }
  return 'same'
}

interface ListAnswer {
  api_keys: readonly ApiKey[]
  complete?: unknown
}

// The cache holds what list-api-keys parsed; this only tells a list page from other data.
function isListAnswer(data: unknown): data is ListAnswer {
  return typeof data === 'object' && data !== null && 'api_keys' in data && Array.isArray(data.api_keys)
}

/** What one list answer (a server page or the browser's whole read) says of the key. */
export function judgeAnswer(expected: KeyState, queryKey: QueryKey, data: unknown): Verdict {
  if (!isListAnswer(data)) return 'unknown'
  const row = data.api_keys.find((key) => key.id === expected.id)
  if (row) return judgeRow(expected, row)
  // Missing from a whole read of its expected status: it moved to another status or was deleted.
  const statuses = keySetStatusesOf(queryKey)
  if (data.complete === true && statuses?.includes(expected.status)) return { kind: 'changed', status: null }
  // A page is one slice of one view: a key missing from it may just be elsewhere.
  return 'unknown'
}
