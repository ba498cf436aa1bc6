import { useEffect, useState } from 'react'

// Radix portals put each open dialog's content straight under <body>.
const OPEN_DIALOGS = 'body > [role="dialog"][data-state="open"], body > [role="alertdialog"][data-state="open"]'

/** The highest top edge (px from the viewport's top) of the open dialogs, or null when none is open. */
export function openDialogTop(): number | null {
  const tops = Array.from(document.querySelectorAll(OPEN_DIALOGS), (el) => el.getBoundingClientRect().top)
  return tops.length === 0 ? null : Math.min(...tops)
}

/**
 * Follows `openDialogTop` as dialogs open, close, grow (a form turning into its secret step) or
 * the window resizes; only <body>'s own children are watched, so the table's repaints cost nothing.
 */
export function useOpenDialogTop(): number | null {
  const [top, setTop] = useState<number | null>(null)
  useEffect(() => {
    const resized = new ResizeObserver(() => setTop(openDialogTop()))
    const follow = () => {
      resized.disconnect()
      document.querySelectorAll(OPEN_DIALOGS).forEach((el) => resized.observe(el))
      setTop(openDialogTop())
    }
    const added = new MutationObserver(follow)
    added.observe(document.body, { childList: true })
    const onResize = () => setTop(openDialogTop())
    window.addEventListener('resize', onResize)
    follow()
    return () => {
      added.disconnect()
      resized.disconnect()
      window.removeEventListener('resize', onResize)
    }
  }, [])
  return top
}
