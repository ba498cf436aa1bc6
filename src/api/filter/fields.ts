import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../enums'

export type TextField = 'name' | 'description'
export type EnumField = 'key_type' | 'status' | 'environment'
export type TimestampField = 'create_time' | 'update_time' | 'last_used_at'
export type ScopesField = 'permissions'
export type FieldName = TextField | EnumField | TimestampField | ScopesField

/**
 * What a filter and a sort read of a key. The server's strict record and the client's tolerant row
 * both fit, so the browser judges rows with the code the mock serves them with.
 */
export interface FilterableKey {
  readonly id: string
  readonly name?: string | null
  readonly description?: string | null
  readonly key_type?: string | null
  readonly status?: string | null
  readonly environment?: string | null
  readonly create_time?: string | null
  readonly update_time?: string | null
  readonly last_used_at?: string | null
  readonly permissions?: readonly string[] | null
}

/** What a filterable field holds, which decides the operators and values it accepts. */
export type FieldSpec =
  | { readonly kind: 'text'; readonly name: TextField }
  | { readonly kind: 'enum'; readonly name: EnumField; readonly values: readonly string[] }
  | { readonly kind: 'timestamp'; readonly name: TimestampField }
  | { readonly kind: 'scopes'; readonly name: ScopesField }

// The order here is the order the "unknown field" message lists them in.
const FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'name' },
  { kind: 'text', name: 'description' },
  { kind: 'enum', name: 'key_type', values: KEY_TYPES },
  { kind: 'enum', name: 'status', values: KEY_STATUSES },
  { kind: 'enum', name: 'environment', values: ENVIRONMENTS },
  { kind: 'timestamp', name: 'create_time' },
  { kind: 'timestamp', name: 'update_time' },
  { kind: 'timestamp', name: 'last_used_at' },
  { kind: 'scopes', name: 'permissions' },
]

export const FILTERABLE_FIELDS: readonly FieldName[] = FIELDS.map((field) => field.name)

/** Field names are case-sensitive, as in the API's JSON. */
export function findField(name: string): FieldSpec | undefined {
  return FIELDS.find((field) => field.name === name)
}
