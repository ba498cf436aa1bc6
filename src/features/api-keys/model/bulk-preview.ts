import type { ApiKey } from '../../../api/api-key-schema'
import { ACTION_LABELS, ACTION_TARGET, canDo, type KeyAction } from './key-actions'
import { STATUS_LABELS, ownLabel } from './labels'
import { formatCount } from '../../../lib/intl'

/** Keys of one status that the lifecycle does not let the action change. */
export interface SkippedGroup {
  readonly status: string
  readonly keys: readonly ApiKey[]
  /** e.g. "revoked". */
  readonly statusWord: string
  /** e.g. "2 are revoked and will be skipped". */
  readonly text: string
}

export interface BulkPreview {
  readonly action: KeyAction
  readonly willChange: readonly ApiKey[]
  readonly skipped: readonly SkippedGroup[]
  /** This run undoes an earlier one's action: its result offers no Undo back. */
  readonly undoes?: KeyAction
}

const LABELS: Readonly<Record<string, string>> = STATUS_LABELS

function statusWord(status: string): string {
  if (status === '') return 'of unknown status'
  return (ownLabel(LABELS, status) ?? status).toLowerCase()
}

/** Splits a whole view's keys into those the action will change and those it skips, by status. */
export function previewBulk(action: KeyAction, keys: readonly ApiKey[]): BulkPreview {
  const willChange: ApiKey[] = []
  const skippedByStatus = new Map<string, ApiKey[]>()
  for (const key of keys) {
    if (canDo(action, key)) willChange.push(key)
    else {
      const status = key.status ?? ''
      skippedByStatus.set(status, [...(skippedByStatus.get(status) ?? []), key])
    }
  }
  const skipped = [...skippedByStatus].map(([status, group]) => ({
    status,
    keys: group,
    statusWord: statusWord(status),
    // "1 is already revoked": the action's own end, not merely a status that rules it out.
    text: `${formatCount(group.length)} ${group.length === 1 ? 'is' : 'are'} ${action !== 'delete' && status === ACTION_TARGET[action] ? 'already ' : ''}${statusWord(status)} and will be skipped`,
  }))
  return { action, willChange, skipped }
}

/** "38 will be suspended; 2 are revoked and will be skipped". */
export function previewSentence({ action, willChange, skipped }: BulkPreview): string {
  const change = `${formatCount(willChange.length)} will be ${ACTION_LABELS[action].past}`
  return [change, ...skipped.map((group) => group.text)].join('; ')
}
