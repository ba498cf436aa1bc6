import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { describeError } from '../actions/use-run-key-action'
import { canDo } from '../../model/key-actions'
import { STATUS_LABELS, labelOf } from '../../model/labels'

/** What the last step does with the old key. */
export type RetireChoice = 'suspend' | 'revoke' | 'keep'

/** The replacement as the later steps know it: its secret is gone by then. */
export interface Replacement {
  id: string
  name: string | null | undefined
}

/** Rotation ends by suspending or revoking the old key, so a revoked (or unknown-status) key has none. */
export function canRotate(key: Pick<ApiKey, 'status'>): boolean {
  return canDo('revoke', key)
}

/** The choices the lifecycle allows for the old key; keeping it as it is always is one. */
export function retireChoices(key: Pick<ApiKey, 'status'>): RetireChoice[] {
  return [...(canDo('suspend', key) ? (['suspend'] as const) : []), ...(canDo('revoke', key) ? (['revoke'] as const) : []), 'keep']
}

/** "Active", "Suspended"…, as the status badge says it. */
export function statusWord(key: Pick<ApiKey, 'status'>): string {
  return labelOf(STATUS_LABELS, key.status)
}

/** "Keep active for now", "Keep suspended for now". */
export function keepLabel(key: Pick<ApiKey, 'status'>, it = false): string {
  return `Keep ${it ? 'it ' : ''}${statusWord(key).toLowerCase()} for now`
}

/**
 * What to do later with an old key kept as it is: a suspended or expired key can only be revoked
 * ("Suspend or revoke it" read wrong for a key already suspended). `subject`: "it", or "the old key".
 */
export function retireLater(key: Pick<ApiKey, 'status'>, subject = 'it'): string {
  return `${canDo('suspend', key) ? 'Suspend or revoke' : 'Revoke'} ${subject} once nothing uses it any more.`
}

/** Step 3 failed: what became of the old key, and the server's words (with the request id). */
export interface RetireFailure {
  /** `unchanged`: the server refused; `unknown`: the answer was lost, the change may have happened; `gone`: deleted elsewhere. */
  oldState: 'unchanged' | 'unknown' | 'gone'
  choice: 'suspend' | 'revoke'
  why: string
}

export function describeRetireFailure(choice: 'suspend' | 'revoke', error: unknown): RetireFailure {
  if (isApiError(error) && error.status === 404) return { oldState: 'gone', choice, why: 'It no longer exists: it was deleted elsewhere.' }
  const oldState = isApiError(error) && error.kind === 'http' ? 'unchanged' : 'unknown'
  return { oldState, choice, why: describeError(error, choice) }
}
