import type { FilterNode, OrderingOperator, TextComparison, TimestampComparison } from './ast'
import type { FilterableKey } from './fields'
import { parseInstant } from './instant'
import { withoutInvisibleCharacters } from '../../lib/hidden-characters'

export type RecordPredicate = (record: FilterableKey) => boolean

/** Turns a parsed filter into a predicate, doing per-filter work (wildcard regexes) up front. */
export function toPredicate(node: FilterNode): RecordPredicate {
  switch (node.kind) {
    case 'and': {
      const operands = node.operands.map(toPredicate)
      return (record) => operands.every((operand) => operand(record))
    }
    case 'or': {
      const operands = node.operands.map(toPredicate)
      return (record) => operands.some((operand) => operand(record))
    }
    case 'not': {
      const operand = toPredicate(node.operand)
      return (record) => !operand(record)
    }
    // A value sent but unreadable is not null: a key with an unreadable last use is not "never used".
    case 'null':
      return (record) => (isMissing(record[node.field]) && record.unreadable?.[node.field] === undefined) === (node.operator === '=')
    // A missing value (a key without an environment) fails "=" and "!=" alike, as text does.
    case 'enum':
      return (record) => {
        const actual = record[node.field]
        return !isMissing(actual) && (actual === node.value) === (node.operator === '=')
      }
    case 'scope':
      return (record) => record.permissions?.includes(node.value) ?? false
    case 'text':
      return textPredicate(node)
    case 'timestamp':
      return timestampPredicate(node)
  }
}

/** Null and absent are the same to a filter: a key without the field. */
function isMissing<T>(value: T | null | undefined): value is null | undefined {
  return value === null || value === undefined
}

const ORDER: Record<OrderingOperator, <T extends string | bigint>(actual: T, expected: T) => boolean> = {
  '=': (actual, expected) => actual === expected,
  '!=': (actual, expected) => actual !== expected,
  '<': (actual, expected) => actual < expected,
  '<=': (actual, expected) => actual <= expected,
  '>': (actual, expected) => actual > expected,
  '>=': (actual, expected) => actual >= expected,
}

// A null field fails every comparison but "= null", including "!=".
function textPredicate({ field, operator, value }: TextComparison): RecordPredicate {
  const test = textTest(operator, value)
  return (record) => {
    const actual = record[field]
    return !isMissing(actual) && test(actual)
  }
}

// Each text as folded, kept while the same names are searched again keystroke after keystroke.
const foldedTexts = new Map<string, string>()

// Letters an English keyboard writes with another: "yilmaz" finds "Yılmaz", "bjorn" finds "Bjørn".
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' }

/** Lower case, without accents: "chloe" finds "Chloé", as a phone's keyboard types it. */
export function fold(text: string): string {
  let folded = foldedTexts.get(text)
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[ıłøđßæœ]/g, (letter) => PLAIN[letter] ?? letter)
    if (foldedTexts.size >= 50_000) foldedTexts.clear()
    foldedTexts.set(text, folded)
  }
  return folded
}

function textTest(operator: TextComparison['operator'], value: string): (actual: string) => boolean {
  if (operator === ':') {
    const needle = fold(value)
    // Also as the text is read: "finance" finds a name that holds a zero-width space or bidi control in it.
    const bare = withoutInvisibleCharacters(needle)
    return (actual) => {
      const text = fold(actual)
      return text.includes(needle) || (bare !== '' && withoutInvisibleCharacters(text).includes(bare))
    }
  }
  if (operator === '=' || operator === '!=') {
    const matches = wildcardMatcher(value)
    return operator === '=' ? matches : (actual) => !matches(actual)
  }
  return (actual) => ORDER[operator](actual, value)
}

function wildcardMatcher(pattern: string): (actual: string) => boolean {
  if (!pattern.includes('*')) return (actual) => actual === pattern
  // Each "*" matches any run of characters, line breaks included; the rest is literal.
  const source = pattern.split('*').map(escapeRegExp).join('[\\s\\S]*')
  const regex = new RegExp(`^${source}$`)
  return (actual) => regex.test(actual)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// A null (or unreadable) record timestamp fails every ordering comparison.
function timestampPredicate({ field, operator, epochNanos }: TimestampComparison): RecordPredicate {
  return (record) => {
    const text = record[field]
    const actual = isMissing(text) ? null : parseInstant(text)
    return actual !== null && ORDER[operator](actual, epochNanos)
  }
}
