import type { ListApiKeysParams } from '../../../api/api-keys/list-api-keys'
import { KEY_STATUSES } from '../../../api/enums'
import type { LastUsedPreset, ListView } from './list-view'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** A quoted AIP-160 string literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function lastUsedClause(preset: LastUsedPreset, now: number): string {
  const before = (ms: number) => quote(new Date(now - ms).toISOString())
  switch (preset) {
    case 'never':
      return 'last_used_at = null'
    // "Not used in N days" includes keys never used at all: both are dead weight.
    case 'unused_30d':
      return `(last_used_at < ${before(30 * DAY)} OR last_used_at = null)`
    case 'unused_90d':
      return `(last_used_at < ${before(90 * DAY)} OR last_used_at = null)`
    case 'used_24h':
      return `last_used_at >= ${before(DAY)}`
  }
}

/**
 * The request a view sends. `now` is rounded down to the hour so the query key, and the
 * server's page tokens, stay stable while the user pages through.
 */
export function toListParams(view: ListView, now: number): ListApiKeysParams {
  const hour = Math.floor(now / HOUR) * HOUR
  const clauses: string[] = []
  const search = view.search.trim()
  if (search) clauses.push(`name:${quote(search)}`)
  if (view.type) clauses.push(`key_type = ${quote(view.type)}`)
  if (view.lastUsed) clauses.push(lastUsedClause(view.lastUsed, hour))
  return {
    // The API returns only ACTIVE keys when no status is sent: always name them.
    statuses: view.statuses.length > 0 ? KEY_STATUSES.filter((s) => view.statuses.includes(s)) : KEY_STATUSES,
    environment: view.environment ?? undefined,
    filter: clauses.length > 0 ? clauses.join(' AND ') : undefined,
    orderBy: view.sort ? `${view.sort.field} ${view.sort.desc ? 'desc' : 'asc'}` : undefined,
    pageSize: view.pageSize,
    pageToken: view.cursor ?? undefined,
  }
}
