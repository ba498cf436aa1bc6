import type { ApiKeyRecord } from '../api/api-key-schema'
import type { MockDialect } from './dialect'
import { needsParsers, readListQuery } from './list-query'
import { retryingImport } from '../lib/import-again'
import { encodePageToken } from './page-token'
import { SelectionCache } from './selection-cache'
import type { ApiKeyStore } from './store'

export interface ListResult {
  api_keys: ApiKeyRecord[]
  next_page_token: string | null
  total_count: number
}

// Only a filter or order_by needs them; a failed load is tried again on the next request.
const loadParsers = retryingImport(() => import('./list-parsers'))

/** Loads the filter and sort parsers ahead of a request that needs them (mock-api.ts, preloadMockApiParts). */
export const preloadListParsers: () => Promise<unknown> = loadParsers

export type ListKeys = (params: URLSearchParams, dialect: MockDialect) => Promise<ListResult>

/** The list endpoint over a store, as the server `dialect` names would answer one request. */
export function createListKeys(store: ApiKeyStore): ListKeys {
  const cache = new SelectionCache(store)
  return async (params, dialect) => {
    const parsers = needsParsers(params, dialect) ? (await loadParsers()).listParsers : null
    const query = readListQuery(params, dialect, parsers)
    const selected = cache.get(query.key, query.select)
    const end = query.offset + query.pageSize
    return {
      api_keys: selected.slice(query.offset, end),
      next_page_token: end < selected.length ? encodePageToken({ offset: end, query: query.fingerprint }) : null,
      total_count: selected.length,
    }
  }
}
