import type { ApiKey, CheckedField } from '../../../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, isKnown } from '../../../api/enums'
import { isInstant } from '../../../api/filter/instant'
import { labelOf } from './labels'

/** What the page shows for a value the server sent but this page cannot read. */
export const UNKNOWN = 'unknown'

const KNOWN: Partial<Record<CheckedField, readonly string[]>> = { key_type: KEY_TYPES, environment: ENVIRONMENTS, status: KEY_STATUSES }

/**
 * What the server sent for `field` when the page cannot read it: an unknown enum value, or a value
 * the schema dropped (a timestamp without offset, an impossible date, text). Undefined otherwise.
 */
export function sentUnreadable(key: Pick<ApiKey, CheckedField | 'unreadable'>, field: CheckedField): string | undefined {
  const value = key[field]
  if (value === undefined) return key.unreadable?.[field]
  if (value === null) return undefined
  const known = KNOWN[field]
  // Enum fields: a value this client does not know; timestamps: anything but RFC 3339 with an offset.
  const readable = known === undefined ? isInstant(value) : isKnown(known, value)
  return readable ? undefined : value
}

// A hint is read in a bubble or by a screen reader: a megabyte of junk is cut, and says so.
const SHOWN_MAX = 120

/** The hint beside "Unknown": that the value could not be read, and what it was. */
export function unreadableHint(sent: string): string {
  const chars = [...sent]
  const shown = chars.length > SHOWN_MAX ? `${chars.slice(0, SHOWN_MAX).join('')}…` : sent
  return `The server sent a value that could not be read: “${shown}”`
}

/** A type's or environment's label as plain text: "unknown" for a value that cannot be read, as the cells say. */
export function checkedLabel(key: Pick<ApiKey, CheckedField | 'unreadable'>, field: 'key_type' | 'environment', labels: Readonly<Record<string, string>>): string {
  return sentUnreadable(key, field) === undefined ? labelOf(labels, key[field]) : UNKNOWN
}
