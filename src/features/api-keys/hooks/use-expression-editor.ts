import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { readExpression } from '../model/expression-reading'
import { acceptCompletion, completeFilter, type Completion, type CompletionOption } from '../model/filter-completion'

const DEBOUNCE_MS = 400

/** What the URL gets for the text: without the space a picked suggestion leaves to type on; null when it does not parse. */
function toApply(text: string): string | null {
  const read = readExpression(text)
  if (read.kind === 'invalid') return null
  return read.kind === 'none' ? '' : text.trim()
}

/**
 * Used once the parser has loaded (AdvancedFilter waits for it). The Advanced field's text, checked as typed: a valid expression is applied after a pause (or at
 * once), an invalid one never; the URL's expression (`applied`) wins when it changes under us.
 * `draft`: the text left in the field when it last closed, over this same `applied`. `onLeave`: the
 * text as the field closes, and the URL's expression it leaves (a valid text still waiting out its
 * pause is applied then, not lost).
 */
export function useExpressionEditor(applied: string, onApply: (expression: string) => void, draft?: string, onLeave?: (text: string, applied: string) => void) {
  const [text, setText] = useState(draft ?? applied)
  const [seen, setSeen] = useState(applied)
  const [caret, setCaret] = useState(applied.length)
  const [listOpen, setListOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Today's date for the timestamp template: fixed while the field is open, which is fine.
  const [now] = useState(() => new Date())
  const timer = useRef<number | undefined>(undefined)
  // While an edit waits out its pause: the URL's expression it was made over (null: none waits).
  const pendingFrom = useRef<string | null>(null)
  const latest = useRef({ onApply, applied, text, onLeave })
  useLayoutEffect(() => {
    latest.current = { onApply, applied, text, onLeave }
  })

  // Reset filters, Back and Forward change the URL: the field follows (its own applying changes
  // nothing: it applies its text without the spaces round it, which stay in the field to type on).
  if (applied !== seen) {
    setSeen(applied)
    if (applied !== text.trim()) {
      setText(applied)
      setListOpen(false)
    }
  }

  const reading = readExpression(text)
  const completion: Completion = listOpen ? completeFilter(text, caret, now) : { from: caret, to: caret, options: [] }
  const options = completion.options
  const shown = listOpen && options.length > 0

  const applyNow = (next: string) => {
    window.clearTimeout(timer.current)
    pendingFrom.current = null
    const expression = toApply(next)
    if (expression !== null && expression !== latest.current.applied) latest.current.onApply(expression)
  }

  // Closing the field (Advanced toggled off) ends the pause: a valid edit is applied (unless the URL
  // moved meanwhile, as the pause's own end checks), and the text is kept for the next opening.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current)
      const { text: left, onLeave: leave, applied: inUrl, onApply: apply } = latest.current
      const expression = pendingFrom.current === inUrl ? toApply(left) : null
      if (expression !== null && expression !== inUrl) apply(expression)
      leave?.(left, expression ?? inUrl)
    },
    [],
  )

  const edit = (next: string, nextCaret: number, open = true) => {
    setText(next)
    setCaret(nextCaret)
    setListOpen(open)
    setActive(-1)
    window.clearTimeout(timer.current)
    const from = latest.current.applied
    pendingFrom.current = from
    timer.current = window.setTimeout(() => {
      // The URL moved meanwhile (Reset filters, Back): applying now would undo that.
      pendingFrom.current = null
      if (latest.current.applied === from) applyNow(next)
    }, DEBOUNCE_MS)
  }

  const accept = (option: CompletionOption) => {
    const next = acceptCompletion(text, completion, option)
    edit(next.text, next.caret)
    return next
  }

  return {
    text,
    reading,
    options: shown ? options : [],
    active: shown ? active : -1,
    edit,
    accept,
    /** Applies the text at once (Enter, a picked example) when it is valid. */
    applyNow: () => applyNow(text),
    clear: () => {
      setText('')
      setCaret(0)
      setListOpen(false)
      applyNow('')
    },
    moveCaret: (at: number) => setCaret(at),
    openList: () => setListOpen(true),
    closeList: () => {
      setListOpen(false)
      setActive(-1)
    },
    move: (step: 1 | -1) => {
      if (!shown) {
        setListOpen(true)
        return
      }
      setActive((current) => (current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length))
    },
  }
}
