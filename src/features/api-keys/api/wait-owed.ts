import type { QueryState } from '@tanstack/react-query'
import { autoRetryWaitMs } from '../../../api/rate-limit'

/**
 * A query's last read failed with a wait the server asked for (a 429, or Retry-After) that has not run
 * out: read ahead (a search's keys, the next page), it must not be asked again at once by the view
 * that comes to show it. That view holds it (not enabled) and shows the wait counted down, whose end
 * reads it again.
 */
export function waitOwed(state: QueryState | undefined): boolean {
  if (state?.status !== 'error') return false
  const wait = autoRetryWaitMs(state.error)
  return wait !== null && Date.now() < state.errorUpdatedAt + wait
}
