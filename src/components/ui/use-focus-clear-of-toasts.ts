import { useEffect, type RefObject } from 'react'

/**
 * The focused control, when the toasts' stack lies over it, is scrolled clear: the page keeps the
 * stack's height of room at its foot (index.css's scroll-padding), which Tab respects but a focus
 * the app moves does not (back on the list after a key was deleted on its page, the row now in its
 * place sat under "3 more notifications"), nor does a toast arriving over the focus.
 */
function revealIfCovered(stack: HTMLElement): void {
  const focused = document.activeElement
  if (!(focused instanceof HTMLElement) || focused === document.body || focused.id === 'main' || stack.contains(focused)) return
  // Over an open dialog the toasts stack above its top edge, or wait unseen: never over its controls.
  if (focused.closest('[role="dialog"], [role="alertdialog"]') || getComputedStyle(stack).visibility === 'hidden') return
  const over = stack.getBoundingClientRect()
  const box = focused.getBoundingClientRect()
  if (over.height === 0 || box.height === 0) return
  const covered = box.bottom > over.top && box.top < over.bottom && box.right > over.left && box.left < over.right
  if (covered) focused.scrollIntoView({ block: 'nearest' })
}

/** Keeps the focus clear of the toasts' stack (`stack`) while it shows and as its `height` changes. */
export function useFocusClearOfToasts(stack: RefObject<HTMLElement | null>, shown: boolean, height: number): void {
  // A toast arrived (or the stack opened) over the focused control.
  useEffect(() => {
    if (shown && height > 0 && stack.current) revealIfCovered(stack.current)
  }, [stack, shown, height])
  // The focus moved under the stack: by the app, or by a tap on a control's uncovered part.
  useEffect(() => {
    if (!shown) return
    let frame = 0
    const onFocusIn = () => {
      cancelAnimationFrame(frame)
      // A frame later: the page coming back (Back) may still be scrolling to where it was left.
      frame = requestAnimationFrame(() => {
        if (stack.current) revealIfCovered(stack.current)
      })
    }
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('focusin', onFocusIn)
      cancelAnimationFrame(frame)
    }
  }, [stack, shown])
}
