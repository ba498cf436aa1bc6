import { MutationCache, QueryClient, notifyManager } from '@tanstack/react-query'
import { isApiError } from '../api/api-error'
import { noteAllowedScope, noteDeniedScope } from '../api/denied-scopes'
import { asksToWait, MAX_AUTO_WAIT_MS } from '../api/rate-limit'
import { FRESH_FOR_MS } from '../api/fresh-for'

const MAX_RETRIES = 3

/**
 * Queries retry what may pass on a second try (network, timeouts, 5xx); never a client error.
 * Nor what says how long to wait (429, Retry-After): the page counts that down, with Retry now.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  if (!isApiError(error) || asksToWait(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true
  return error.status !== null && error.status >= 500
}

/** Waits as long as Retry-After says (at most a minute), else backs off exponentially with jitter. */
export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, MAX_AUTO_WAIT_MS)
  const base = Math.min(1000 * 2 ** attempt, 15_000)
  return base / 2 + Math.random() * (base / 2)
}

// Results reach components in a microtask rather than a timer task (≥ 4 ms once nested): a
// filter or page change repaints that much sooner.
notifyManager.setScheduler(queueMicrotask)

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A 403 on a write is remembered, so the write actions can say which scope they need, until a
    // write needing that scope goes through.
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => noteDeniedScope(client, error, mutation.meta),
      onSuccess: (_data, _variables, _result, mutation) => noteAllowedScope(client, mutation.meta),
    }),
    defaultOptions: {
      queries: { retry: shouldRetryQuery, retryDelay, staleTime: FRESH_FOR_MS, refetchOnWindowFocus: true },
      // Writes are never retried on their own: a create that timed out may have succeeded.
      mutations: { retry: false },
    },
  })
  return client
}

/** The demo's API lives in the page and works offline (`always`); a real one waits for the network. */
export function setNetworkMode(queryClient: QueryClient, demo: boolean): void {
  const networkMode = demo ? 'always' : 'online'
  const defaults = queryClient.getDefaultOptions()
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, networkMode },
    mutations: { ...defaults.mutations, networkMode },
  })
}
