import type { QueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { ApiClient } from '../../../../api/http-client'
import { patchKeyInLists, removeKeyFromLists } from '../../api/list-cache'
import { readKeysNow } from '../../api/read-key-now'
import type { KeyAction } from '../../model/key-actions'
import type { Settled } from '../../model/map-with-concurrency'
import { judgeRecheck, recheckCause, type Recheck } from '../../model/status-recheck'

/**
 * Reads again each key whose status change was refused by the lifecycle or lost its answer (only
 * lost answers when `lostOnly`), and says what that means for the change; the lists (and a key's
 * page) take what the server has now, as a success's answer would. A key that could not be read is
 * left out: its failure stands as it was.
 */
export async function recheckFailures(
  { queryClient, api }: { queryClient: QueryClient; api: ApiClient },
  action: KeyAction,
  results: readonly Settled<ApiKey, unknown>[],
  lostOnly: boolean,
): Promise<Map<string, Recheck>> {
  const verdicts = new Map<string, Recheck>()
  if (action === 'delete') return verdicts
  const asked = results.flatMap((result) => {
    const cause = result.ok ? null : recheckCause(result.error)
    return cause && (cause === 'lost' || !lostOnly) ? [{ id: result.item.id, cause }] : []
  })
  if (asked.length === 0) return verdicts
  const now = await readKeysNow(queryClient, api, asked.map(({ id }) => id))
  for (const { id, cause } of asked) {
    const key = now.get(id)
    if (key === undefined) continue
    verdicts.set(id, judgeRecheck(action, cause, key))
    if (key) patchKeyInLists(queryClient, id, (row) => ({ ...row, ...key }))
    else removeKeyFromLists(queryClient, id)
  }
  return verdicts
}
