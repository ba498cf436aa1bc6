import { ENVIRONMENTS, KEY_STATUSES, KEY_TYPES, type Environment, type KeyStatus, type KeyType } from '../../../api/enums'
import { auditStatuses, type AuditView } from './audit-view'
import { DEFAULT_VIEW, LAST_USED_SPANS, type ListView } from './list-view'
import { toViewQuery, type ViewQuery } from './view-query'

export type Span = (typeof LAST_USED_SPANS)[number]

/** A count as server counts add up: Σ sign × the number of keys each query matches. */
export interface CountTerm {
  readonly query: ViewQuery
  readonly sign: 1 | -1
}

/** One figure of the audit: what it counts, the keys list that shows exactly those keys, and how to count it. */
export interface Figure {
  readonly id: string
  readonly link: ListView
  /** The link's query: what the browser counts when it has every key. */
  readonly query: ViewQuery
  readonly terms: readonly CountTerm[]
}

export interface AuditFigures {
  readonly lastUse: readonly { environment: Environment; spans: readonly (Figure & { span: Span })[] }[]
  readonly neverUsed: Figure
  readonly rotationDue: Figure
  readonly byStatus: readonly (Figure & { status: KeyStatus })[]
  readonly byType: readonly (Figure & { type: KeyType })[]
}

const NEVER_USED_AFTER_DAYS = 7
const EVER_USED = { kind: 'timestamp', field: 'last_used_at', operator: '>=', value: '1970-01-01T00:00:00.000Z', epochNanos: 0n } as const

/**
 * Every figure of the audit as of `now` (rounded to the hour, as the keys list rounds it, so a
 * figure's link shows the same count). A figure counts directly where the server can filter it;
 * "never used" needs `null`, which no shared filter syntax has, so it is counted as what remains
 * of a total once the used keys are taken away (every key's last use is null or in one span).
 */
export function auditFigures(audit: AuditView, now: number): AuditFigures {
  const statuses = auditStatuses(audit)
  const view = (change: Partial<ListView>): ListView => ({ ...DEFAULT_VIEW, statuses, ...change })
  const query = (link: ListView) => toViewQuery(link, now)
  const direct = (id: string, link: ListView): Figure => ({ id, link, query: query(link), terms: [{ query: query(link), sign: 1 }] })
  const everUsed = (link: ListView): ViewQuery => {
    const base = query(link)
    return { ...base, clauses: [...base.clauses, { id: 'lastUsed', node: EVER_USED }] }
  }

  const lastUse = ENVIRONMENTS.map((environment) => {
    const total = query(view({ environment }))
    const used = LAST_USED_SPANS.filter((span) => span !== 'never').map((span) => query(view({ environment, lastUsed: span })))
    const spans = LAST_USED_SPANS.map((span) => {
      const link = view({ environment, lastUsed: span })
      const terms: CountTerm[] = span === 'never' ? [{ query: total, sign: 1 }, ...used.map((q) => ({ query: q, sign: -1 as const }))] : [{ query: query(link), sign: 1 }]
      return { id: `last-use:${environment}:${span}`, span, link, query: query(link), terms }
    })
    return { environment, spans }
  })

  const old = view({ createdOver: NEVER_USED_AFTER_DAYS })
  const neverUsed: Figure = {
    id: 'never-used',
    link: { ...old, lastUsed: 'never' },
    query: query({ ...old, lastUsed: 'never' }),
    terms: [
      { query: query(old), sign: 1 },
      { query: everUsed(old), sign: -1 },
    ],
  }
  return {
    lastUse,
    neverUsed,
    rotationDue: direct('rotation-due', view({ createdOver: audit.policy })),
    byStatus: KEY_STATUSES.map((status) => ({ ...direct(`status:${status}`, { ...DEFAULT_VIEW, statuses: [status] }), status })),
    byType: KEY_TYPES.map((type) => ({ ...direct(`type:${type}`, view({ type })), type })),
  }
}

/** Every figure once, for counting. */
export function allFigures(figures: AuditFigures): Figure[] {
  return [...figures.lastUse.flatMap((row) => row.spans), figures.neverUsed, figures.rotationDue, ...figures.byStatus, ...figures.byType]
}

export { NEVER_USED_AFTER_DAYS }
