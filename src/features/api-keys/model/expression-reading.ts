import type { FilterNode } from '../../../api/filter/ast'

/** What the Advanced field's expression says, once the parser has read it. */
export type ExpressionReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'valid'; readonly node: FilterNode }
  | { readonly kind: 'invalid'; readonly message: string; readonly position: number }

type Parse = (text: string) => ExpressionReading

// The parser is ~7 KiB gzip the first screen has no room for: it loads only when a view has an expression.
let parse: Parse | null = null
let loading: Promise<Parse> | null = null
const listeners = new Set<() => void>()

export function loadExpressionParser(): Promise<Parse> {
  loading ??= import('./expression-parse').then(
    (module) => {
      parse = module.parseExpression
      listeners.forEach((listener) => listener())
      return module.parseExpression
    },
    (error: unknown) => {
      // A lost chunk may load on the next try.
      loading = null
      throw error
    },
  )
  return loading
}

export function isExpressionParserLoaded(): boolean {
  return parse !== null
}

/** For useSyncExternalStore: told once, when the parser has loaded. */
export function subscribeExpressionParser(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The expression read by the parser, or `loading` while the parser is not there yet. */
export function readExpression(text: string): ExpressionReading {
  if (text.trim() === '') return { kind: 'none' }
  return parse === null ? { kind: 'loading' } : parse(text)
}
