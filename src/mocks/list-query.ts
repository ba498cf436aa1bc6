import type { ApiKeyRecord } from '../api/api-key-schema'
import { ENVIRONMENTS, KEY_STATUSES, isKnown } from '../api/enums'
import type { FilterDialect } from '../api/filter'
import { comparatorFor } from '../api/sort'
import type { MockDialect } from './dialect'
import type { ListParsers } from './list-parsers'
import { PageTokenError, decodePageToken, queryFingerprint } from './page-token'
import { invalidArgument } from './responses'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

/** One list request as the playing server reads it. */
export interface ListQuery {
  /** Everything that decides which records come back and in what order (the dialect included). */
  key: string
  /** The same, hashed: what a page token is bound to. */
  fingerprint: string
  offset: number
  pageSize: number
  /** The records the query selects, in order. */
  select: (records: readonly ApiKeyRecord[]) => ApiKeyRecord[]
}

type Matcher = (record: ApiKeyRecord) => boolean
type Comparator = (a: ApiKeyRecord, b: ApiKeyRecord) => number

interface Selection {
  parts: readonly (string | null)[]
  matches: Matcher
  compare: Comparator
}

const NEWEST_FIRST = comparatorFor([{ field: 'create_time', descending: true }])
// The documented server reads no environment, filter or order_by: every record, newest first.
const DOCUMENTED: Selection = { parts: [], matches: () => true, compare: NEWEST_FIRST }

/** Whether reading this request needs the filter and order_by parsers (see list-parsers.ts). */
export function needsParsers(params: URLSearchParams, dialect: MockDialect): boolean {
  return dialect !== 'documented' && [params.get('filter'), params.get('order_by')].some((text) => text !== null && text.trim() !== '')
}

/**
 * Reads and checks the parameters `dialect` honours, in the order the server reports them; ignores
 * the rest. `parsers` may be null when `needsParsers` says no.
 */
export function readListQuery(params: URLSearchParams, dialect: MockDialect, parsers: ListParsers | null): ListQuery {
  const statuses = parseStatuses(params.get('status'))
  const selection = dialect === 'documented' ? DOCUMENTED : honouredSelection(params, dialect, parsers)
  const pageSize = parsePageSize(params.get('page_size'))
  const parts = [dialect, [...statuses].sort().join(','), ...selection.parts]
  const fingerprint = queryFingerprint(parts)
  const token = params.get('page_token')
  const offset = token ? readPageToken(token, fingerprint) : 0
  const { matches, compare } = selection
  return {
    key: JSON.stringify(parts),
    fingerprint,
    offset,
    pageSize,
    select: (records) => records.filter((r) => statuses.has(r.status) && matches(r)).sort(compare),
  }
}

function honouredSelection(params: URLSearchParams, dialect: FilterDialect, parsers: ListParsers | null): Selection {
  const environment = params.get('environment') || null
  if (environment !== null && !isKnown(ENVIRONMENTS, environment)) {
    throw invalidArgument('environment', `Unknown environment "${environment}"; use ${ENVIRONMENTS.join(', ')}.`)
  }
  const filterText = params.get('filter') ?? ''
  const orderBy = params.get('order_by')
  const filter = filterText.trim() === '' ? () => true : parse('filter', parsers, (p) => p.compileFilter(filterText, dialect))
  const compare = orderBy === null || orderBy.trim() === '' ? NEWEST_FIRST : comparatorFor(parse('order_by', parsers, (p) => p.parseOrderBy(orderBy, dialect)))
  return {
    parts: [environment, filterText.trim(), orderBy?.trim() ?? null],
    matches: (r) => (environment === null || r.environment === environment) && filter(r),
    compare,
  }
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

function parse<T>(field: string, parsers: ListParsers | null, run: (parsers: ListParsers) => T): T {
  if (parsers === null) throw new Error('readListQuery: this request needs the list parsers (see needsParsers)')
  try {
    return run(parsers)
  } catch (error) {
    if (parsers.isSyntaxError(error)) throw invalidArgument(field, error.message)
    throw error
  }
}

function readPageToken(token: string, fingerprint: string): number {
  try {
    return decodePageToken(token, fingerprint)
  } catch (error) {
    if (error instanceof PageTokenError) throw invalidArgument('page_token', error.message)
    throw error
  }
}
