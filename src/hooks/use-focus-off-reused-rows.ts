import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { watchHistorySteps, type HistoryStep } from './use-location-search'

/** The key whose row holds the focus in `region` (a row names its key's ID in its ID cell), or null. */
function focusedRowKey(region: HTMLElement | null): string | null {
  const focused = document.activeElement
  return region && focused instanceof Element && region.contains(focused) ? (focused.closest('tbody tr')?.querySelector('code[title]')?.getAttribute('title') ?? null) : null
}

const pageOf = (search: string) => /[?&]page=(\d+)/.exec(search)?.[1]

/**
 * Rows are reused by place: after Back or Forward brings another view's keys into them, the focus
 * left in a row sat on a key nobody chose, often out of sight (Back from page 2, reached from a
 * key's page, to page 1: page 1's first link, above the screen, the browser having put the page back
 * where it was, at the pager). Once the rows show other keys, the focus goes where that view was
 * left from: Back to the page before, the pager's Next; Forward, its Previous; another view, the
 * page's heading; kept in sight once the browser has put the scroll back. Checked after each render
 * of the list (a look at the focus, only while a step waits for its rows).
 */
export function useFocusOffReusedRows(region: RefObject<HTMLElement | null>, headingId: string): void {
  // The key focused when the step came, and the step, until the rows have changed.
  const held = useRef<{ key: string; step: HistoryStep } | null>(null)
  useEffect(() => watchHistorySteps((step) => void (held.current = ((key) => (key ? { key, step } : null))(focusedRowKey(region.current)))), [region])
  useLayoutEffect(() => {
    const was = held.current
    const now = focusedRowKey(region.current)
    // Nothing waits, or the same key still: the step's rows are not here yet.
    if (!was || now === was.key) return
    held.current = null
    // The focus went elsewhere meanwhile (a click, a Tab): that is where the person is.
    if (!now) return
    const name = was.step.back ? 'Next' : 'Previous'
    const pager = pageOf(was.step.from) === pageOf(was.step.to) ? undefined : [...(region.current?.querySelectorAll<HTMLButtonElement>('nav[aria-label="Pagination"] button') ?? [])].find((button) => button.textContent?.trim() === name && !button.disabled)
    const target = pager ?? document.getElementById(headingId)
    target?.focus()
    requestAnimationFrame(() => target?.scrollIntoView({ block: 'nearest' }))
  })
}
