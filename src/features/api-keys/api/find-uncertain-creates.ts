import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import { KEY_STATUSES } from '../../../api/enums'
import type { ApiClient } from '../../../api/http-client'
import { useApiClient } from '../../../hooks/use-api-client'
import { mayBeFromAttempt, NewestFirstWalk, windowStart, type UncertainAttempt } from '../model/uncertain-create'
import { everyPage } from './every-page'
import { apiKeyKeys } from './query-keys'
import { wasSecretShown } from './shown-secrets'

/**
 * The keys an uncertain create may have made, read through the plain list (no filter the server
 * might ignore): every row is judged here, and the walk ends once it is past the window.
 */
export async function findUncertainCreates(api: ApiClient, attempt: UncertainAttempt, signal: AbortSignal): Promise<ApiKey[]> {
  const walk = new NewestFirstWalk(windowStart(attempt))
  const found: ApiKey[] = []
  for await (const { page } of everyPage(api, { statuses: KEY_STATUSES }, signal)) {
    found.push(...page.api_keys.filter((key) => mayBeFromAttempt(key, attempt) && !found.some((f) => f.id === key.id)))
    if (walk.passedWindow(page.api_keys)) break
  }
  return found
}

/** The lookup after one uncertain create; asked once per attempt, Retry asks again. */
export function useUncertainCreates(attempt: UncertainAttempt | null) {
  const api = useApiClient()
  return useQuery({
    queryKey: [...apiKeyKeys.all, 'uncertain-create', attempt?.sentAt ?? 0, attempt?.body.name ?? ''],
    enabled: attempt !== null,
    queryFn: ({ signal }) => (attempt ? findUncertainCreates(api, attempt, signal) : Promise.resolve([])),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  })
}

/**
 * The lookup, and the keys it found that this tab never showed the secret of (those are the ones
 * nobody can use); `unseen` is null until the lookup has answered.
 */
export function useUnseenUncertainCreates(attempt: UncertainAttempt | null) {
  const lookup = useUncertainCreates(attempt)
  const queryClient = useQueryClient()
  const unseen = lookup.data?.filter((key) => !wasSecretShown(queryClient, key.id)) ?? null
  return { lookup, unseen }
}
