import { STATUS_LABELS, ownLabel } from './labels'
import { canDo, type KeyAction, type WithStatus } from './key-actions'
import { formatCount, orList } from '../../../lib/intl'

// Why the bulk bar does not offer an action: apart from key-actions.ts, which the first screen loads, as only the bar's lazily loaded actions ask.

function statusWords(status: string | null | undefined): string {
  if (status === undefined || status === null) return 'status-unknown'
  return ownLabel(STATUS_LABELS, status) ?? status
}

/** Why an action is not offered for a selection, or null when any of its keys allows it. */
export function whyNot(action: KeyAction, keys: readonly WithStatus[]): string | null {
  // Some allow it: those are changed and the others skipped, as the confirmation says (bulk-preview.ts).
  if (keys.length === 0 || keys.some((key) => canDo(action, key))) return null
  const statuses = orList([...new Set(keys.map((k) => statusWords(k.status).toLowerCase()))])
  return `Not possible for ${statuses} keys (${formatCount(keys.length)} selected)`
}

// "(16 of 20 selected)": "(16 selected)" read as the size of the selection.
const countOf = (some: number, all: number) => (some === all ? `${formatCount(some)} selected` : `${formatCount(some)} of ${formatCount(all)} selected`)

/**
 * Why no action is offered for a selection while a change to some of its keys waits for the
 * connection (`waiting`: their ids), or null: sent after it, another change would race it
 * (a suspend meant to soften a waiting revoke would reach a revoked key).
 */
export function whyHeld(keys: readonly { id: string }[], waiting: ReadonlySet<string>): string | null {
  const held = keys.filter((key) => waiting.has(key.id)).length
  return held === 0 ? null : `Not possible while a change waits for the connection (${countOf(held, keys.length)})`
}

/**
 * Why an action is not offered over every key of a view, or null when some of its statuses allow it
 * (the keys that do not are then skipped, as the preview says). `statuses`: those the view shows.
 */
export function whyNotForView(action: KeyAction, statuses: readonly string[], total: number | null): string | null {
  if (statuses.some((status) => canDo(action, { status }))) return null
  const words = orList(statuses.map((status) => statusWords(status).toLowerCase()))
  return `Not possible for ${words} keys (${total === null ? 'all' : `all ${formatCount(total)}`} matching)`
}
