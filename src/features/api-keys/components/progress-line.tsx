import { useEffect, useRef } from 'react'
import { Icon } from '../../../components/ui/icon'
import { Button } from '../../../components/ui/button'
import { PROGRESS_SAY_EVERY_MS, useCalmText } from '../../../hooks/use-calm-text'

export interface ProgressLineProps {
  /** The progress bar's name: "Keys read". */
  label: string
  /** The count in words, as it moves: "Reading keys… 120 of 320". */
  text: string
  /** Said at once when it changes (the total known, cancelling, waiting out a rate limit); the count in between, calmly. */
  phase: string
  value: number
  max: number
  onCancel?: () => void
  /**
   * Takes the focus as it shows when the focus has none (the button that started the work went
   * with the panel it was in: a bulk run's Undo or Retry failed), so a keyboard user stays with it.
   */
  holdsFocus?: boolean
}

/** Work under way, in one line: a spinner, the count, a bar, and Cancel. */
export function ProgressLine({ label, text, phase, value, max, onCancel, holdsFocus = false }: ProgressLineProps) {
  const said = useCalmText(text, phase, PROGRESS_SAY_EVERY_MS)
  const bar = useRef<HTMLProgressElement>(null)
  useEffect(() => {
    const active = document.activeElement
    if (holdsFocus && (active === null || active === document.body)) bar.current?.focus({ preventScroll: true })
  }, [holdsFocus])
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <Icon name="loader-circle" className="size-4 shrink-0 animate-spin motion-reduce:animate-none" />
      {/* The count as it moves, for the eye; a screen reader hears the status beside it, not every key. */}
      <p aria-hidden className="tabular-nums">
        {text}
      </p>
      <p role="status" className="sr-only">
        {said}
      </p>
      <progress ref={bar} tabIndex={holdsFocus ? -1 : undefined} value={value} max={Math.max(max, 1)} aria-label={label} className="h-1.5 min-w-24 flex-1 accent-indigo-600 dark:accent-indigo-400" />
      {onCancel && (
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </div>
  )
}
