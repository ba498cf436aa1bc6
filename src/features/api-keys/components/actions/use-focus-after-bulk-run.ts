import { useEffect, useLayoutEffect, useRef, type FocusEvent } from 'react'
import type { ActionOutcome } from './use-run-key-action'

/**
 * Where focus goes when a bulk run ends with it in the bar (its button, back from the confirmation):
 * a run with trouble shows its outcome, which takes focus so it is in view (on a phone the bar is
 * pinned to the foot of the screen, far from it); a clean run clears the selection, and the bar with
 * it, so focus goes to `fallback()` rather than falling to <body>. A run over every matching key
 * (`allMatching` while the bar showed) tells its result in its own panel, which takes focus itself.
 */
export function useFocusAfterBulkRun(shown: boolean, allMatching: boolean, outcome: ActionOutcome | null, fallback: () => HTMLElement | null) {
  // Focus is in the bar: set as it comes in, unset only when it goes elsewhere (a removed button says nothing).
  const inside = useRef(false)
  const outcomeRef = useRef<HTMLDivElement>(null)
  const latestFallback = useRef(fallback)
  // Whether the bar, the last time it showed, held every matching key.
  const wasAllMatching = useRef(allMatching)
  useLayoutEffect(() => {
    latestFallback.current = fallback
    if (shown) wasAllMatching.current = allMatching
  })
  useEffect(() => {
    if (!inside.current || wasAllMatching.current) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (outcome) outcomeRef.current?.focus()
    else if (!shown && lost) latestFallback.current()?.focus()
    else return
    inside.current = false
  }, [shown, outcome])
  return {
    outcomeRef,
    track: {
      onFocus: () => {
        inside.current = true
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        inside.current = event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)
      },
    },
  }
}
