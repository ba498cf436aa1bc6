import { readApiKey, type ApiKey } from '../api-key-schema'
import type { Environment, KeyStatus } from '../enums'
import { apiRequest, type ApiClient } from '../http-client'
import { isRecord, isWholeNumber } from '../read-json'

/** What a page's rows came to once made usable: the rows, and what the server got wrong in them. */
interface UsableRows {
  api_keys: ApiKey[]
  /** Rows without a usable `id`, left out. */
  rows_without_id: number
  /** Rows that repeated an id already on this page, kept once. */
  repeated_ids: number
  /** Rows past the page size asked for, neither read nor shown. */
  rows_past_page_size: number
}

/**
 * Keeps every row the page can use, at most `limit` of them: rows past it are counted, never
 * parsed (a 10,000-row answer to a page of 20 must not freeze the tab). A row without a usable
 * `id` is counted, not allowed to fail the page; a repeated id is kept once.
 */
export function usableRows(rows: readonly unknown[], limit = Infinity): UsableRows {
  const kept = rows.length > limit ? rows.slice(0, limit) : rows
  const api_keys: ApiKey[] = []
  const ids = new Set<string>()
  let repeated = 0
  for (const row of kept) {
    const key = readApiKey(row)
    if (!key) continue
    if (ids.has(key.id)) repeated++
    else api_keys.push(key)
    ids.add(key.id)
  }
  return { api_keys, rows_without_id: kept.length - api_keys.length - repeated, repeated_ids: repeated, rows_past_page_size: rows.length - kept.length }
}

/** One page: the usable rows, and what was left out of them (rows without an id, repeats, rows past the page size). */
export interface ListApiKeysResponse extends UsableRows {
  next_page_token: string | null
  total_count: number
  /** The server's other fields, kept as sent. */
  [field: string]: unknown
}

/**
 * A list page as the app keeps it, keeping at most `limit` rows (the page size asked for), or
 * undefined when it is not a page: `api_keys` not a list, `total_count` not a whole number ≥ 0,
 * `next_page_token` neither text nor null.
 */
export function readListPage(json: unknown, limit = Infinity): ListApiKeysResponse | undefined {
  if (!isRecord(json)) return undefined
  const { api_keys, next_page_token, total_count, ...rest } = json
  // Parsed row by row, and only as many as were asked for: readApiKey only refuses a row without an id.
  if (!Array.isArray(api_keys) || !isWholeNumber(total_count, 0)) return undefined
  if (next_page_token !== undefined && next_page_token !== null && typeof next_page_token !== 'string') return undefined
  // Some servers send "" for the last page: the same as none.
  return { ...rest, next_page_token: next_page_token || null, total_count, ...usableRows(api_keys, limit) }
}

/** An empty tally of left-out rows, for pages the app builds itself. */
export const NOTHING_LEFT_OUT = { rows_without_id: 0, repeated_ids: 0, rows_past_page_size: 0 } as const

export interface ListApiKeysParams {
  /** Always sent: without it the API returns ACTIVE keys only. */
  statuses: readonly KeyStatus[]
  environment?: Environment
  /** AIP-160 expression. */
  filter?: string
  /** AIP-132, e.g. `last_used_at desc, name`. */
  orderBy?: string
  pageSize?: number
  pageToken?: string
}

export function listApiKeys(api: ApiClient, params: ListApiKeysParams, signal?: AbortSignal): Promise<ListApiKeysResponse> {
  return apiRequest(api, {
    method: 'GET',
    path: '/v1/api-keys',
    query: {
      status: params.statuses.join(','),
      environment: params.environment,
      filter: params.filter,
      order_by: params.orderBy,
      page_size: params.pageSize,
      page_token: params.pageToken,
    },
    signal,
    read: (json) => readListPage(json, params.pageSize),
  })
}
