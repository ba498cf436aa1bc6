import type { KeyStatus } from './enums'

/** The contract's lifecycle: which status a key may be moved to from each status. EXPIRED is set by the server only. */
export const TRANSITIONS: Readonly<Record<KeyStatus, readonly KeyStatus[]>> = {
  ACTIVE: ['SUSPENDED', 'REVOKED'],
  SUSPENDED: ['ACTIVE', 'REVOKED'],
  EXPIRED: ['ACTIVE', 'REVOKED'],
  REVOKED: [],
}

/** Where a key of this status may go; none for REVOKED or a status this client does not know. */
export function allowedTransitions(status: string): readonly KeyStatus[] {
  return Object.hasOwn(TRANSITIONS, status) ? TRANSITIONS[status as KeyStatus] : []
}

export function canTransition(from: string, to: KeyStatus): boolean {
  return allowedTransitions(from).includes(to)
}
