import type { Environment, KeyStatus, KeyType } from '../../../api/enums'
import type { LastUsedPreset } from './list-view'

export const STATUS_LABELS: Record<KeyStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
}

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  PRODUCTION: 'Production',
  STAGING: 'Staging',
  DEVELOPMENT: 'Development',
}

export const KEY_TYPE_LABELS: Record<KeyType, string> = {
  SERVICE: 'Service',
  USER: 'User',
}

/** What the page shows where the server sent nothing (or nothing usable) for a field. */
export const MISSING = '—'

/** A label for a value of a known enum, the raw value marked unknown, or MISSING. */
export function labelOf<T extends string>(labels: Record<T, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return MISSING
  return Object.hasOwn(labels, value) ? labels[value as T] : `Unknown (${value})`
}

/** An empty list is full access; a missing one is not known, and says so. */
export function permissionsSummary(permissions: readonly string[] | undefined): string {
  if (permissions === undefined) return MISSING
  if (permissions.length === 0 || permissions.includes('*')) return 'Full access'
  return permissions.length === 1 ? '1 scope' : `${permissions.length} scopes`
}

export const LAST_USED_LABELS: Record<LastUsedPreset, string> = {
  never: 'Never used',
  unused_30d: 'Not used in 30 days',
  unused_90d: 'Not used in 90 days',
  used_24h: 'Used in last 24 h',
  used_1_30d: 'Used 1–30 days ago',
  used_30_90d: 'Used 30–90 days ago',
  used_over_90d: 'Used over 90 days ago',
}
