import * as z from 'zod/mini'
import { apiKeySchema } from '../api-key-schema'
import type { Environment, KeyStatus } from '../enums'
import { apiRequest, type ApiConfig } from '../http-client'

export const listApiKeysResponseSchema = z.looseObject({
  api_keys: z.array(apiKeySchema),
  // Some servers send "" for the last page: the same as none.
  next_page_token: z.pipe(
    z.nullish(z.string()),
    z.transform((token) => token || null),
  ),
  total_count: z.int().check(z.nonnegative()),
})
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
