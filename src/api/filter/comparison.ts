import type { ComparisonNode, EqualityOperator } from './ast'
import { FilterSyntaxError } from './errors'
import type { FieldSpec } from './fields'
import { parseInstant } from './instant'
import type { OperatorToken, StringToken, WordToken } from './tokens'

type ValueToken = WordToken | StringToken

/** Checks `field OP value` against what the field holds and builds its node. */
export function buildComparison(field: FieldSpec, op: OperatorToken, value: ValueToken): ComparisonNode {
  // Only the bare word is null; "null" in quotes is the four-letter string.
  const isNull = value.kind === 'word' && value.value === 'null'
  switch (field.kind) {
    case 'scopes':
      return scopeComparison(op, value, isNull)
    case 'enum': {
      const operator = equalityOf(op, `does not apply to enum field "${field.name}"`, 'use "=", "!=" or ":"')
      if (isNull) return { kind: 'null', field: field.name, operator }
      return { kind: 'enum', field: field.name, operator, value: enumValue(field.name, field.values, value) }
    }
    case 'text':
      if (isNull) return { kind: 'null', field: field.name, operator: nullOperator(op) }
      return { kind: 'text', field: field.name, operator: op.operator, value: value.value }
    case 'timestamp': {
      if (isNull) return { kind: 'null', field: field.name, operator: nullOperator(op) }
      const epochNanos = parseInstant(value.value)
      if (epochNanos === null) {
        const hint = 'use an RFC 3339 timestamp such as 2026-08-01T00:00:00Z'
        throw new FilterSyntaxError(`Invalid timestamp ${JSON.stringify(value.value)}`, value.position, hint)
      }
      const operator = op.operator === ':' ? '=' : op.operator
      return { kind: 'timestamp', field: field.name, operator, value: value.value, epochNanos }
    }
  }
}

function scopeComparison(op: OperatorToken, value: ValueToken, isNull: boolean): ComparisonNode {
  const hint = 'use permissions:"scope" to find keys holding a scope'
  if (op.operator !== ':') throw new FilterSyntaxError(`Operator "${op.raw}" does not apply to field "permissions"`, op.position, hint)
  if (isNull) throw new FilterSyntaxError('Field "permissions" cannot be compared with null', value.position, hint)
  return { kind: 'scope', field: 'permissions', value: value.value }
}

function nullOperator(op: OperatorToken): EqualityOperator {
  return equalityOf(op, 'cannot compare with null', 'use "=" or "!="')
}

// ":" on a single-valued field has nothing to search within, so it means "=".
function equalityOf(op: OperatorToken, problem: string, hint: string): EqualityOperator {
  if (op.operator === '=' || op.operator === ':') return '='
  if (op.operator === '!=') return '!='
  throw new FilterSyntaxError(`Operator "${op.raw}" ${problem}`, op.position, hint)
}

// Enum values match case-insensitively; the node keeps the canonical spelling.
function enumValue(field: string, values: readonly string[], value: ValueToken): string {
  const canonical = value.value.toUpperCase()
  if (values.includes(canonical)) return canonical
  throw new FilterSyntaxError(`Unknown ${field} value ${JSON.stringify(value.value)}`, value.position, `expected one of ${values.join(', ')}`)
}
