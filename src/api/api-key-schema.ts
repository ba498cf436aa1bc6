import { isInstant } from './filter/instant'
import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, isKnown, type Environment, type KeyStatus, type KeyType, type UnknownEnumValue } from './enums'
import { isRecord, isStringArray } from './read-json'

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 2000
export const REASON_MAX = 2000

/** Fields whose malformed value is shown as unknown, with what was sent, rather than as missing. */
export const CHECKED_FIELDS = ['key_type', 'environment', 'status', 'create_time', 'update_time', 'last_used_at'] as const
export type CheckedField = (typeof CHECKED_FIELDS)[number]

/**
 * An API key as the server sends it. Only `id` is required: one odd row must not hide the page,
 * so every other field may be missing (undefined). Unknown extra fields pass; unknown enum values are kept.
 */
export interface ApiKey {
  id: string
  organization_id?: string
  api_key?: string
  key_type?: KeyType | UnknownEnumValue
  environment?: Environment | UnknownEnumValue | null
  status?: KeyStatus | UnknownEnumValue
  name?: string | null
  description?: string | null
  permissions?: string[]
  create_time?: string
  update_time?: string | null
  last_used_at?: string | null
  /** Set by `readApiKey`, never taken from the server: what a field sent that could not be read. */
  unreadable?: Partial<Record<CheckedField, string>>
  [field: string]: unknown
}

type Read<T> = (value: unknown) => value is T

const isString = (value: unknown): value is string => typeof value === 'string'
// RFC 3339 with an offset and a date that exists: the one reading the table, sort, filters and export share.
const isTimestamp = (value: unknown): value is string => typeof value === 'string' && isInstant(value)

/** A field a row can do without: missing, or of the wrong shape, it reads as missing (undefined). */
function optional<T>(value: unknown, read: Read<T>): T | undefined {
  return read(value) ? value : undefined
}

/** The same for a field whose null means something (never used, no name): null stays null. */
function nullish<T>(value: unknown, read: Read<T>): T | null | undefined {
  return value === null ? null : optional(value, read)
}

/** A sent value as text: strings as they are, anything else as its JSON. */
function sentText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
}

/** The checked fields the server sent (not null) that had to be dropped, with what was sent. */
function unreadableFields(raw: Record<string, unknown>, key: ApiKey): ApiKey['unreadable'] {
  const found: Partial<Record<CheckedField, string>> = {}
  for (const field of CHECKED_FIELDS) {
    const sent = raw[field]
    if (sent !== undefined && sent !== null && key[field] === undefined) found[field] = sentText(sent)
  }
  return Object.keys(found).length > 0 ? found : undefined
}

/**
 * One row as the page keeps it, or undefined without a usable id. A field of the wrong shape reads
 * as missing; a malformed checked field (a timestamp, an enum that is not text) is remembered in
 * `unreadable`, with what was sent, so the page can say so. The server's own extra fields are kept.
 */
export function readApiKey(raw: unknown): ApiKey | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return undefined
  // A server's own field of that name is not ours to trust.
  const { unreadable: _sent, ...rest } = raw
  const key: ApiKey = {
    ...rest,
    id: raw.id,
    organization_id: optional(raw.organization_id, isString),
    api_key: optional(raw.api_key, isString),
    // An enum value this client does not know yet is kept, as text.
    key_type: optional(raw.key_type, isString) as ApiKey['key_type'],
    environment: nullish(raw.environment, isString) as ApiKey['environment'],
    status: optional(raw.status, isString) as ApiKey['status'],
    name: nullish(raw.name, isString),
    description: nullish(raw.description, isString),
    permissions: optional(raw.permissions, isStringArray),
    create_time: optional(raw.create_time, isTimestamp),
    update_time: nullish(raw.update_time, isTimestamp),
    last_used_at: nullish(raw.last_used_at, isTimestamp),
  }
  // A field the server left out stays out; one it sent unreadable is there, undefined.
  for (const field of Object.keys(key)) if (key[field] === undefined && !(field in raw)) delete key[field]
  const unreadable = unreadableFields(raw, key)
  return unreadable ? { ...key, unreadable } : key
}

/** The strict shape the mock stores: every enum known, every field set; the environment may be absent, as on create. */
export interface ApiKeyRecord {
  id: string
  organization_id: string
  api_key: string
  key_type: KeyType
  environment: Environment | null
  status: KeyStatus
  name: string | null
  description: string | null
  permissions: string[]
  create_time: string
  update_time: string | null
  last_used_at: string | null
}

const RECORD_ID = /^[0-9A-Z]{26}$/

/** One stored record of the mock, its own fields only, or undefined when any is not as the mock writes it. */
export function readApiKeyRecord(raw: unknown): ApiKeyRecord | undefined {
  if (!isRecord(raw)) return undefined
  const orNull = <T>(value: unknown, read: Read<T>) => value === null || read(value)
  const { id, organization_id, api_key, key_type, environment, status, name, description, permissions, create_time, update_time, last_used_at } = raw
  if (
    typeof id === 'string' &&
    RECORD_ID.test(id) &&
    isString(organization_id) &&
    isString(api_key) &&
    isKnown(KEY_TYPES, key_type) &&
    (environment === null || isKnown(ENVIRONMENTS, environment)) &&
    isKnown(KEY_STATUSES, status) &&
    orNull(name, isString) &&
    orNull(description, isString) &&
    isStringArray(permissions) &&
    isTimestamp(create_time) &&
    orNull(update_time, isTimestamp) &&
    orNull(last_used_at, isTimestamp)
  ) {
    return { id, organization_id, api_key, key_type, environment, status, name, description, permissions, create_time, update_time, last_used_at } as ApiKeyRecord
  }
  return undefined
}
