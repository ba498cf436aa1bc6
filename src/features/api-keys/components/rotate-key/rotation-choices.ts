import { isApiError } from '../../../../api/api-error'
import type { ApiKey } from '../../../../api/api-key-schema'
import { describeError } from '../actions/use-run-key-action'
import { ACTION_LABELS, canDo, keyDisplayName } from '../../model/key-actions'
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
 * Step 3 failed: which key is in which state, exactly. The replacement exists either way; the old
 * key is as it was unless the request may have reached the server before the answer was lost.
 */
export function retireFailureMessage(replacement: Replacement, oldKey: ApiKey, choice: 'suspend' | 'revoke', error: unknown): string {
  const created = `${keyDisplayName(replacement)} (${replacement.id}) was created and is Active.`
  const old = keyDisplayName(oldKey)
  if (isApiError(error) && error.status === 404) return `${created} ${old} could not be ${ACTION_LABELS[choice].past}: it no longer exists (deleted elsewhere).`
  const why = describeError(error, choice)
  if (isApiError(error) && error.kind !== 'http') {
    return `${created} ${old} is probably still ${statusWord(oldKey)}, but the request may have reached the server: ${why} Check its status in the list before you retry.`
  }
  return `${created} ${old} is still ${statusWord(oldKey)}: ${why}`
}
