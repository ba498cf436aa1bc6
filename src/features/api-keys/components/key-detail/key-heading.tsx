import { useLayoutEffect, useRef, useState } from 'react'
import { cn } from '../../../../components/ui/cn'

/**
 * The key page’s heading: its name, on a phone at most three lines until asked for whole. A name of 200
 * characters filled a 320 px phone's first screen with ten lines, the actions below it. Clamped on
 * screen only (a screen reader reads it whole), and only when it is longer: *Show full name* then.
 */
export function KeyHeading({ name, unnamed }: { name: string; unnamed: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [whole, setWhole] = useState(false)
  const [clamped, setClamped] = useState(false)
  useLayoutEffect(() => {
    const element = heading.current
    if (!element || whole || typeof ResizeObserver === 'undefined') return
    const check = () => setClamped(element.scrollHeight > element.clientHeight + 1)
    check()
    const observer = new ResizeObserver(check)
    observer.observe(element)
    return () => observer.disconnect()
  }, [whole])
  return (
    <>
      <h1 ref={heading} id="key-detail-heading" tabIndex={-1} className={cn('text-2xl font-semibold tracking-tight break-words outline-none', !whole && 'phone:line-clamp-3')}>
        <bdi className={unnamed ? 'text-zinc-500 italic' : undefined}>{name}</bdi>
      </h1>
      {(clamped || whole) && (
        <button
          type="button"
          aria-expanded={whole}
          onClick={() => setWhole(!whole)}
          className="-mx-1 inline-flex min-h-6 items-center rounded px-1 text-sm font-medium text-indigo-700 underline hover:no-underline pointer-coarse:min-h-10 dark:text-indigo-300"
        >
          {whole ? 'Show less of the name' : 'Show full name'}
        </button>
      )}
    </>
  )
}
