import { useCallback, useState } from 'react'

/**
 * Whether an element's content overflows it vertically (it scrolls), kept current as it resizes
 * and as its content changes. Returns a callback ref, so an element mounted later (a dialog's) counts.
 */
export function useScrolls<E extends HTMLElement>() {
  const [scrolls, setScrolls] = useState(false)
  const ref = useCallback((element: E | null) => {
    if (!element) return
    const measure = () => setScrolls(element.scrollHeight > element.clientHeight)
    measure()
    const resized = new ResizeObserver(measure)
    resized.observe(element)
    const changed = new MutationObserver(measure)
    changed.observe(element, { childList: true, subtree: true, characterData: true })
    return () => {
      resized.disconnect()
      changed.disconnect()
    }
  }, [])
  return [ref, scrolls] as const
}
