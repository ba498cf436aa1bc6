import type { ComparisonOperator } from './ast'
import type { FilterDialect } from './dialect'
import { FilterSyntaxError } from './errors'

interface TokenBase {
  /** The token exactly as written in the expression. */
  readonly raw: string
  readonly position: number
}

export type WordToken = TokenBase & { readonly kind: 'word'; readonly value: string }
export type StringToken = TokenBase & { readonly kind: 'string'; readonly value: string }
export type OperatorToken = TokenBase & { readonly kind: 'operator'; readonly operator: ComparisonOperator }
export type PunctuationToken = TokenBase & {
  readonly kind: 'and' | 'or' | 'not' | 'minus' | 'lparen' | 'rparen' | 'eof'
}
export type Token = WordToken | StringToken | OperatorToken | PunctuationToken

// Keywords are upper-case only; a lower-case "and" is a word (and so an unknown field).
const KEYWORDS = new Map<string, 'and' | 'or' | 'not'>([
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
])
// Longest first so "<=" is not read as "<" followed by "=".
const OPERATORS: readonly ComparisonOperator[] = ['<=', '>=', '!=', '<', '>', '=', ':']
// A bare word ends at these; values may contain ":" so timestamps and scopes need no quotes.
const FIELD_STOP = /[\s()"=!<>:]/
const VALUE_STOP = /[\s()"=!<>]/
const SPACE = /\s/

/** Lazy lexer with one token of lookahead, so errors surface in the order they appear. */
export class Lexer {
  private readonly source: string
  private readonly dialect: FilterDialect
  private offset = 0
  private lookahead: Token | null = null
  // Right after an operator a bare word is a value, and "-" is part of it rather than a NOT.
  private expectingValue = false

  constructor(source: string, dialect: FilterDialect) {
    this.source = source
    this.dialect = dialect
  }

  peek(): Token {
    this.lookahead ??= this.scan()
    return this.lookahead
  }

  next(): Token {
    const token = this.peek()
    this.lookahead = null
    return token
  }

  private scan(): Token {
    while (SPACE.test(this.source.charAt(this.offset))) this.offset++
    const token = this.read(this.offset)
    this.offset = token.position + token.raw.length
    this.expectingValue = token.kind === 'operator'
    return token
  }

  private read(position: number): Token {
    const char = this.source.charAt(position)
    if (char === '') return { kind: 'eof', raw: '', position }
    if (char === '(') return { kind: 'lparen', raw: char, position }
    if (char === ')') return { kind: 'rparen', raw: char, position }
    if (char === '"') return this.readString(position)
    if (char === '-' && !this.expectingValue) return { kind: 'minus', raw: char, position }
    const operator = OPERATORS.find((candidate) => this.source.startsWith(candidate, position))
    if (operator !== undefined) return { kind: 'operator', operator, raw: operator, position }
    if (char === '!') {
      const hint = this.dialect === 'coval' ? 'use "!=" for not-equal' : 'use "!=" for not-equal or NOT to negate'
      throw new FilterSyntaxError('Unexpected character "!"', position, hint)
    }
    return this.readWord(position)
  }

  private readWord(position: number): Token {
    const stop = this.expectingValue ? VALUE_STOP : FIELD_STOP
    let end = position
    while (end < this.source.length && !stop.test(this.source.charAt(end))) end++
    const raw = this.source.slice(position, end)
    const keyword = KEYWORDS.get(raw)
    return keyword === undefined ? { kind: 'word', value: raw, raw, position } : { kind: keyword, raw, position }
  }

  private readString(position: number): StringToken {
    let value = ''
    let index = position + 1
    while (index < this.source.length) {
      const char = this.source.charAt(index)
      if (char === '"') return { kind: 'string', value, raw: this.source.slice(position, index + 1), position }
      if (char === '\\') {
        const escaped = this.source.charAt(index + 1)
        if (escaped === '') break
        if (escaped !== '"' && escaped !== '\\') {
          throw new FilterSyntaxError(`Invalid escape "\\${escaped}"`, index, 'only \\" and \\\\ are allowed in a string')
        }
        value += escaped
        index += 2
      } else {
        value += char
        index += 1
      }
    }
    throw new FilterSyntaxError('Unterminated string starting', position, 'add the closing "')
  }
}

/** A token as error messages name it: `"AND"`, `string "x"`, `end of the filter`. */
export function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'end of the filter'
  return token.kind === 'string' ? `string ${token.raw}` : `"${token.raw}"`
}

/** `found …` for a hint, or nothing at the end of the filter. */
export function foundToken(token: Token): string | undefined {
  return token.kind === 'eof' ? undefined : `found ${describeToken(token)}`
}
