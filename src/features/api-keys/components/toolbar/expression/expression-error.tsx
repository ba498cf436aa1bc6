import { useLayoutEffect, useRef } from 'react'
import type { ExpressionReading } from '../../../model/expression-reading'

type Invalid = Extract<ExpressionReading, { kind: 'invalid' }>

/** The parser's message, and the expression with the place it points at underlined. */
export function ExpressionError({ id, text, error }: { id: string; text: string; error: Invalid }) {
  const at = Math.min(error.position, text.length)
  // The bad token runs to the next space; at the end of the text a marked blank stands for what is missing.
  const end = at < text.length ? at + Math.max(1, /^\S*/.exec(text.slice(at))?.[0].length ?? 1) : at
  const line = useRef<HTMLParagraphElement>(null)
  const mark = useRef<HTMLElement>(null)
  // A line longer than the box scrolls so the marked place is in sight (a phone has no scrollbar to find it
  // with). After every render: the text and the place move with each keystroke.
  useLayoutEffect(() => {
    const box = line.current
    const place = mark.current
    if (!box || !place || box.scrollWidth <= box.clientWidth) return
    box.scrollLeft = place.offsetLeft + place.offsetWidth / 2 - box.clientWidth / 2
  })
  return (
    <div className="min-w-0 space-y-1">
      <p ref={line} aria-hidden data-testid="expression-error-place" className="relative overflow-x-auto font-mono text-xs whitespace-pre text-zinc-700 dark:text-zinc-300">
        <bdi>{text.slice(0, at)}</bdi>
        <mark ref={mark} className="rounded-sm bg-red-100 text-red-900 underline decoration-red-600 decoration-wavy underline-offset-2 dark:bg-red-950 dark:text-red-100 dark:decoration-red-400">
          {end > at ? text.slice(at, end) : '\u00a0'}
        </mark>
        <bdi>{text.slice(end)}</bdi>
      </p>
      <p id={id} className="text-xs break-words text-red-700 dark:text-red-300">
        {error.message}
      </p>
    </div>
  )
}
