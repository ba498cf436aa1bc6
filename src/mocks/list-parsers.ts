import { FilterSyntaxError, compileFilter } from '../api/filter'
import { OrderBySyntaxError, parseOrderBy } from '../api/order-by'

// Loaded only by a request with a filter or an order_by: the demo's first screen sends neither.
/** The filter and order_by parsers, and which of their errors are the request's fault. */
export const listParsers = {
  compileFilter,
  parseOrderBy,
  isSyntaxError: (error: unknown): error is Error => error instanceof FilterSyntaxError || error instanceof OrderBySyntaxError,
}

export type ListParsers = typeof listParsers
