import type { ApiKeyRecord } from '../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, isKnown } from '../api/enums'
import { FilterSyntaxError, compileFilter } from '../api/filter'
import { OrderBySyntaxError, comparatorFor, parseOrderBy } from '../api/order-by'
import { PageTokenError, decodePageToken, encodePageToken, queryFingerprint } from './page-token'
import { invalidArgument } from './responses'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

export interface ListResult {
  api_keys: ApiKeyRecord[]
  next_page_token: string | null
  total_count: number
}

function parseStatuses(raw: string | null): Set<string> {
  // The API's documented default: no `status` means ACTIVE keys only.
  if (raw === null || raw.trim() === '') return new Set(['ACTIVE'])
  const statuses = raw.split(',').map((s) => s.trim())
  const unknown = statuses.filter((s) => !isKnown(KEY_STATUSES, s))
  if (unknown.length > 0) throw invalidArgument('status', `Unknown status "${unknown.join(', ')}"; use ${KEY_STATUSES.join(', ')}.`)
  return new Set(statuses)
}

function parsePageSize(raw: string | null): number {
  if (raw === null || raw === '') return DEFAULT_PAGE_SIZE
  const size = Number(raw)
  if (!/^\d+$/.test(raw) || size < 1 || size > MAX_PAGE_SIZE) {
    throw invalidArgument('page_size', `page_size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
  }
  return size
}

function parse<T>(field: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof FilterSyntaxError || error instanceof OrderBySyntaxError || error instanceof PageTokenError) {
      throw invalidArgument(field, error.message)
    }
    throw error
  }
}

/** The list endpoint's behaviour over every record, for one request's query parameters. */
export function listKeys(records: readonly ApiKeyRecord[], params: URLSearchParams): ListResult {
  const statuses = parseStatuses(params.get('status'))
  const environment = params.get('environment') || null
  if (environment !== null && !isKnown(ENVIRONMENTS, environment)) {
    throw invalidArgument('environment', `Unknown environment "${environment}"; use ${ENVIRONMENTS.join(', ')}.`)
  }
  const filterText = params.get('filter') ?? ''
  const matches = parse('filter', () => compileFilter(filterText, 'aip160'))
  const orderBy = params.get('order_by')
  const compare = comparatorFor(parse('order_by', () => parseOrderBy(orderBy, 'aip160')))
  const pageSize = parsePageSize(params.get('page_size'))
  const fingerprint = queryFingerprint([[...statuses].sort().join(','), environment, filterText.trim(), orderBy?.trim() ?? null])
  const token = params.get('page_token')
  const offset = token ? parse('page_token', () => decodePageToken(token, fingerprint)) : 0

  const selected = records
    .filter((r) => statuses.has(r.status) && (environment === null || r.environment === environment) && matches(r))
    .sort(compare)
  const end = offset + pageSize
  return {
    api_keys: selected.slice(offset, end),
    next_page_token: end < selected.length ? encodePageToken({ offset: end, query: fingerprint }) : null,
    total_count: selected.length,
  }
}
