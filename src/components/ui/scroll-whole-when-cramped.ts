import { useCallback } from 'react'

// Marks a dialog's box `data-scroll-whole` (index.css: the box scrolls as a whole, its buttons pinned to its foot).

/**
 * A title and description taller than the screen leaves (a confirmation naming a key of 187
 * characters twice, on a 320 × 568 phone) squeezed the body to nothing and pushed the buttons below
 * the box, out of reach: the box then scrolls as a whole, as on a short screen, until all of it fits.
 */
export function useScrollWholeWhenCramped() {
  return useCallback((box: HTMLElement | null) => {
    if (!box || typeof ResizeObserver === 'undefined') return
    const cramped = () => {
      const body = box.querySelector<HTMLElement>('[data-dialog-body]')
      return box.scrollHeight > box.clientHeight + 1 || (body !== null && body.clientHeight < Math.min(96, body.scrollHeight))
    }
    // What has the focus in the box stays in sight when the box starts to scroll as a whole: a phone's
    // keyboard rising under a field being typed in shrinks the screen, and the box, scrolled to its
    // top, left the field (and what was typed) out of sight.
    // Only when out of sight: Cancel in the buttons pinned to the box's foot is always in sight, and
    // brought "into view" it scrolled a confirmation (a 200-character name, 320 × 568) past its own title.
    const keepFocusInSight = () => {
      const focused = document.activeElement
      if (!(focused instanceof HTMLElement) || focused === box || !box.contains(focused)) return
      const shown = focused.getBoundingClientRect()
      const room = box.getBoundingClientRect()
      if (shown.top < room.top || shown.bottom > room.bottom) focused.scrollIntoView({ block: 'nearest' })
    }
    // Once scrolling as a whole, the box keeps doing so while its content changes, until all of it fits.
    const check = () => {
      if (box.hasAttribute('data-scroll-whole')) {
        if (box.scrollHeight <= box.clientHeight) box.removeAttribute('data-scroll-whole')
        return
      }
      if (!cramped()) return
      box.setAttribute('data-scroll-whole', '')
      keepFocusInSight()
    }
    // A new screen decides afresh: a phone turned on its side and back kept the box scrolling as a
    // whole upright, its title and × scrolled away, where a dialog opened upright pins them. Kept, the
    // box keeps its place (taking the attribute off and on again, unpainted, would reset it).
    const screenChanged = () => {
      if (box.hasAttribute('data-scroll-whole')) {
        const top = box.scrollTop
        box.removeAttribute('data-scroll-whole')
        if (cramped()) {
          box.setAttribute('data-scroll-whole', '')
          box.scrollTop = top
        }
      } else check()
      // A short screen (≤ 480 px) scrolls the box as a whole by its own rule (index.css), the body's
      // scroll place lost: the focus is brought back into sight whichever way the box now scrolls.
      keepFocusInSight()
    }
    const observer = new ResizeObserver(check)
    observer.observe(box)
    for (const part of box.children) observer.observe(part)
    window.addEventListener('resize', screenChanged)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', screenChanged)
    }
  }, [])
}
