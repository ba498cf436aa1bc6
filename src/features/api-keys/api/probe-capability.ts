import { queryOptions } from '@tanstack/react-query'
import { listApiKeys, type ListApiKeysParams } from '../../../api/api-keys/list-api-keys'
import { KEY_STATUSES } from '../../../api/enums'
import type { ApiClient } from '../../../api/http-client'
import type { FilterableKey } from '../../../api/filter/fields'
import type { Capability, Support } from '../model/server-capabilities'
import type { CapabilityStore } from './capability-store'
import { apiKeyKeys } from './query-keys'
import { refusedCapabilities } from './refused-parameter'

export type ProbedCapability = Extract<Capability, 'environment' | 'filter' | 'orderBy'>

export const isProbed = (capability: Capability): capability is ProbedCapability =>
  capability === 'environment' || capability === 'filter' || capability === 'orderBy'
type Verdict = Exclude<Support, 'unknown'>

const ask = (api: ApiClient, params: Omit<ListApiKeysParams, 'statuses'>, signal: AbortSignal) => listApiKeys(api, { statuses: KEY_STATUSES, ...params }, signal)

// Two environments: a server that ignores the parameter answers both with the same newest key,
// which cannot be in both; one that honours it answers each with its own (or nothing).
async function probeEnvironment(api: ApiClient, signal: AbortSignal): Promise<Verdict> {
  const [production, staging] = await Promise.all([ask(api, { environment: 'PRODUCTION', pageSize: 1 }, signal), ask(api, { environment: 'STAGING', pageSize: 1 }, signal)])
  const wrong = (rows: readonly FilterableKey[], environment: string) => rows.some((row) => row.environment !== environment)
  return wrong(production.api_keys, 'PRODUCTION') || wrong(staging.api_keys, 'STAGING') ? 'ignored' : 'honoured'
}

// A filter no key can match: an honouring server answers nothing, an ignoring one its newest key.
async function probeFilter(api: ApiClient, signal: AbortSignal): Promise<Verdict> {
  const answer = await ask(api, { filter: 'create_time < "1970-01-01T00:00:00Z"', pageSize: 1 }, signal)
  return answer.api_keys.length > 0 || answer.total_count > 0 ? 'ignored' : 'honoured'
}

// Oldest first: the documented order is newest first, so an ignored order_by shows at once.
async function probeOrderBy(api: ApiClient, signal: AbortSignal): Promise<Verdict> {
  const { api_keys: [first, second] } = await ask(api, { orderBy: 'create_time', pageSize: 2 }, signal)
  if (!first?.create_time || !second?.create_time) return 'honoured'
  return Date.parse(first.create_time) > Date.parse(second.create_time) ? 'ignored' : 'honoured'
}

const PROBES: Record<ProbedCapability, (api: ApiClient, signal: AbortSignal) => Promise<Verdict>> = { environment: probeEnvironment, filter: probeFilter, orderBy: probeOrderBy }

/** Asks the server one small question that only an honouring server answers right. */
export async function probeCapability(api: ApiClient, capability: ProbedCapability, signal: AbortSignal): Promise<Verdict> {
  try {
    return await PROBES[capability](api, signal)
  } catch (error) {
    // A 400 that names the parameter: this server refuses it.
    if (refusedCapabilities(error, [capability], true).length > 0) return 'refused'
    throw error
  }
}

/** Probes once per server and session; the answer is kept in the capability store. */
export function probeOptions(api: ApiClient, store: CapabilityStore, baseUrl: string, capability: ProbedCapability) {
  return queryOptions({
    queryKey: apiKeyKeys.probe(baseUrl, capability),
    queryFn: async ({ signal }) => {
      const verdict = await probeCapability(api, capability, signal)
      store.learn(baseUrl, capability, verdict)
      return verdict
    },
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
