import type { ApiKey } from '../../../api/api-key-schema'
import type { KeyAction } from './key-actions'

const DAY = 24 * 60 * 60 * 1000

/** What the confirmation knows of a key's last use. */
export type LastUse =
  | { kind: 'unknown' }
  | { kind: 'never' }
  /**
   * `inUse`: clients are using it now: used in the last 24 hours, or dated ahead of this clock
   * (`ahead`), which counts as now, by a key that does not already refuse requests.
   */
  | { kind: 'used'; iso: string; inUse: boolean; ahead: boolean }

/**
 * Whether the key already refuses every request (suspended, revoked or expired): no client can be
 * using it now, however recent its last use, so stopping it stops nobody. A status not sent or not
 * known is not taken as refusing.
 */
export function refusesRequests(key: Pick<ApiKey, 'status'>): boolean {
  return key.status === 'SUSPENDED' || key.status === 'REVOKED' || key.status === 'EXPIRED'
}

/** `undefined` means the server did not send the field; `null` means never used. */
export function lastUseOf(key: Pick<ApiKey, 'last_used_at' | 'status'>, now: number): LastUse {
  const iso = key.last_used_at
  if (iso === undefined) return { kind: 'unknown' }
  if (iso === null) return { kind: 'never' }
  const at = Date.parse(iso)
  // The same bound as the list's "used in the last 24 h": a later time, even one in the future, is recent.
  return { kind: 'used', iso, inUse: at >= now - DAY && !refusesRequests(key), ahead: at > now }
}

export function isInUse(key: Pick<ApiKey, 'last_used_at' | 'status'>, now: number): boolean {
  const use = lastUseOf(key, now)
  return use.kind === 'used' && use.inUse
}

/** The actions that stop a key working: these warn when clients are using it. */
export const STOPPING_ACTIONS: ReadonlySet<KeyAction> = new Set(['suspend', 'revoke', 'delete'])
