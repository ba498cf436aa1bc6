import type { FilterNode, TextComparison } from './ast'
import { withoutInvisibleCharacters } from '../../lib/hidden-characters'

/** The same filter, node for node (a timestamp's instant included). */
export function sameNode(a: FilterNode, b: FilterNode): boolean {
  if (a === b) return true
  if (a.kind === 'and' || a.kind === 'or') {
    if (b.kind !== a.kind || b.operands.length !== a.operands.length) return false
    return a.operands.every((operand, i) => sameNode(operand, b.operands[i] as FilterNode))
  }
  if (a.kind === 'not') return b.kind === 'not' && sameNode(a.operand, b.operand)
  // A comparison's fields are all strings (and a bigint instant): equal field by field.
  const x = a as unknown as Record<string, unknown>
  const y = b as unknown as Record<string, unknown>
  const fields = Object.keys(x)
  return fields.length === Object.keys(y).length && fields.every((field) => x[field] === y[field])
}

/**
 * Whether every record `a` holds for, `b` holds for too: then the records `b` kept can be
 * filtered by `a` instead of every record. False whenever it cannot tell, never wrongly true.
 */
export function implies(a: FilterNode, b: FilterNode): boolean {
  if (sameNode(a, b)) return true
  if (b.kind === 'and') return b.operands.every((operand) => implies(a, operand))
  if (a.kind === 'or') return a.operands.every((operand) => implies(operand, b))
  if (b.kind === 'or' && b.operands.some((operand) => implies(a, operand))) return true
  if (a.kind === 'and' && a.operands.some((operand) => implies(operand, b))) return true
  return a.kind === 'text' && b.kind === 'text' && holdsLonger(a, b)
}

/**
 * `name:"prod-"` implies `name:"prod"`: a text holding the longer needle holds the shorter, and
 * one that holds it once invisible characters are taken out (evaluate.ts) holds the shorter so too,
 * as long as the shorter is more than such characters (which are only ever matched as typed).
 */
function holdsLonger(a: TextComparison, b: TextComparison): boolean {
  if (a.field !== b.field || a.operator !== ':' || b.operator !== ':') return false
  const longer = a.value.toLowerCase()
  const shorter = b.value.toLowerCase()
  return longer.includes(shorter) && withoutInvisibleCharacters(shorter) !== ''
}
