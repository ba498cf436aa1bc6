import type { Environment, KeyStatus, KeyType } from '../../../api/enums'
import type { LastUsedPreset } from './list-view'
import type { KeyChange } from '../api/key-state'
import { formatCount } from '../../../lib/intl'

/** "1 key", "1,234 keys". */
export const keysText = (n: number): string => (n === 1 ? '1 key' : `${formatCount(n)} keys`)

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

/** What each type is for: the create form's choices and the key's detail say it alike. */
export const TYPE_PURPOSES: Record<KeyType, string> = {
  SERVICE: 'For servers, CI/CD and other automation. Not tied to a person.',
  USER: 'For one person’s own scripts and tools. Revoke it when they leave.',
}

export const ENVIRONMENT_PURPOSES: Record<Environment, string> = {
  PRODUCTION: 'Live traffic and real data.',
  STAGING: 'Pre-release testing.',
  DEVELOPMENT: 'Local work and experiments.',
}

/** What each status means for the applications that use the key. */
export const STATUS_MEANINGS: Record<KeyStatus, string> = {
  ACTIVE: 'Requests made with this key are accepted.',
  SUSPENDED: 'Requests made with this key are refused until it is reactivated.',
  REVOKED: 'Requests made with this key are refused for good; it cannot be reactivated.',
  EXPIRED: 'The key has expired: requests are refused unless it is reactivated.',
}

/** What the page shows where the server sent nothing (or nothing usable) for a field. */
export const MISSING = '—'

/** A label for a value of a known enum, the raw value marked unknown, or MISSING. */
/** The label of a value from the server, read from the table's own entries only ("constructor" has none). */
export function ownLabel(labels: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined
}

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
  used_24h: 'Used in the last 24 h',
  used_1_30d: 'Used 1–30 days ago',
  used_30_90d: 'Used 30–90 days ago',
  used_over_90d: 'Used over 90 days ago',
}

/** How a key was found to have moved on, after its name: "Deploy bot was reset with the demo data". */
export const KEY_MOVED_ON: Record<KeyChange['kind'], string> = {
  changed: 'has changed since then',
  deleted: 'was deleted',
  elsewhere: 'is on another server',
  replaced: 'was reset with the demo data',
}
