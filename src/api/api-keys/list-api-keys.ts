import * as z from 'zod/mini'
import { readApiKey, type ApiKey } from '../api-key-schema'
import type { Environment, KeyStatus } from '../enums'
import { apiRequest, type ApiConfig } from '../http-client'

/** Keeps every row the page can use; a row without a usable `id` is counted, not allowed to fail the page. */
function usableRows(rows: readonly unknown[]): { api_keys: ApiKey[]; rows_without_id: number } {
  const api_keys: ApiKey[] = []
  for (const row of rows) {
    const key = readApiKey(row)
    if (key) api_keys.push(key)
  }
  return { api_keys, rows_without_id: rows.length - api_keys.length }
}

export const listApiKeysResponseSchema = z.pipe(
  z.looseObject({
    // Parsed row by row below: readApiKey only refuses a row without an id.
    api_keys: z.array(z.unknown()),
    // Some servers send "" for the last page: the same as none.
    next_page_token: z.pipe(
      z.nullish(z.string()),
      z.transform((token) => token || null),
    ),
    total_count: z.int().check(z.nonnegative()),
  }),
  z.transform(({ api_keys, ...rest }) => ({ ...rest, ...usableRows(api_keys) })),
)
/** One page: the usable rows, and how many the server sent without an id (0 normally). */
export type ListApiKeysResponse = z.infer<typeof listApiKeysResponseSchema>

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

export function listApiKeys(params: ListApiKeysParams, signal?: AbortSignal, config?: Partial<ApiConfig>): Promise<ListApiKeysResponse> {
  return apiRequest({
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
    schema: listApiKeysResponseSchema,
    config,
  })
}
