import type { FilterNode } from '../../../api/filter/ast'
import { failedModuleUrl } from '../../../components/ui/lazy-boundary'

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
/** The last load's failure, until a later load succeeds. */
let failure: unknown = null
let attempts = 0
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

type ParserModule = typeof import('./expression-parse')

export function loadExpressionParser(): Promise<Parse> {
  if (loading) return loading
  // The browser keeps a failed module for the page's life: a retry asks for the file under a new URL.
  const failed = failure === null ? null : failedModuleUrl(failure)
  // Unchecked: the same file as the plain import names, so the same module.
  const module = failed === null ? import('./expression-parse') : (import(/* @vite-ignore */ `${failed}?retry=${++attempts}`) as Promise<ParserModule>)
  loading = module.then(
    (loaded) => {
      parse = loaded.parseExpression
      failure = null
      notify()
      return loaded.parseExpression
    },
    (error: unknown) => {
      loading = null
      failure = error ?? new Error('The filter parser did not load')
      notify()
      throw failure
    },
  )
  return loading
}

/** The list's error when a view's expression cannot be read because the parser's code did not load. */
export class ParserLoadError extends Error {
  constructor(cause: unknown) {
    super('The code that reads filter expressions could not load. Retry, or reload the page for the latest version.', { cause })
    this.name = 'ParserLoadError'
  }
}

/** Why the parser could not load, while it has not (Retry loads it again). */
export function expressionParserFailure(): unknown {
  return parse === null ? failure : null
}

export function isExpressionParserLoaded(): boolean {
  return parse !== null
}

/** For useSyncExternalStore: told when the parser has loaded, or failed to. */
export function subscribeExpressionParser(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The expression read by the parser, or `loading` while the parser is not there yet. */
export function readExpression(text: string): ExpressionReading {
  if (text.trim() === '') return { kind: 'none' }
  return parse === null ? { kind: 'loading' } : parse(text)
}
