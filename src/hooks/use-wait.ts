import { useEffect, useState } from 'react'
import type { FailureWait } from '../api/failure-wait'
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
 * What is left of a wait ending at `until` (ms; 0 or less once over). Every count of a wait ticks four
 * times a second: the shown seconds stay within a quarter second of the truth, and two counts of one
 * wait (a failure's and its Undo's, or its button's) never differ by a second.
 */
export function useTimeLeft(until: number): number {
  return until - useNow(250)
}
