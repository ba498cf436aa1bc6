import type { QueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ApiClient } from '../../../api/http-client'
import { keyByIdQuery } from '../model/view-query'
import { capabilityStore } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { readWholeView } from './read-whole-view'

const ignoreProgress = () => undefined

/**
 * Keys as the server has them now, by id (null: no such key), found as a key's page finds one: the
 * API has no read-one endpoint. One at a time, so a browser's read of every key happens once; the
 * first read that fails ends it, and the keys not read are left out.
 */
export async function readKeysNow(queryClient: QueryClient, api: ApiClient, ids: readonly string[]): Promise<Map<string, ApiKey | null>> {
  // A whole read cached in the browser predates the change that failed: it is read again.
  await queryClient.invalidateQueries({ queryKey: apiKeyKeys.keySets(), refetchType: 'none' })
  const context = { api, baseUrl: api.config().baseUrl, store: capabilityStore(queryClient) }
  const found = new Map<string, ApiKey | null>()
  try {
    for (const id of ids) {
      const rows = await readWholeView(queryClient, { ...context, query: keyByIdQuery(id) }, new AbortController().signal, ignoreProgress)
      found.set(id, rows.find((key) => key.id === id) ?? null)
    }
  } catch {
    // The server cannot be read either: what failed stays told as it failed.
  }
  return found
}
