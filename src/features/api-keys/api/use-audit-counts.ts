import { hashKey, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { KEY_STATUSES } from '../../../api/enums'
import type { KeysMissing } from '../model/answer-faults'
import type { Figure } from '../model/audit-figures'
import { planList, type ServerPlan } from '../model/list-plan'
import { viewPredicate, type ViewQuery } from '../model/view-query'
import { useServerCapabilities } from './capability-store'
import { countOptions } from './count-view'
import { keysMissing, keySetOptions } from './key-set'
import { isProbed, probeOptions } from './probe-capability'
import { PlanRefuted } from './server-page'

export interface AuditCounts {
  /** Each figure's count by id; missing while it is on its way. */
  readonly counts: ReadonlyMap<string, number>
  /** `server`: one request of one key per count; `browser`: every key read once, every figure from it. */
  readonly mode: 'server' | 'browser'
  readonly reading: { readonly read: number; readonly expected: number; readonly cancel: () => void } | null
  readonly stopped: { readonly resume: () => void } | null
  readonly error: unknown
  readonly retry: () => void
  /** The browser's read came short of the server's count: the figures may be low. */
  readonly missing: KeysMissing | null
  /** The server's count moved during the browser's read: keys changed meanwhile, and the figures may be off either way. */
  readonly changed: boolean
}

const requestKey = (plan: ServerPlan) => hashKey([plan.request])

interface ServerTerm {
  readonly query: ViewQuery
  readonly sign: 1 | -1
  readonly plan: ServerPlan
}

/**
 * The audit's figures, as cheaply as the server allows: when it honours every filter they need,
 * each count is one request of one key (probed first, checked like any answer); otherwise every
 * key is read once and each figure is counted here.
 */
export function useAuditCounts(figures: readonly Figure[]): AuditCounts {
  const queryClient = useQueryClient()
  const { api, baseUrl, capabilities, store } = useServerCapabilities()
  // Each figure's terms with their plans, or null when some term needs the browser.
  const planned = useMemo(() => {
    const all = figures.map((figure) => ({ figure, terms: figure.terms.map((term) => ({ ...term, plan: planList(term.query, capabilities) })) }))
    const terms = all.flatMap((entry) => entry.terms)
    return terms.every((term) => term.plan.mode === 'server') ? (all as { figure: Figure; terms: ServerTerm[] }[]) : null
  }, [figures, capabilities])
  const terms = useMemo(() => planned?.flatMap((entry) => entry.terms) ?? [], [planned])

  const unproven = [...new Set(terms.flatMap((term) => term.plan.unproven))].filter(isProbed)
  const probes = useQueries({ queries: unproven.map((capability) => probeOptions(api, store, baseUrl, capability)) })
  // Asked at once, beside the probes: a count is shown only once they have proven what it relies on
  // (if one says a parameter is ignored, the figures are planned again and these are not used).
  const requests = useMemo(() => [...new Map(terms.map((term) => [requestKey(term.plan), term])).values()], [terms])
  const proven = unproven.length === 0
  const answers = useQueries({ queries: requests.map(({ plan, query }) => countOptions({ api, plan, query, baseUrl, store })) })

  const [stopped, setStopped] = useState(false)
  const allKeys = keySetOptions(api, KEY_STATUSES)
  const set = useQuery({ ...allKeys, enabled: planned === null && !stopped })

  const counted = useMemo(() => new Map(requests.map((term, i) => [requestKey(term.plan), answers[i]?.data])), [requests, answers])
  const counts = useMemo(() => {
    const result = new Map<string, number>()
    if (planned === null) {
      const keys = set.data?.complete ? set.data.api_keys : null
      for (const figure of keys ? figures : []) result.set(figure.id, keys?.filter(viewPredicate(figure.query)).length ?? 0)
      return result
    }
    for (const { figure, terms: parts } of proven ? planned : []) {
      const values = parts.map((term) => counted.get(requestKey(term.plan)))
      if (values.every((value) => value !== undefined)) result.set(figure.id, values.reduce((sum, value, i) => sum + (parts[i]?.sign ?? 1) * value, 0))
    }
    return result
  }, [figures, planned, proven, set.data, counted])

  // A count that broke its plan is replaced by the next plan at once: it is nothing to show.
  const failures = [...probes, ...answers].map((result) => result.error).filter((error) => error !== null && !(error instanceof PlanRefuted))
  const error = planned === null ? set.error : (failures[0] ?? null)
  const read = set.data?.api_keys.length ?? 0
  return {
    counts,
    mode: planned === null ? 'browser' : 'server',
    reading:
      planned === null && set.isFetching && !set.data?.complete
        ? {
            read,
            expected: Math.max(set.data?.total_count ?? 0, read),
            cancel: () => {
              setStopped(true)
              void queryClient.cancelQueries({ queryKey: allKeys.queryKey, exact: true }).then(() => queryClient.removeQueries({ queryKey: allKeys.queryKey, exact: true }))
            },
          }
        : null,
    stopped: planned === null && stopped ? { resume: () => setStopped(false) } : null,
    error,
    missing: planned === null && set.data ? keysMissing(set.data) : null,
    changed: planned === null && set.data?.complete === true && set.data.countMoved,
    retry: () => {
      if (planned === null) void set.refetch()
      for (const result of [...probes, ...answers]) if (result.error) void result.refetch()
    },
  }
}
