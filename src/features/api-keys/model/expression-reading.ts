import type { FilterNode } from '../../../api/filter/ast'
import { importAgain } from '../../../lib/import-again'

/** What the Advanced field's expression says, once the parser has read it. */
export type ExpressionReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'valid'; readonly node: FilterNode }
  | { readonly kind: 'invalid'; readonly message: string; readonly position: number }

type Parse = (text: string) => ExpressionReading

// The parser is ~7 KiB gzip the first screen has no room for: it loads only when a view has an expression.
// Module-level on purpose: a cache of loaded code, like the browser's module map; it holds no per-session data.
let parse: Parse | null = null
/** The load under way, done or failed; `attempt` is the LazyBoundary Retry it was started for. */
let current: { attempt: number | null; promise: Promise<Parse>; error?: unknown } | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

const importParser = () => import('./expression-parse')

/**
 * Loads the parser once. After a failure, a call starts a new load, except one keyed by the same
 * `attempt` as the failed one (a render again before its boundary's Retry), which gets the failure.
 */
export function loadExpressionParser(attempt: number | null = null): Promise<Parse> {
  if (current && (current.error === undefined || (attempt !== null && current.attempt === attempt))) return current.promise
  // A browser may keep a failed module for the page's life: importAgain asks under a new URL.
  const module = current?.error === undefined ? importParser() : importAgain(importParser, current.error)
  const load: NonNullable<typeof current> = {
    attempt,
    promise: module.then(
      (loaded) => {
        parse = loaded.parseExpression
        // React's own marks on a settled promise: use() then returns at once instead of suspending.
        Object.assign(load.promise, { status: 'fulfilled', value: loaded.parseExpression })
        notify()
        return loaded.parseExpression
      },
      (error: unknown) => {
        load.error = error ?? new Error('The filter parser did not load')
        notify()
        throw load.error
      },
    ),
  }
  current = load
  return load.promise
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
  return parse === null ? (current?.error ?? null) : null
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
