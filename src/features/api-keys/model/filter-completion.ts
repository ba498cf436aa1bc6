import { findField, filterableFields, type FieldSpec } from '../../../api/filter/fields'

/** One suggestion: what the list shows and what replaces the word under the caret. */
export interface CompletionOption {
  readonly label: string
  readonly insert: string
  /** What it is, for the list: "field, one of SERVICE, USER", "operator". */
  readonly detail: string
}

/** Suggestions for the caret's place, and the range [from, to) an accepted one replaces. */
export interface Completion {
  readonly from: number
  readonly to: number
  readonly options: readonly CompletionOption[]
}

type Token = { readonly kind: 'word' | 'string' | 'operator' | 'paren'; readonly text: string; readonly start: number; readonly end: number }

const OPERATORS_BY_KIND: Readonly<Record<FieldSpec['kind'], readonly string[]>> = {
  text: ['=', '!=', '<', '<=', '>', '>='],
  enum: ['=', '!='],
  timestamp: ['=', '!=', '<', '<=', '>', '>='],
  scopes: [],
}
const VALID_OPERATORS = new Set(['=', '!=', '<', '<=', '>', '>='])
const FIELD_STOP = /[\s()"=!<>:]/
// Values may hold ":" (timestamps), as the parser reads them.
const VALUE_STOP = /[\s()"=!<>]/

/** The tokens of `text`, read loosely (an unclosed string runs to the end) since it is being typed. */
function scan(text: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    const start = index
    if (/\s/.test(char)) {
      index++
      continue
    }
    if (char === '"') {
      index++
      while (index < text.length && text.charAt(index) !== '"') index += text.charAt(index) === '\\' ? 2 : 1
      index = Math.min(index + 1, text.length)
      tokens.push({ kind: 'string', text: text.slice(start, index), start, end: index })
    } else if (/[=!<>:]/.test(char)) {
      while (index < text.length && /[=!<>:]/.test(text.charAt(index))) index++
      tokens.push({ kind: 'operator', text: text.slice(start, index), start, end: index })
    } else if (char === '(' || char === ')') {
      index++
      tokens.push({ kind: 'paren', text: char, start, end: index })
    } else {
      const stop = tokens.at(-1)?.kind === 'operator' ? VALUE_STOP : FIELD_STOP
      while (index < text.length && !stop.test(text.charAt(index))) index++
      tokens.push({ kind: 'word', text: text.slice(start, index), start, end: index })
    }
  }
  return tokens
}

type State = { readonly expect: 'field' | 'joiner' | 'stuck' } | { readonly expect: 'operator' | 'value'; readonly field: FieldSpec }

/** Where the completed tokens leave the expression: comparison by comparison, joined by AND / OR. */
function stateAfter(tokens: readonly Token[]): State {
  let state: State = { expect: 'field' }
  for (const token of tokens) {
    if (state.expect === 'field') {
      const field = token.kind === 'word' ? findField(token.text, 'coval') : undefined
      state = field ? { expect: 'operator', field } : { expect: 'stuck' }
    } else if (state.expect === 'operator') {
      state = token.kind === 'operator' && VALID_OPERATORS.has(token.text) ? { expect: 'value', field: state.field } : { expect: 'stuck' }
    } else if (state.expect === 'value') {
      state = token.kind === 'word' || token.kind === 'string' ? { expect: 'joiner' } : { expect: 'stuck' }
    } else if (state.expect === 'joiner') {
      state = token.kind === 'word' && (token.text === 'AND' || token.text === 'OR') ? { expect: 'field' } : { expect: 'stuck' }
    }
  }
  return state
}

const startsWith = (candidate: string, prefix: string) => candidate.toLowerCase().startsWith(prefix.toLowerCase())

function fieldOptions(): CompletionOption[] {
  return filterableFields('coval').flatMap((name) => {
    const field = findField(name, 'coval')
    if (field === undefined) return []
    const detail = field.kind === 'enum' ? `field, one of ${field.values.join(', ')}` : `${field.kind} field`
    return [{ label: name, insert: name, detail }]
  })
}

function valueOptions(field: FieldSpec, prefix: string, now: Date): CompletionOption[] {
  if (field.kind === 'enum') {
    const quoted = prefix.startsWith('"')
    return field.values.map((value) => ({ label: quoted ? `"${value}"` : value, insert: quoted ? `"${value}"` : value, detail: `${field.name} value` }))
  }
  if (field.kind === 'timestamp') {
    const template = `"${now.toISOString().slice(0, 10)}T00:00:00Z"`
    return [{ label: template, insert: template, detail: 'timestamp (RFC 3339, UTC)' }]
  }
  return []
}

/**
 * What may come at the caret in Coval's dialect: a field name, an operator the field takes, one
 * of an enum field's values or a timestamp template, or AND / OR after a complete comparison.
 */
export function completeFilter(text: string, caret: number, now: Date): Completion {
  const tokens = scan(text.slice(0, caret))
  const last = tokens.at(-1)
  // The token the caret is in (or just after) is the prefix being typed, except a finished operator.
  const typing = last !== undefined && last.end === caret && !(last.kind === 'operator' && VALID_OPERATORS.has(last.text)) ? last : undefined
  const done = typing ? tokens.slice(0, -1) : tokens
  const prefix = typing?.text ?? ''
  const from = typing?.start ?? caret
  const rest = /^[^\s()"=!<>]*/.exec(text.slice(caret))?.[0] ?? ''
  const to = typing?.kind === 'operator' ? caret : caret + rest.length
  const state = stateAfter(done)
  const options = ((): CompletionOption[] => {
    switch (state.expect) {
      case 'field':
        return fieldOptions()
      case 'operator':
        return OPERATORS_BY_KIND[state.field.kind].map((op) => ({ label: op, insert: op, detail: 'operator' }))
      case 'value':
        return valueOptions(state.field, prefix, now)
      case 'joiner':
        return [
          { label: 'AND', insert: 'AND', detail: 'both must hold (binds tighter than OR)' },
          { label: 'OR', insert: 'OR', detail: 'either may hold' },
        ]
      case 'stuck':
        return []
    }
  })()
  const matching = options.filter((option) => startsWith(option.label, prefix) && option.label !== prefix)
  return { from, to, options: matching }
}

/** The text with `option` in place of the completion's range, and where the caret goes: after it and a space. */
export function acceptCompletion(text: string, completion: Completion, option: CompletionOption): { text: string; caret: number } {
  const after = text.slice(completion.to)
  const spaced = /^\s/.test(after) ? after : ` ${after}`
  const next = text.slice(0, completion.from) + option.insert + spaced
  return { text: next, caret: completion.from + option.insert.length + 1 }
}
