import type { EnumField, FieldName, ScopesField, TextField, TimestampField } from './fields'

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | ':'
export type EqualityOperator = '=' | '!='
export type OrderingOperator = Exclude<ComparisonOperator, ':'>

export type FilterNode = AndNode | OrNode | NotNode | ComparisonNode

/** Every operand holds; with no operands (the empty filter) it holds for every record. */
export interface AndNode {
  readonly kind: 'and'
  readonly operands: readonly FilterNode[]
}

export interface OrNode {
  readonly kind: 'or'
  readonly operands: readonly FilterNode[]
}

export interface NotNode {
  readonly kind: 'not'
  readonly operand: FilterNode
}

export type ComparisonNode = TextComparison | EnumComparison | TimestampComparison | ScopeComparison | NullComparison

/** `name` / `description` against a string; `*` in an `=` / `!=` value is a wildcard. */
export interface TextComparison {
  readonly kind: 'text'
  readonly field: TextField
  readonly operator: ComparisonOperator
  readonly value: string
}

/** `value` is the canonical upper-case enum member; `:` is stored as `=`. */
export interface EnumComparison {
  readonly kind: 'enum'
  readonly field: EnumField
  readonly operator: EqualityOperator
  readonly value: string
}

/** `value` is the timestamp as written; `epochNanos` is the instant it names. `:` is stored as `=`. */
export interface TimestampComparison {
  readonly kind: 'timestamp'
  readonly field: TimestampField
  readonly operator: OrderingOperator
  readonly value: string
  readonly epochNanos: bigint
}

/** `permissions:"scope"`: the key holds exactly this scope string. */
export interface ScopeComparison {
  readonly kind: 'scope'
  readonly field: ScopesField
  readonly value: string
}

/** `field = null` / `field != null`; `field : null` is stored as `=`. */
export interface NullComparison {
  readonly kind: 'null'
  readonly field: Exclude<FieldName, ScopesField>
  readonly operator: EqualityOperator
}
