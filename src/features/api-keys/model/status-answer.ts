import type { KeyStatus } from '../../../api/enums'
import { STATUS_LABELS, labelOf } from './labels'

/** A 200 to a status change that did not make the asked change: the server kept the key as it was, or set another status. */
export interface OtherAnswer {
  kind: 'kept' | 'other'
  status: string
}

/** What the server's answer to a status change says happened; null when it made the asked change (or did not say). */
export function otherAnswerOf(asked: KeyStatus, before: string | undefined, answer: { status?: string } | undefined): OtherAnswer | null {
  const status = answer?.status
  // An answer without a status does not contradict the 200: the list's refetch tells the rest.
  if (status === undefined || status === asked) return null
  return { kind: status === before ? 'kept' : 'other', status }
}

/** The news, in the server's words: "The server kept Billing Active", "Billing is now Revoked". */
export function otherAnswerTitle(name: string, answer: OtherAnswer): string {
  const label = labelOf(STATUS_LABELS, answer.status)
  return answer.kind === 'kept' ? `The server kept ${name} ${label}` : `${name} is now ${label}`
}

/** Why the toast says so: what was asked, against what the server answered. */
export function otherAnswerDetail(asked: KeyStatus, answer: OtherAnswer): string {
  const wanted = STATUS_LABELS[asked]
  return answer.kind === 'kept'
    ? `You asked for ${wanted}; the server answered that nothing changed.`
    : `You asked for ${wanted}; the server answered ${labelOf(STATUS_LABELS, answer.status)} instead.`
}

/** The same, beside a key's name in a list: "kept Active", "now Revoked". */
export function otherAnswerShort(answer: OtherAnswer): string {
  return `${answer.kind === 'kept' ? 'kept' : 'now'} ${labelOf(STATUS_LABELS, answer.status)}`
}
