import { useEffect, useState } from 'react'
import type { FailureWait } from '../api/failure-wait'
import { formatWait } from '../api/wait-text'
import { useNow } from './use-now'

/** Whether a wait the server asked for (a 429's Retry-After) still runs: false once it is over, or with none. */
export function useStillWaiting(wait: FailureWait | null | undefined): boolean {
  const [over, setOver] = useState<FailureWait | null>(null)
  useEffect(() => {
    if (!wait) return
    const timer = window.setTimeout(() => setOver(wait), Math.max(0, wait.until - Date.now()))
    return () => window.clearTimeout(timer)
  }, [wait])
  return wait !== null && wait !== undefined && over !== wait
}

/**
 * "in 5 s", what is left of a wait, four ticks a second as a failure's own count (failure-message.tsx):
 * two counts of one wait never differ by a second. Keyed by the wait's end where it is used, so its
 * clock starts with the wait.
 */
export function WaitLeftShort({ until }: { until: number }) {
  const left = until - useNow(250)
  return <>{left > 0 ? ` in ${formatWait(left)}` : ''}</>
}
