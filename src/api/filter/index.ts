export type { ComparisonNode, FilterNode } from './ast'
export { FilterSyntaxError } from './errors'
export { compileFilter, type RecordPredicate } from './evaluate'
export { parseFilter } from './parse'
