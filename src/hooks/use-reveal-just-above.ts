import { useLayoutEffect, type RefObject } from 'react'

/**
 * Brings an element that appears just above the screen into sight as it mounts: an alert put in
 * above what the reader is looking at (the browser's scroll anchoring keeps that still, so the alert
 * lands out of sight, as after a page turn by pointer that failed, the table's top in view). One
 * further above (the reader is down at the pager, by keyboard) is left there: going to it would
 * take them from what they are doing. Once: a later failure of the same refresh, while the reader
 * has moved on, does not take them back.
 */
export function useRevealJustAbove(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const reveal = () => {
      const { top, bottom } = element.getBoundingClientRect()
      if (top < 0 && bottom > -window.innerHeight / 4) element.scrollIntoView({ block: 'nearest' })
    }
    // Its content may come a moment later (a part loaded on first use, as a 429's countdown): then, once it has a size.
    if (element.offsetHeight > 0 || typeof ResizeObserver === 'undefined') return reveal()
    const sized = new ResizeObserver(() => {
      if (element.offsetHeight === 0) return
      sized.disconnect()
      reveal()
    })
    sized.observe(element)
    return () => sized.disconnect()
  }, [ref])
}
