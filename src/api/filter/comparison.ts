import type { ComparisonNode, EqualityOperator, FilterNode } from './ast'
import type { FilterDialect } from './dialect'
import { FilterSyntaxError } from './errors'
import type { FieldSpec, TextField } from './fields'
import { parseInstant } from './instant'
import type { OperatorToken, StringToken, WordToken } from './tokens'

type ValueToken = WordToken | StringToken

/** Checks `field OP value` against what the field holds and builds its node. */
export function buildComparison(field: FieldSpec, op: OperatorToken, value: ValueToken, dialect: FilterDialect): FilterNode {
  // Only AIP-160 has a null keyword, and only bare: "null" in quotes is the four-letter string.
  const isNull = dialect === 'aip160' && value.kind === 'word' && value.value === 'null'
  switch (field.kind) {
    case 'scopes':
      return scopeComparison(op, value, isNull)
    case 'enum': {
      const hint = dialect === 'coval' ? 'use "=" or "!="' : 'use "=", "!=" or ":"'
      const operator = equalityOf(op, `does not apply to enum field "${field.name}"`, hint)
      if (isNull) return { kind: 'null', field: field.name, operator }
      return { kind: 'enum', field: field.name, operator, value: enumValue(field.name, field.values, value) }
    }
    case 'text':
      if (isNull) return { kind: 'null', field: field.name, operator: nullOperator(op) }
      if (dialect === 'coval' && value.value.includes('*')) return literalText(field.name, op, value.value)
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

/**
 * Coval's dialect has no wildcard, but the AST's text "=" reads "*" as one: a literal match is
 * written as the range [value, value] (and "!=" as outside it), which toPredicate judges exactly.
 */
function literalText(field: TextField, op: OperatorToken, value: string): FilterNode {
  const bound = (operator: '<' | '<=' | '>' | '>='): ComparisonNode => ({ kind: 'text', field, operator, value })
  if (op.operator === '=') return { kind: 'and', operands: [bound('>='), bound('<=')] }
  if (op.operator === '!=') return { kind: 'or', operands: [bound('<'), bound('>')] }
  return { kind: 'text', field, operator: op.operator, value }
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
