import type { ApiKey } from '../../../api/api-key-schema'
import type { KeyAction } from './key-actions'

/**
 * What undoes an action on a key, as it was before: suspend and reactivate undo each other, but
 * an expired key reactivated is not made expired (nor suspended) again. The rest cannot be undone.
 */
export function undoOf(action: KeyAction, before: ApiKey): KeyAction | null {
  if (action === 'suspend') return 'reactivate'
  if (action === 'reactivate' && before.status === 'SUSPENDED') return 'suspend'
  return null
}

/**
 * The one Undo of an action on several keys: what undoes it, and the keys it puts back (those
 * `undoOf` allows, e.g. after a reactivate only the suspended ones). Null when none can be.
 */
export function undoOfMany(action: KeyAction, changed: readonly ApiKey[]): { action: KeyAction; keys: ApiKey[] } | null {
  const keys = changed.filter((key) => undoOf(action, key) !== null)
  const undo = keys[0] && undoOf(action, keys[0])
  return undo ? { action: undo, keys } : null
}

/** The server keeps a status change's reason for audit: an Undo says what it undoes, and when that was. */
export function undoReason(action: KeyAction, at = new Date()): string {
  return `Undo of the ${action === 'suspend' ? 'suspension' : 'reactivation'} at ${at.toISOString().slice(11, 16)} UTC`
}
