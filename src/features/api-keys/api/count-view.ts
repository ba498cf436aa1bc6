import { queryOptions } from '@tanstack/react-query'
import { listApiKeys } from '../../../api/api-keys/list-api-keys'
import type { ApiClient } from '../../../api/http-client'
import { findViolations } from '../model/check-answer'
import type { ServerPlan } from '../model/list-plan'
import type { ViewQuery } from '../model/view-query'
import type { CapabilityStore } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { refusedCapabilities, sentParameters } from './refused-parameter'
import { PlanRefuted } from './server-page'

export interface CountContext {
  readonly api: ApiClient
  readonly plan: ServerPlan
  readonly query: ViewQuery
  readonly baseUrl: string
  readonly store: CapabilityStore
}

/**
 * How many keys a view the server answers matches: one request of one key, its `total_count`.
 * The key that comes back is checked like any answer; a wrong one re-plans (under `lists()`, so
 * writes refresh counts too).
 */
export function countOptions({ api, plan, query, baseUrl, store }: CountContext) {
  return queryOptions({
    queryKey: [...apiKeyKeys.lists(), 'count', plan.request] as const,
    queryFn: async ({ signal }) => {
      try {
        const answer = await listApiKeys(api, { ...plan.request, pageSize: 1 }, signal)
        const blamed = findViolations(answer.api_keys, query, plan)
        if (blamed.length === 0) return answer.total_count
        for (const capability of blamed) store.learn(baseUrl, capability, 'ignored')
        throw new PlanRefuted(blamed)
      } catch (error) {
        const refused = refusedCapabilities(error, sentParameters(plan))
        if (refused.length === 0) throw error
        for (const capability of refused) store.learn(baseUrl, capability, 'refused')
        throw new PlanRefuted(refused)
      }
    },
  })
}
