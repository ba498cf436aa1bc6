import { isApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { isKnown, KEY_STATUSES, type KeyStatus } from '../../../api/enums'
import { ACTION_LABELS, ACTION_TARGET, canDo, type KeyAction } from './key-actions'
import { STATUS_LABELS, labelOf } from './labels'

export type StatusAction = Exclude<KeyAction, 'delete'>

/**
 * Why a failed status change is worth reading the key again: the lifecycle refused it (400; 409 on
 * a server that calls it a conflict), or its answer was lost (the change may have landed). Null otherwise.
 */
export function recheckCause(error: unknown): 'refused' | 'lost' | null {
  if (!isApiError(error)) return null
  if (error.kind === 'network' || error.kind === 'timeout') return 'lost'
  return error.status === 400 || error.status === 409 ? 'refused' : null
}

/**
 * What the key read again says of the failed change: made after all (`done`: the lost answer's
 * change landed), made by someone else first (`already`), no longer possible (`movedOn`), the key
 * deleted (`gone`), or nothing new (`unchanged`: the failure stands as it was).
 */
export type Recheck = { kind: 'done' | 'already' | 'movedOn'; key: ApiKey } | { kind: 'gone' } | { kind: 'unchanged' }

export function judgeRecheck(action: StatusAction, cause: 'refused' | 'lost', now: ApiKey | null): Recheck {
  if (!now) return { kind: 'gone' }
  if (now.status === undefined) return { kind: 'unchanged' }
  if (now.status === ACTION_TARGET[action]) return { kind: cause === 'lost' ? 'done' : 'already', key: now }
  return canDo(action, now) ? { kind: 'unchanged' } : { kind: 'movedOn', key: now }
}

const MOVED_TO: Record<KeyStatus, string> = {
  ACTIVE: 'was reactivated elsewhere meanwhile',
  SUSPENDED: 'was suspended elsewhere meanwhile',
  REVOKED: 'was revoked elsewhere meanwhile',
  EXPIRED: 'expired meanwhile',
}

/** "Billing was revoked elsewhere meanwhile: it can no longer be suspended." */
export function movedOnMessage(name: string, action: StatusAction, status: string): string {
  const moved = isKnown(KEY_STATUSES, status) ? MOVED_TO[status] : `is now ${labelOf(STATUS_LABELS, status)}`
  return `${name} ${moved}: it can no longer be ${ACTION_LABELS[action].past}.`
}
