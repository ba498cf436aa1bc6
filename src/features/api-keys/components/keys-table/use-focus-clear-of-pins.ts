import { useEffect, useRef } from 'react'

const PINNED = '[data-column="select"], [data-column="name"], [data-column="actions"]'
/** Room left between a focused control and a pinned column, so its focus ring shows whole. */
const MARGIN = 8

/**
 * Where the table scrolls sideways under pinned columns (641–1279 px, keys-table-columns.css), the
 * browser scrolls a focused control into the frame but not clear of the columns pinned over it: Tab
 * to a row's Copy ID once the table had scrolled right left it, and its focus ring, under the name.
 * This moves the frame on until the control is clear of both pinned sides.
 */
export function useFocusClearOfPins<E extends HTMLElement>() {
  const frame = useRef<E>(null)
  useEffect(() => {
    const scroller = frame.current
    if (!scroller) return
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof HTMLElement) || scroller.scrollWidth <= scroller.clientWidth) return
      const cell = target.closest('td, th')
      if (!cell || cell.matches(PINNED)) return
      const row = cell.parentElement
      const left = pinnedEdge(row?.querySelector('[data-column="name"]'), 'right')
      const right = pinnedEdge(row?.querySelector('[data-column="actions"]'), 'left')
      const box = target.getBoundingClientRect()
      if (left !== null && box.left < left + MARGIN) scroller.scrollLeft -= left + MARGIN - box.left
      else if (right !== null && box.right > right - MARGIN) scroller.scrollLeft += box.right - (right - MARGIN)
    }
    scroller.addEventListener('focusin', onFocusIn)
    return () => scroller.removeEventListener('focusin', onFocusIn)
  }, [])
  return frame
}

/** A pinned cell's inner edge on screen, or null where the cell is not pinned (or not there). */
function pinnedEdge(cell: Element | null | undefined, side: 'left' | 'right'): number | null {
  if (!cell || getComputedStyle(cell).position !== 'sticky') return null
  return cell.getBoundingClientRect()[side]
}
