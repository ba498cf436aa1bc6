import { useEffect, useState } from 'react'

/**
 * True once `flag` has stayed true for `delayMs`: a quick answer never flashes a loading look,
 * and nothing on screen changes while it is being fetched.
 */
export function useDelayedFlag(flag: boolean, delayMs = 150): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = window.setTimeout(() => setShown(true), delayMs)
    return () => {
      window.clearTimeout(timer)
      setShown(false)
    }
  }, [flag, delayMs])
  return flag && shown
}
