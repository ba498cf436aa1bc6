import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { readExpression } from '../model/expression-reading'
import { acceptCompletion, completeFilter, type Completion, type CompletionOption } from '../model/filter-completion'

const DEBOUNCE_MS = 400

/**
 * Used once the parser has loaded (AdvancedFilter waits for it). The Advanced field's text, checked as typed: a valid expression is applied after a pause (or at
 * once), an invalid one never; the URL's expression (`applied`) wins when it changes under us.
 */
export function useExpressionEditor(applied: string, onApply: (expression: string) => void) {
  const [text, setText] = useState(applied)
  const [seen, setSeen] = useState(applied)
  const [caret, setCaret] = useState(applied.length)
  const [listOpen, setListOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Today's date for the timestamp template: fixed while the field is open, which is fine.
  const [now] = useState(() => new Date())
  const timer = useRef<number | undefined>(undefined)
  const latest = useRef({ onApply, applied })
  useLayoutEffect(() => {
    latest.current = { onApply, applied }
  })
  useEffect(() => () => window.clearTimeout(timer.current), [])

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
    const read = readExpression(next)
    if (read.kind === 'invalid') return
    // The URL (and the server) get it without the space a picked suggestion leaves to type on.
    const expression = read.kind === 'none' ? '' : next.trim()
    if (expression !== latest.current.applied) latest.current.onApply(expression)
  }

  const edit = (next: string, nextCaret: number, open = true) => {
    setText(next)
    setCaret(nextCaret)
    setListOpen(open)
    setActive(-1)
    window.clearTimeout(timer.current)
    const from = latest.current.applied
    timer.current = window.setTimeout(() => {
      // The URL moved meanwhile (Reset filters, Back): applying now would undo that.
      if (latest.current.applied === from) applyNow(next)
    }, DEBOUNCE_MS)
  }

  const accept = (option: CompletionOption) => {
    const next = acceptCompletion(text, completion, option)
    edit(next.text, next.caret)
    return next.caret
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
