import { useEffect, useRef, useState } from 'react'

/** How often a screen reader hears a count of work under way (a progress bar beside it has the count on demand). */
export const PROGRESS_SAY_EVERY_MS = 5000

/**
 * Text for a live region that follows `text` at most once every `everyMs` (the latest text always
 * arrives in the end): a count that changes with each key done would be a stream of announcements
 * no one can follow. A new `phase` (cancelling, waiting out a rate limit) is said at once.
 */
export function useCalmText(text: string, phase: string, everyMs: number): string {
  const [said, setSaid] = useState({ text, phase })
  const lastSaid = useRef<number | null>(null)
  useEffect(() => {
    lastSaid.current ??= Date.now()
    if (text === said.text && phase === said.phase) return
    const say = () => {
      lastSaid.current = Date.now()
      setSaid({ text, phase })
    }
    const wait = phase === said.phase ? lastSaid.current + everyMs - Date.now() : 0
    if (wait <= 0) return say()
    const timer = setTimeout(say, wait)
    return () => clearTimeout(timer)
  }, [text, phase, said, everyMs])
  return said.text
}
