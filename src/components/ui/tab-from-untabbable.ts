const TABBABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])'

/**
 * Tab and Shift+Tab from an element the page focused itself, outside the Tab order (a failure's
 * alert, `tabindex=-1`), when nothing can take the focus that way inside the box: to the box's
 * other end, as from its first or last control. Left alone, the browser went outside the box, and
 * the focus trap sent it straight back: Shift+Tab stayed on a Create dialog's failure. Returns the
 * listener's removal.
 */
export function tabFromUntabbable(box: HTMLElement | null): (() => void) | undefined {
  if (!box) return
  const onKeyDown = (event: KeyboardEvent) => {
    const from = document.activeElement
    if (event.key !== 'Tab' || !(from instanceof HTMLElement) || from.tabIndex >= 0 || !box.contains(from)) return
    const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.checkVisibility?.() !== false)
    const before = stops.filter((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
    const after = stops.filter((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
    const target = event.shiftKey ? (before.length === 0 ? stops.at(-1) : null) : after.length === 0 ? stops[0] : null
    if (!target) return
    event.preventDefault()
    target.focus()
  }
  box.addEventListener('keydown', onKeyDown)
  return () => box.removeEventListener('keydown', onKeyDown)
}
