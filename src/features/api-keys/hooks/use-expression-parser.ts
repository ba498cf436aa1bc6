import { useEffect, useSyncExternalStore } from 'react'
import { expressionParserFailure, isExpressionParserLoaded, loadExpressionParser, readExpression, subscribeExpressionParser } from '../model/expression-reading'

export interface ExpressionParserState {
  /** The reader once the parser is there (or not needed), else null. */
  readonly read: typeof readExpression | null
  /** Why the parser could not load, when it was needed and did not. */
  readonly failure: unknown
  readonly retry: () => void
}

const retry = () => void loadExpressionParser().catch(() => undefined)

/** Loads the filter-expression parser when `needed`; says so when it cannot, with a Retry. */
export function useExpressionParser(needed: boolean): ExpressionParserState {
  const loaded = useSyncExternalStore(subscribeExpressionParser, isExpressionParserLoaded)
  const failure = useSyncExternalStore(subscribeExpressionParser, expressionParserFailure)
  useEffect(() => {
    // A failed load is not retried on its own: the screen says so and offers Retry.
    if (needed && !loaded && expressionParserFailure() === null) retry()
  }, [needed, loaded])
  return { read: loaded || !needed ? readExpression : null, failure: needed && !loaded ? failure : null, retry }
}
