import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, isKnown, type Environment, type KeyStatus, type KeyType } from '../../../api/enums'

export const SORT_FIELDS = ['name', 'create_time', 'last_used_at'] as const
export type SortField = (typeof SORT_FIELDS)[number]

export const PAGE_SIZES = [10, 20, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]

export const LAST_USED_PRESETS = ['never', 'unused_30d', 'unused_90d', 'used_24h'] as const
/** Disjoint spans of last use, as the audit counts them; a link from it lands on one of these. */
export const LAST_USED_SPANS = ['used_24h', 'used_1_30d', 'used_30_90d', 'used_over_90d', 'never'] as const
export const LAST_USED_FILTERS = [...LAST_USED_PRESETS, 'used_1_30d', 'used_30_90d', 'used_over_90d'] as const
export type LastUsedPreset = (typeof LAST_USED_FILTERS)[number]

/** "Created more than N days ago": the audit's never-used (7) and rotation-due policies. */
export const CREATED_AGES = [7, 30, 60, 90, 180, 365] as const
export type CreatedAge = (typeof CREATED_AGES)[number]

/**
 * A filter expression longer than this is not applied: the Advanced field keeps it and says so (a
 * link's overlong filter used to be dropped without a word, showing every key as if they were its view).
 */
export const MAX_EXPRESSION_LENGTH = 2000

/** Everything that decides which keys the table shows; it lives in the URL. */
export interface ListView {
  search: string
  environment: Environment | null
  /** Empty means every status. */
  statuses: KeyStatus[]
  type: KeyType | null
  lastUsed: LastUsedPreset | null
  /** Only keys created more than this many days ago. */
  createdOver: CreatedAge | null
  /** The Advanced field's filter expression in Coval's dialect (URL `filter`); blank means none. */
  expression: string
  sort: { field: SortField; desc: boolean } | null
  pageSize: PageSize
  /** From 1. A link to a later page needs no token: the list layer finds its way there. */
  page: number
}

export const DEFAULT_PAGE_SIZE: PageSize = 20
export const DEFAULT_VIEW: ListView = {
  search: '',
  environment: null,
  statuses: [],
  type: null,
  lastUsed: null,
  createdOver: null,
  expression: '',
  sort: null,
  pageSize: DEFAULT_PAGE_SIZE,
  page: 1,
}

const sortPattern = new RegExp(`^(${SORT_FIELDS.join('|')})\\.(asc|desc)$`)

/** One of `values`, or null. */
const oneOf = <const T extends readonly unknown[]>(values: T, value: unknown): T[number] | null => (isKnown(values, value) ? value : null)

/** Text of at most `max` characters (UTF-16 units), or ''. */
const textUpTo = (value: string | undefined, max: number): string => (value !== undefined && value.length <= max ? value : '')

/** A number as the URL writes it (`Number`: " 90 " and "9e1" are 90, as the view's links never write them). */
const numberIn = (value: string | undefined): number => (value === undefined ? Number.NaN : Number(value))

/** The view a URL names. Each parameter is read on its own: one bad value is corrected without losing the others. */
export function parseListView(search: URLSearchParams): ListView {
  // The last of a repeated parameter counts.
  const url = Object.fromEntries(search.entries()) as Partial<Record<string, string>>
  const q = textUpTo(url.q, 200)
  const filter = url.filter ?? ''
  const sort = url.sort !== undefined && sortPattern.test(url.sort.toLowerCase()) ? url.sort.toLowerCase() : null
  const page = numberIn(url.page)
  const [field, direction] = sort?.split('.') ?? []
  return {
    search: q.trim() === '' ? '' : q,
    // In any case: a link typed by hand says env=production as often as PRODUCTION.
    environment: oneOf(ENVIRONMENTS, url.env?.toUpperCase()),
    statuses: [...new Set((url.status ?? '').toUpperCase().split(',').filter((value) => isKnown(KEY_STATUSES, value)))],
    type: oneOf(KEY_TYPES, url.type?.toUpperCase()),
    lastUsed: oneOf(LAST_USED_FILTERS, url.used?.toLowerCase()),
    createdOver: oneOf(CREATED_AGES, numberIn(url.created)),
    expression: filter.trim() === '' ? '' : filter,
    sort: field ? { field: field as SortField, desc: direction === 'desc' } : null,
    pageSize: url.size === undefined ? DEFAULT_PAGE_SIZE : (oneOf(PAGE_SIZES, numberIn(url.size)) ?? DEFAULT_PAGE_SIZE),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The URL of a view: defaults are left out, so the plain page has a plain URL. */
export function serializeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.search.trim()) params.set('q', view.search)
  if (view.environment) params.set('env', view.environment)
  if (view.statuses.length > 0) params.set('status', KEY_STATUSES.filter((s) => view.statuses.includes(s)).join(','))
  if (view.type) params.set('type', view.type)
  if (view.lastUsed) params.set('used', view.lastUsed)
  if (view.createdOver) params.set('created', String(view.createdOver))
  if (view.expression.trim()) params.set('filter', view.expression)
  if (view.sort) params.set('sort', `${view.sort.field}.${view.sort.desc ? 'desc' : 'asc'}`)
  if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(view.pageSize))
  if (view.page > 1) params.set('page', String(view.page))
  return params
}

/** Whether two views show the same keys on the same page (their addresses are the same). */
export function sameView(a: ListView, b: ListView): boolean {
  return serializeListView(a).toString() === serializeListView(b).toString()
}

/** The parameters whose value the view reads from a closed set, or as a bounded number or text. */
export const CHECKED_PARAMS = ['q', 'env', 'status', 'type', 'used', 'created', 'sort', 'size', 'page'] as const

/**
 * Whether the address says other than the view it shows: a value the list does not know (dropped),
 * or one written another way (`production`, `size=20`). LinkLeftoversNotice says what was dropped,
 * and the address is rewritten to the view shown.
 */
export function needsTidying(search: string, view: ListView): boolean {
  const asked = new URLSearchParams(search)
  const applied = serializeListView(view)
  return CHECKED_PARAMS.some((name) => asked.has(name) && asked.get(name) !== applied.get(name))
}

/** Changes what is shown; any change but paging starts again from the first page. */
export function updateView(view: ListView, change: Partial<Omit<ListView, 'page'>>): ListView {
  return { ...view, ...change, page: 1 }
}

/** The statuses a view shows, in the API's order: every status when none is picked. */
export function viewStatuses(view: ListView): readonly KeyStatus[] {
  return view.statuses.length > 0 ? KEY_STATUSES.filter((status) => view.statuses.includes(status)) : KEY_STATUSES
}

export function isFiltered(view: ListView): boolean {
  return view.search.trim() !== '' || activeFilterCount(view) > 0 || view.expression.trim() !== ''
}

/** How many of the column filters (environment, status, type, last used, created over) narrow the list: the phone's Filters button shows it. */
export function activeFilterCount(view: ListView): number {
  const someStatuses = view.statuses.length > 0 && view.statuses.length < KEY_STATUSES.length
  return [view.environment !== null, someStatuses, view.type !== null, view.lastUsed !== null, view.createdOver !== null].filter(Boolean).length
}
