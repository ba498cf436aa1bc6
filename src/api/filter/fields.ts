import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES } from '../enums'
import type { FilterDialect } from './dialect'

/** `api_key` (the masked form) is for the browser's search only: no dialect filters on it. */
export type TextField = 'id' | 'name' | 'description' | 'api_key'
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
  readonly api_key?: string | null
  readonly key_type?: string | null
  readonly status?: string | null
  readonly environment?: string | null
  readonly create_time?: string | null
  readonly update_time?: string | null
  readonly last_used_at?: string | null
  readonly permissions?: readonly string[] | null
  /** What the server sent for a field that could not be read (the field itself is then missing). */
  readonly unreadable?: Readonly<Partial<Record<string, string>>>
}

/** What a filterable field holds, which decides the operators and values it accepts. */
export type FieldSpec =
  | { readonly kind: 'text'; readonly name: TextField }
  | { readonly kind: 'enum'; readonly name: EnumField; readonly values: readonly string[] }
  | { readonly kind: 'timestamp'; readonly name: TimestampField }
  | { readonly kind: 'scopes'; readonly name: ScopesField }

// The order here is the order the "unknown field" message lists them in.
const FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'id' },
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

// Coval's documented dialect filters on neither the free text nor the scope list.
const NOT_IN_COVAL: ReadonlySet<FieldName> = new Set<FieldName>(['description', 'permissions'])

const FIELDS_OF: Record<FilterDialect, readonly FieldSpec[]> = {
  aip160: FIELDS,
  coval: FIELDS.filter((field) => !NOT_IN_COVAL.has(field.name)),
}

/** The fields a dialect filters on, in the order error messages list them. */
export function filterableFields(dialect: FilterDialect): readonly FieldName[] {
  return FIELDS_OF[dialect].map((field) => field.name)
}

/** Field names are case-sensitive, as in the API's JSON. */
export function findField(name: string, dialect: FilterDialect): FieldSpec | undefined {
  return FIELDS_OF[dialect].find((field) => field.name === name)
}
