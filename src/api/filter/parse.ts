import type { ComparisonNode, FilterNode } from './ast'
import { buildComparison } from './comparison'
import { FilterSyntaxError } from './errors'
import { FILTERABLE_FIELDS, findField } from './fields'
import { Lexer, type Token, type WordToken } from './tokens'

// Deeper than any hand-written filter, shallow enough that recursion cannot overflow the stack.
const MAX_NESTING = 100

/**
 * Parses an AIP-160 filter. Precedence, loosest first: AND, implicit AND (adjacency), OR, NOT / "-".
 * An empty or blank expression parses to an AND of nothing, which holds for every record.
 */
export function parseFilter(expression: string): FilterNode {
  const lexer = new Lexer(expression)
  if (lexer.peek().kind === 'eof') return { kind: 'and', operands: [] }
  const node = parseExpression(lexer, null, 0)
  const rest = lexer.peek()
  if (rest.kind === 'rparen') throw unbalancedClose(rest)
  if (rest.kind !== 'eof') {
    throw new FilterSyntaxError(`Unexpected ${describe(rest)}`, rest.position, 'expected AND, OR or the end of the filter')
  }
  return node
}

// expression := sequence { "AND" sequence }
function parseExpression(lexer: Lexer, after: Token | null, depth: number): FilterNode {
  const operands = parseSequence(lexer, after, depth)
  while (lexer.peek().kind === 'and') operands.push(...parseSequence(lexer, lexer.next(), depth))
  return combine('and', operands)
}

// sequence := factor { factor }; adjacent factors are an implicit AND.
function parseSequence(lexer: Lexer, after: Token | null, depth: number): FilterNode[] {
  const factors = [parseFactor(lexer, after, depth)]
  while (startsTerm(lexer.peek())) factors.push(parseFactor(lexer, null, depth))
  return factors
}

// factor := term { "OR" term }; OR binds tighter than AND, as AIP-160 specifies.
function parseFactor(lexer: Lexer, after: Token | null, depth: number): FilterNode {
  const operands = [parseTerm(lexer, after, depth)]
  while (lexer.peek().kind === 'or') operands.push(parseTerm(lexer, lexer.next(), depth))
  return combine('or', operands)
}

// term := ("NOT" | "-") term | "(" expression ")" | field operator value
function parseTerm(lexer: Lexer, after: Token | null, depth: number): FilterNode {
  const token = lexer.peek()
  if (depth >= MAX_NESTING && (token.kind === 'not' || token.kind === 'minus' || token.kind === 'lparen')) {
    throw new FilterSyntaxError('Filter nests too deeply', token.position, `at most ${MAX_NESTING} levels of "(", NOT and "-" are allowed`)
  }
  switch (token.kind) {
    case 'not':
    case 'minus':
      lexer.next()
      return { kind: 'not', operand: parseTerm(lexer, token, depth + 1) }
    case 'lparen':
      return parseGroup(lexer, depth + 1)
    case 'word':
      lexer.next()
      return parseRestriction(lexer, token)
    default:
      throw missingTerm(token, after)
  }
}

function parseGroup(lexer: Lexer, depth: number): FilterNode {
  const open = lexer.next()
  const inner = parseExpression(lexer, open, depth)
  const close = lexer.next()
  if (close.kind === 'rparen') return inner
  if (close.kind === 'eof') throw new FilterSyntaxError('Unclosed "("', open.position, 'add a ")" to close it')
  const hint = `found ${describe(close)} before the "(" at position ${open.position} was closed`
  throw new FilterSyntaxError('Expected ")"', close.position, hint)
}

function parseRestriction(lexer: Lexer, name: WordToken): ComparisonNode {
  const field = findField(name.value)
  if (field === undefined) throw unknownField(name)
  const op = lexer.peek()
  if (op.kind !== 'operator') {
    const hint = `${found(op) ?? 'the filter ends'}; use one of = != < <= > >= :`
    throw new FilterSyntaxError(`Expected an operator after "${name.raw}"`, op.position, hint)
  }
  lexer.next()
  const value = lexer.peek()
  if (value.kind !== 'word' && value.kind !== 'string') {
    throw new FilterSyntaxError(`Expected a value after "${op.raw}"`, value.position, found(value))
  }
  lexer.next()
  return buildComparison(field, op, value)
}

function combine(kind: 'and' | 'or', operands: readonly FilterNode[]): FilterNode {
  const [first] = operands
  return operands.length === 1 && first !== undefined ? first : { kind, operands }
}

function startsTerm(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'lparen' || token.kind === 'not' || token.kind === 'minus'
}

function missingTerm(token: Token, after: Token | null): FilterSyntaxError {
  const leftOpen = after === null || after.kind === 'lparen'
  if (leftOpen && (token.kind === 'and' || token.kind === 'or')) {
    return new FilterSyntaxError(`Dangling "${token.raw}"`, token.position, 'it needs a term on its left')
  }
  if (after !== null) return new FilterSyntaxError(`Expected a term after "${after.raw}"`, token.position, found(token))
  if (token.kind === 'rparen') return unbalancedClose(token)
  return new FilterSyntaxError(`Unexpected ${describe(token)}`, token.position, 'expected a field name, "(", NOT or "-"')
}

function unknownField(name: WordToken): FilterSyntaxError {
  // A lower-case "and" is almost always a boolean operator typed in the wrong case.
  const keyword = ['and', 'or', 'not'].includes(name.value.toLowerCase())
  const hint = keyword ? 'boolean operators are upper-case: AND, OR, NOT' : `filterable fields are ${FILTERABLE_FIELDS.join(', ')}`
  return new FilterSyntaxError(`Unknown field ${JSON.stringify(name.value)}`, name.position, hint)
}

function unbalancedClose(token: Token): FilterSyntaxError {
  return new FilterSyntaxError('Unbalanced ")"', token.position, 'there is no "(" for it to close')
}

function found(token: Token): string | undefined {
  return token.kind === 'eof' ? undefined : `found ${describe(token)}`
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'end of the filter'
  return token.kind === 'string' ? `string ${token.raw}` : `"${token.raw}"`
}
