import type { QueryClient } from '@tanstack/react-query'
import type { ApiKey } from '../../../api/api-key-schema'
import type { ApiClient } from '../../../api/http-client'
import { ApiError } from '../../../api/api-error'
import { FRESH_FOR_MS } from '../../../api/fresh-for'
import { missingErrorMessage, shortOfCount, type KeysMissing } from '../model/answer-faults'
import { findViolations } from '../model/check-answer'
import { planList, type ListPlan, type ServerPlan } from '../model/list-plan'
import { answerLocally } from '../model/local-answer'
import type { ViewQuery } from '../model/view-query'
import type { CapabilityStore } from './capability-store'
import { everyPage } from './every-page'
import { addPage, EMPTY_SET, keysMissing, keySetOptions, type KeySet } from './key-set'
import { probeOptions, isProbed } from './probe-capability'
import { refusedCapabilities, sentParameters } from './refused-parameter'
import { PlanRefuted } from './server-page'

export interface WholeViewContext {
  readonly api: ApiClient
  readonly query: ViewQuery
  readonly baseUrl: string
  readonly store: CapabilityStore
}

/** How far a read got: keys read, and what the server says there are (null before its first answer). */
export interface ReadProgress {
  readonly read: number
  readonly expected: number | null
}

/** A whole read that came short of the server's count: what it would do (export, act on every key) would leave keys out unseen. */
function keysMissingError(missing: KeysMissing): ApiError {
  return new ApiError({ kind: 'invalid-response', status: null, code: 'KEYS_MISSING', message: missingErrorMessage(missing) })
}

// Failures passed on from a probe, which has retried them already (fetchQuery takes the client's
// retries): a query retrying the whole read on them would square the wait (28 s for a key's page).
const retriedByProbe = new WeakSet<object>()

/** Whether a whole read failed in a probe that already retried; a caller should not retry the read for it. */
export function retriedAlready(error: unknown): boolean {
  return typeof error === 'object' && error !== null && retriedByProbe.has(error)
}

/** Plans the view, probing first what nobody has checked on this server yet. */
async function settledPlan(queryClient: QueryClient, { api, query, baseUrl, store }: WholeViewContext): Promise<ListPlan> {
  const plan = planList(query, store.get(baseUrl))
  if (plan.mode === 'browser' || plan.unproven.length === 0) return plan
  await Promise.all(plan.unproven.filter(isProbed).map((capability) => queryClient.fetchQuery(probeOptions(api, store, baseUrl, capability)))).catch((error: unknown) => {
    if (typeof error === 'object' && error !== null) retriedByProbe.add(error)
    throw error
  })
  return planList(query, store.get(baseUrl))
}

/** Every page of a view the server answers, each checked against the view as the table checks it. */
async function fromServer(plan: ServerPlan, { api, query, baseUrl, store }: WholeViewContext, signal: AbortSignal, onProgress: (p: ReadProgress) => void) {
  const rows: ApiKey[] = []
  const seen = new Set<string>()
  let total = 0
  let withoutId = 0
  try {
    for await (const { page } of everyPage(api, plan.request, signal)) {
      // Each key once; a repeat of an earlier page's key is left out before the order check, which
      // it would fail (it sorts before the last row read) without the sort being at fault.
      const fresh = page.api_keys.filter((key) => !seen.has(key.id) && seen.add(key.id))
      const blamed = findViolations(fresh, query, plan, rows.at(-1))
      if (blamed.length > 0) {
        for (const capability of blamed) store.learn(baseUrl, capability, 'ignored')
        throw new PlanRefuted(blamed)
      }
      rows.push(...fresh)
      withoutId += page.rows_without_id
      total = page.total_count
      onProgress({ read: rows.length, expected: Math.max(page.total_count, rows.length) })
    }
  } catch (error) {
    const refused = refusedCapabilities(error, sentParameters(plan))
    if (refused.length === 0) throw error
    for (const capability of refused) store.learn(baseUrl, capability, 'refused')
    throw new PlanRefuted(refused)
  }
  const missing = shortOfCount(total, rows.length, withoutId)
  if (missing) throw keysMissingError(missing)
  return rows
}

/**
 * Every key of the statuses (from the cache when a whole read is there, fresh as the lists count
 * it: under FRESH_FOR_MS old), then the view in the browser. An older copy is read again: an export
 * or a bulk action minutes after the list was read held keys deleted since and missed new ones.
 */
async function fromKeySet(queryClient: QueryClient, api: ApiClient, query: ViewQuery, signal: AbortSignal, onProgress: (p: ReadProgress) => void) {
  const options = keySetOptions(api, query.statuses)
  const state = queryClient.getQueryState(options.queryKey)
  let set = queryClient.getQueryData<KeySet>(options.queryKey)
  const stale = !state || state.isInvalidated || Date.now() - state.dataUpdatedAt >= FRESH_FOR_MS
  if (!set?.complete || stale) {
    const seen = new Set<string>()
    set = EMPTY_SET
    for await (const { page } of everyPage(api, { statuses: query.statuses }, signal)) {
      set = addPage(set, page, seen)
      onProgress({ read: set.api_keys.length, expected: set.total_count })
    }
    set = { ...set, complete: true }
    // The list of these statuses needs no read of its own now.
    queryClient.setQueryData<KeySet>(options.queryKey, set)
  }
  const missing = keysMissing(set)
  if (missing) throw keysMissingError(missing)
  onProgress({ read: set.api_keys.length, expected: set.api_keys.length })
  return answerLocally({ keys: set.api_keys, complete: true, newestFirst: set.newestFirst }, query).rows
}

/**
 * Every key a view matches, in its order, however the server in use answers it: all its server
 * pages (100 at a time, every one checked) when the server honours the view, else the browser's
 * read of every key of its statuses. An answer that breaks the plan re-plans and starts over.
 */
export async function readWholeView(queryClient: QueryClient, context: WholeViewContext, signal: AbortSignal, onProgress: (p: ReadProgress) => void): Promise<readonly ApiKey[]> {
  for (;;) {
    const plan = await settledPlan(queryClient, context)
    if (plan.mode === 'browser') return fromKeySet(queryClient, context.api, context.query, signal, onProgress)
    try {
      return await fromServer(plan, context, signal, onProgress)
    } catch (error) {
      if (!(error instanceof PlanRefuted)) throw error
      onProgress({ read: 0, expected: null })
    }
  }
}
