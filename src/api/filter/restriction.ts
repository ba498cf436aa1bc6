import type { FilterNode } from './ast'
import { buildComparison } from './comparison'
import { operatorList, type FilterDialect } from './dialect'
import { FilterSyntaxError } from './errors'
import { filterableFields, findField } from './fields'
import { foundToken, type Lexer, type WordToken } from './tokens'

/** `field operator value`, the field name already read; the same in both dialects but for ":". */
export function parseRestriction(lexer: Lexer, name: WordToken, dialect: FilterDialect): FilterNode {
  const field = findField(name.value, dialect)
  if (field === undefined) throw unknownField(name, dialect)
  const op = lexer.peek()
  if (op.kind !== 'operator') {
    const hint = `${foundToken(op) ?? 'the filter ends'}; use one of ${operatorList(dialect)}`
    throw new FilterSyntaxError(`Expected an operator after "${name.raw}"`, op.position, hint)
  }
  if (dialect === 'coval' && op.operator === ':') {
    throw new FilterSyntaxError(`Operator ":" is not part of Coval’s filter dialect`, op.position, `use one of ${operatorList(dialect)}; values match exactly`)
  }
  lexer.next()
  const value = lexer.peek()
  if (value.kind !== 'word' && value.kind !== 'string') {
    throw new FilterSyntaxError(`Expected a value after "${op.raw}"`, value.position, foundToken(value))
  }
  lexer.next()
  return buildComparison(field, op, value, dialect)
}

/** A lower-case "and" is almost always a boolean operator typed in the wrong case. */
export function keywordCaseHint(word: string, dialect: FilterDialect): string | undefined {
  const keywords = dialect === 'coval' ? ['AND', 'OR'] : ['AND', 'OR', 'NOT']
  return keywords.includes(word.toUpperCase()) ? `boolean operators are upper-case: ${keywords.join(', ')}` : undefined
}

function unknownField(name: WordToken, dialect: FilterDialect): FilterSyntaxError {
  const hint = keywordCaseHint(name.value, dialect) ?? `filterable fields are ${filterableFields(dialect).join(', ')}`
  return new FilterSyntaxError(`Unknown field ${JSON.stringify(name.value)}`, name.position, hint)
}
