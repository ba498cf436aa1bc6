import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { watchHistorySteps, type HistoryStep } from './use-location-search'

/** The key whose row holds the focus in `region` (a row names its key's ID in its ID cell), or null. */
function focusedRowKey(region: HTMLElement | null): string | null {
  const focused = document.activeElement
  if (!region || !(focused instanceof Element) || !region.contains(focused)) return null
  return focused.closest('tbody tr')?.querySelector('code[title]')?.getAttribute('title') ?? null
}

/** Whether two query strings differ in the page alone. */
function pageAlone({ from, to }: HistoryStep): boolean {
  const without = (search: string) => {
    const params = new URLSearchParams(search)
    params.delete('page')
    params.sort()
    return params.toString()
  }
  return from !== to && without(from) === without(to)
}

/** The pager's button named `name`, if it can be pressed. */
function pagerButton(region: HTMLElement, name: string): HTMLElement | null {
  const buttons = region.querySelectorAll<HTMLButtonElement>('nav[aria-label="Pagination"] button')
  return [...buttons].find((button) => button.textContent?.trim() === name && !button.disabled && button.getAttribute('aria-disabled') !== 'true') ?? null
}

/**
 * Rows are reused by place: after Back or Forward brings another view's keys into them, the focus
 * left in a row sat on a key nobody chose, often out of sight (Back from page 2, reached from a
 * key's page, to page 1: page 1's first link, above the screen, the browser having put the page back
 * where it was, at the pager). Once the rows show other keys, the focus goes where the person left
 * that view from: Back to the page before, the pager's Next; Forward, its Previous; any other view,
 * the page's heading. It is kept in sight once the browser has put the scroll back. Checked after
 * each render of the list (a look at the focus, only while a step waits for its rows).
 */
export function useFocusOffReusedRows(region: RefObject<HTMLElement | null>, headingId: string): void {
  // The key focused when the step came, and the step, until the rows have changed.
  const held = useRef<{ key: string; step: HistoryStep } | null>(null)
  useEffect(
    () =>
      watchHistorySteps((step) => {
        const key = focusedRowKey(region.current)
        held.current = key === null ? null : { key, step }
      }),
    [region],
  )
  useLayoutEffect(() => {
    const was = held.current
    const element = region.current
    if (was === null || element === null) return
    const now = focusedRowKey(element)
    // The same key still: the step's rows are not here yet.
    if (now === was.key) return
    held.current = null
    // The focus went elsewhere meanwhile (a click, a Tab): that is where the person is.
    if (now === null) return
    const target = (pageAlone(was.step) ? pagerButton(element, was.step.back ? 'Next' : 'Previous') : null) ?? document.getElementById(headingId)
    if (!target) return
    target.focus()
    requestAnimationFrame(() => {
      const box = target.getBoundingClientRect()
      if (document.activeElement === target && (box.bottom < 0 || box.top > window.innerHeight)) target.scrollIntoView({ block: 'nearest' })
    })
  })
}
