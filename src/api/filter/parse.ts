import type { FilterNode } from './ast'
import type { FilterDialect } from './dialect'
import { FilterSyntaxError } from './errors'
import { keywordCaseHint, parseRestriction } from './restriction'
import { Lexer, describeToken, foundToken, type Token } from './tokens'

// Deeper than any hand-written filter, shallow enough that recursion cannot overflow the stack.
const MAX_NESTING = 100

/** How operands join at one level of precedence; `token: null` is AIP-160's implicit AND (adjacency). */
interface Level {
  readonly node: 'and' | 'or'
  readonly token: 'and' | 'or' | null
}

// Loosest first. AIP-160: AND, then adjacency, then OR (tighter, as AIP-160 says); Coval's: OR, then AND, as SQL.
const LEVELS: Record<FilterDialect, readonly [Level, ...Level[]]> = {
  aip160: [
    { node: 'and', token: 'and' },
    { node: 'and', token: null },
    { node: 'or', token: 'or' },
  ],
  coval: [
    { node: 'or', token: 'or' },
    { node: 'and', token: 'and' },
  ],
}

/**
 * Parses a filter in `dialect`. AIP-160 adds NOT / "-", parentheses and adjacency to the
 * comparisons and AND / OR both dialects share. A blank expression is an AND of nothing: every record.
 */
export function parseFilter(expression: string, dialect: FilterDialect): FilterNode {
  return new Parser(expression, dialect).parse()
}

class Parser {
  private readonly lexer: Lexer
  private readonly dialect: FilterDialect
  private readonly levels: readonly [Level, ...Level[]]
  private readonly expressionText: string

  constructor(expression: string, dialect: FilterDialect) {
    this.expressionText = expression
    this.lexer = new Lexer(expression, dialect)
    this.dialect = dialect
    this.levels = LEVELS[dialect]
  }

  parse(): FilterNode {
    if (this.lexer.peek().kind === 'eof') return { kind: 'and', operands: [] }
    const node = this.expression(null, 0)
    const rest = this.lexer.peek()
    if (rest.kind !== 'eof') throw this.dialect === 'coval' ? covalLeftover(rest, this.expressionText) : aipLeftover(rest)
    return node
  }

  private expression(after: Token | null, depth: number): FilterNode {
    return combine(this.levels[0].node, this.operands(0, after, depth))
  }

  /** The operands of one level; a level below that joins the same way is flattened into it. */
  private operands(index: number, after: Token | null, depth: number): FilterNode[] {
    const level = this.levels[index]
    if (level === undefined) return [this.term(after, depth)]
    const operands = this.inner(index, level, after, depth)
    while (this.joins(level)) operands.push(...this.inner(index, level, level.token === null ? null : this.lexer.next(), depth))
    return operands
  }

  private inner(index: number, level: Level, after: Token | null, depth: number): FilterNode[] {
    const operands = this.operands(index + 1, after, depth)
    const below = this.levels[index + 1]
    return below === undefined || below.node === level.node ? operands : [combine(below.node, operands)]
  }

  private joins(level: Level): boolean {
    const token = this.lexer.peek()
    if (level.token !== null) return token.kind === level.token
    return token.kind === 'word' || token.kind === 'lparen' || token.kind === 'not' || token.kind === 'minus'
  }

  // term := ("NOT" | "-") term | "(" expression ")" | field operator value; Coval's has the last only.
  private term(after: Token | null, depth: number): FilterNode {
    const token = this.lexer.peek()
    if (token.kind === 'word') {
      this.lexer.next()
      return parseRestriction(this.lexer, token, this.dialect)
    }
    if (this.dialect === 'coval') throw covalUnsupported(token) ?? missingTerm(token, after)
    if (depth >= MAX_NESTING && (token.kind === 'not' || token.kind === 'minus' || token.kind === 'lparen')) {
      throw new FilterSyntaxError('Filter nests too deeply', token.position, `at most ${MAX_NESTING} levels of "(", NOT and "-" are allowed`)
    }
    if (token.kind === 'not' || token.kind === 'minus') {
      this.lexer.next()
      return { kind: 'not', operand: this.term(token, depth + 1) }
    }
    if (token.kind === 'lparen') return this.group(depth + 1)
    throw missingTerm(token, after)
  }

  private group(depth: number): FilterNode {
    const open = this.lexer.next()
    const inner = this.expression(open, depth)
    const close = this.lexer.next()
    if (close.kind === 'rparen') return inner
    if (close.kind === 'eof') throw new FilterSyntaxError('Unclosed "("', open.position, 'add a ")" to close it')
    const hint = `found ${describeToken(close)} before the "(" at position ${open.position + 1} was closed`
    throw new FilterSyntaxError('Expected ")"', close.position, hint)
  }
}

function combine(kind: 'and' | 'or', operands: readonly FilterNode[]): FilterNode {
  const [first] = operands
  return operands.length === 1 && first !== undefined ? first : { kind, operands }
}

function missingTerm(token: Token, after: Token | null): FilterSyntaxError {
  const leftOpen = after === null || after.kind === 'lparen'
  if (leftOpen && (token.kind === 'and' || token.kind === 'or')) {
    return new FilterSyntaxError(`Dangling "${token.raw}"`, token.position, 'it needs a term on its left')
  }
  if (after !== null) return new FilterSyntaxError(`Expected a term after "${after.raw}"`, token.position, foundToken(token))
  if (token.kind === 'rparen') return unbalancedClose(token)
  return new FilterSyntaxError(`Unexpected ${describeToken(token)}`, token.position, 'expected a field name, "(", NOT or "-"')
}

function aipLeftover(rest: Token): FilterSyntaxError {
  if (rest.kind === 'rparen') return unbalancedClose(rest)
  return new FilterSyntaxError(`Unexpected ${describeToken(rest)}`, rest.position, 'expected AND, OR or the end of the filter')
}

function unbalancedClose(token: Token): FilterSyntaxError {
  return new FilterSyntaxError('Unbalanced ")"', token.position, 'there is no "(" for it to close')
}

const NO_NEGATION = 'use "!=" to exclude a value'
const NO_GROUPS = 'AND binds tighter than OR; write the conditions without grouping'

/** AIP-160 syntax that Coval's dialect lacks, named as such rather than as a bare "unexpected". */
function covalUnsupported(token: Token): FilterSyntaxError | undefined {
  const what = (problem: string, hint: string) => new FilterSyntaxError(`${problem} not part of Coval’s filter dialect`, token.position, hint)
  if (token.kind === 'not') return what('NOT is', NO_NEGATION)
  if (token.kind === 'minus') return what('"-" (negation) is', NO_NEGATION)
  if (token.kind === 'lparen' || token.kind === 'rparen') return what('Parentheses are', NO_GROUPS)
  return undefined
}

function covalLeftover(rest: Token, expression: string): FilterSyntaxError {
  const unsupported = covalUnsupported(rest)
  if (unsupported) return unsupported
  if (rest.kind === 'word') {
    // `name = 'Zapier integration'`: a single quote left open before this word, as SQL writes a value, split it at its space.
    const opened = (expression.slice(0, rest.position).match(/['‘’]/g)?.length ?? 0) % 2 === 1
    const quoted = opened ? 'use double quotes around a value with spaces; single quotes are not part of the filter syntax' : undefined
    const hint = keywordCaseHint(rest.value, 'coval') ?? quoted ?? "Coval’s filter dialect joins conditions only with AND or OR"
    return new FilterSyntaxError(`Expected AND or OR before "${rest.raw}"`, rest.position, hint)
  }
  return new FilterSyntaxError(`Unexpected ${describeToken(rest)}`, rest.position, 'expected AND, OR or the end of the filter')
}
