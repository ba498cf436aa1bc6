import { useEffect, useLayoutEffect, useRef } from 'react'
import { OPENER_GONE } from '../lib/opener-gone'

// Nothing holds the focus: <body>, or the main region, where the page's own fallbacks leave it (usePageFocus, a bulk run's end).
const resting = (element: Element | null) => element === null || element === document.body || element.id === 'main'
const focusLost = () => resting(document.activeElement)

/**
 * When the table itself goes with the focus in it (its last rows deleted, so a no-match or empty
 * panel, or the page before, takes its place), focus would fall to <body> and a keyboard user would
 * start again from the top. It goes instead to what `target` finds in the region, as soon as that
 * shows: a panel loads on first use, a page is read. While rows stay, useFocusSurvivesRowRemoval
 * places it in the row that took the place of the one gone; this waits for the table to be gone,
 * or for a dialog whose row went to close with no row to give the focus back to. A panel that had
 * the focus in the table's place (no match) gives it to the rows that take its place back (an Undo).
 */
export function useFocusOutlivesTable<T extends HTMLElement>(target: (region: T) => HTMLElement | null) {
  const region = useRef<T>(null)
  const latestTarget = useRef(target)
  useLayoutEffect(() => {
    latestTarget.current = target
  })
  useEffect(() => {
    const element = region.current
    if (!element) return
    // The focus is in the region: set as it comes in, unset when it goes elsewhere (a removed element says nothing).
    let inside = false
    // The focus fell with the table, and waits for something to take it.
    let wanted = false
    // The focus is on a panel in the table's place (no match, empty): when the rows come back (an Undo), it goes with the panel.
    let onPanel = false
    const tableGone = () => element.querySelector('tbody tr') === null
    const place = () => {
      if (!wanted || !focusLost()) return
      const found = latestTarget.current(element)
      if (!found) return
      wanted = false
      found.focus()
    }
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element && resting(event.target)) return
      inside = event.target instanceof Node && element.contains(event.target)
      onPanel = inside && event.target instanceof Element && event.target.closest('[data-list-state]') !== null
      wanted = false
    }
    const observer = new MutationObserver(() => {
      if (inside && focusLost() && (tableGone() || onPanel)) {
        inside = false
        onPanel = false
        wanted = true
      }
      place()
    })
    // A dialog opened from a row (a delete waiting for the server) held the focus while the row went;
    // after the rows' own placing. The table may still be there, another page's: the last row of the
    // last page went, and the page before took its place while the dialog was open.
    const onOpenerGone = () =>
      queueMicrotask(() => {
        if (!focusLost()) return
        wanted = true
        place()
      })
    // A press anywhere is the person choosing where to be: nothing is placed for them after it.
    const onPointerDown = () => {
      wanted = false
    }
    observer.observe(element, { childList: true, subtree: true })
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener(OPENER_GONE, onOpenerGone)
    return () => {
      observer.disconnect()
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener(OPENER_GONE, onOpenerGone)
    }
  }, [])
  return region
}
