import * as z from 'zod/mini'

// Every enum of the contract is declared here once; option lists, labels and badges derive from it.
export const KEY_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const
export const KEY_TYPES = ['SERVICE', 'USER'] as const
export const ENVIRONMENTS = ['PRODUCTION', 'STAGING', 'DEVELOPMENT'] as const

export type KeyStatus = (typeof KEY_STATUSES)[number]
export type KeyType = (typeof KEY_TYPES)[number]
export type Environment = (typeof ENVIRONMENTS)[number]

// zod/mini on the first screen: the same schemas at a third of the bytes of classic zod.
export const keyStatusSchema = z.enum(KEY_STATUSES)
export const keyTypeSchema = z.enum(KEY_TYPES)
export const environmentSchema = z.enum(ENVIRONMENTS)

/** A value the server sent that this client does not know yet: kept, shown as unknown. */
export type UnknownEnumValue = string & z.core.$brand<'UnknownEnumValue'>

/** Parses a known enum value, or keeps an unknown string so a new server value never drops a row. */
export function tolerantEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string().brand<'UnknownEnumValue'>()])
}

export function isKnown<const T extends readonly string[]>(values: T, value: string): value is T[number] {
  return (values as readonly string[]).includes(value)
}
