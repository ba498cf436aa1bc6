import { useEffect, useSyncExternalStore } from 'react'
import { isExpressionParserLoaded, loadExpressionParser, readExpression, subscribeExpressionParser } from '../model/expression-reading'

/** Loads the filter-expression parser when `needed`; its reader once it is there (or not needed), else null. */
export function useExpressionParser(needed: boolean): typeof readExpression | null {
  const loaded = useSyncExternalStore(subscribeExpressionParser, isExpressionParserLoaded)
  useEffect(() => {
    if (needed && !loaded) void loadExpressionParser().catch(() => undefined)
  }, [needed, loaded])
  return loaded || !needed ? readExpression : null
}
