import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { autoRetryWaitMs } from '../../../api/rate-limit'
import { ownedByQueryClient } from '../api/owned-by-query-client'

// Per app (owned by its query client, as capability-store.ts is), then by the error itself, so a
// remount (a page change, say) does not restart the wait.
const deadlinesOf = ownedByQueryClient(() => new WeakMap<object, number>())

function deadlineOf(deadlines: WeakMap<object, number>, error: unknown, now: number): number | null {
  const wait = autoRetryWaitMs(error)
  if (wait === null || typeof error !== 'object' || error === null) return null
  const known = deadlines.get(error)
  if (known !== undefined) return known
  deadlines.set(error, now + wait)
  return now + wait
}

/**
 * After a 429: the whole seconds left before reading again (null for other errors), and the
 * read again once they run out; a new 429 starts a new wait.
 */
export function useRetryCountdown(error: unknown, retry: () => void): { secondsLeft: number | null; waitSeconds: number | null; retryNow: () => void } {
  const [now, setNow] = useState(() => Date.now())
  const deadline = deadlineOf(deadlinesOf(useQueryClient()), error, now)
  const retryRef = useRef(retry)
  const retried = useRef<unknown>(null)

  useEffect(() => {
    retryRef.current = retry
  }, [retry])

  useEffect(() => {
    if (deadline === null) return
    const tick = () => {
      const current = Date.now()
      setNow(current)
      if (current >= deadline && retried.current !== error) {
        retried.current = error
        retryRef.current()
      }
    }
    tick()
    // Four ticks a second keep the shown seconds within a quarter second of the truth.
    const timer = window.setInterval(tick, 250)
    return () => window.clearInterval(timer)
  }, [deadline, error])

  // Once read again by hand, the countdown's end must not read a second time.
  const retryNow = () => {
    retried.current = error
    retry()
  }
  if (deadline === null) return { secondsLeft: null, waitSeconds: null, retryNow }
  const wait = autoRetryWaitMs(error) ?? 0
  return { secondsLeft: Math.max(0, Math.ceil((deadline - now) / 1000)), waitSeconds: Math.ceil(wait / 1000), retryNow }
}
