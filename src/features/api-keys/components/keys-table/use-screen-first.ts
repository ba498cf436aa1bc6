import { useEffect, useMemo, useState, type RefObject } from 'react'
import { afterNextPaint } from '../../../../lib/after-next-paint'
import { sameIds } from './row-slots'
import { rowsOnScreen, screenFirst } from './screen-first'

/**
 * The rows to draw now. When the keys shown change, the rows on screen (and above it) are drawn
 * first and those below the screen keep what they showed until that frame is painted, then every
 * row is drawn: a page turn, a filter or a sort paints what the eye sees without waiting on the rows
 * below it (on a phone, 4 or 5 cards of 20; at 1280 × 800, 16 rows, and the 4 left are drawn at
 * once). `pending` says the rows below are not yet the new ones (the table is `aria-busy` meanwhile).
 *
 * Where the rows are is read from their layout as the render starts: by then a page turn's click
 * has scrolled the table's top into view. The view may still move up before the paint (typing
 * scrolls a search box back into sight), which only brings rows above into sight: those are drawn.
 */
export function useScreenFirst<R extends { id: string }>(rows: readonly R[], ids: readonly string[], body: RefObject<HTMLElement | null>): { drawn: readonly R[]; pending: boolean } {
  // `rows`: those last given, as drawn below the screen for a frame when the keys change.
  const [stage, setStage] = useState<{ ids: readonly string[]; rows: readonly R[]; first: readonly R[] | null }>(() => ({ ids, rows, first: null }))
  let first = stage.first
  if (stage.ids !== ids && !sameIds(stage.ids, ids)) {
    // oxlint-disable-next-line react/refs -- what is on screen decides what to draw first: the layout the last frame made, read before drawing (a render React drops reads it again, harmlessly)
    first = screenFirst(stage.first ?? stage.rows, rows, rowsOnScreen(body.current))
    // Moved on during render, as React adjusts state to new props.
    setStage({ ids, rows, first })
  } else if (stage.rows !== rows) setStage({ ...stage, ids, rows })
  const drawn = useMemo(() => {
    if (first === null) return rows
    // The new rows among them as they are now (a write can change a key within the frame).
    const current = new Map(rows.map((row) => [row.id, row]))
    return first.map((row) => current.get(row.id) ?? row)
  }, [first, rows])
  useEffect(() => {
    if (first === null) return
    return afterNextPaint(() => setStage((now) => (now.first === first ? { ...now, first: null } : now)))
  }, [first])
  return { drawn, pending: first !== null }
}
