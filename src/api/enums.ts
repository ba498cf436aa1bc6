// Every enum of the contract is declared here once; option lists, labels and badges derive from it.
export const KEY_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const
export const KEY_TYPES = ['SERVICE', 'USER'] as const
export const ENVIRONMENTS = ['PRODUCTION', 'STAGING', 'DEVELOPMENT'] as const

export type KeyStatus = (typeof KEY_STATUSES)[number]
export type KeyType = (typeof KEY_TYPES)[number]
export type Environment = (typeof ENVIRONMENTS)[number]

declare const unknownEnumValue: unique symbol

/** A value the server sent that this client does not know yet: kept, shown as unknown. */
export type UnknownEnumValue = string & { readonly [unknownEnumValue]: true }

export function isKnown<const T extends readonly unknown[]>(values: T, value: unknown): value is T[number] {
  return (values as readonly unknown[]).includes(value)
}
