import type { FilterDialect } from './dialect'
import { toPredicate, type RecordPredicate } from './evaluate'
import { parseFilter } from './parse'

// Apart from evaluate.ts so the browser, which builds filters rather than parsing them, ships no parser.
/** Parses `expression` in `dialect` once and returns a predicate; a blank expression matches every record. */
export function compileFilter(expression: string, dialect: FilterDialect): RecordPredicate {
  return toPredicate(parseFilter(expression, dialect))
}
