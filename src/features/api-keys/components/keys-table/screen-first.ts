/** Whether the row at a position of the table's body is drawn at once (it is on screen now, or above it). */
export type OnScreen = (index: number) => boolean

/**
 * Fewer rows than this left for later is not worth a second pass: at 1280 × 800 a page turn leaves
 * 4 of 20 below the screen, and by turns that read no faster than drawing them all (Next 52.2 ms
 * against 47.9, 40 samples each); on a phone 15 or more wait, and Next read 42.8 → 30.4.
 */
export const LEAST_DEFERRED = 6

/**
 * What to draw first when the rows shown change (a page turn, a filter, a sort): the new row at
 * every position `onScreen` says, and below the screen the row drawn there before, as it is, so its
 * elements are left alone for a frame; `null` to draw every new row at once (too little to leave
 * for later, or no way to tell what is on screen). Only a key the new rows do not show is kept:
 * where the row before shows one they do, the new row is drawn at once. So no key is drawn twice,
 * and every position keeps a row.
 */
export function screenFirst<R extends { id: string }>(before: readonly R[], after: readonly R[], onScreen: OnScreen | null): R[] | null {
  if (onScreen === null || after.length < LEAST_DEFERRED) return null
  const coming = new Set(after.map((row) => row.id))
  let deferred = 0
  const drawn: R[] = []
  after.forEach((now, index) => {
    const was = before[index]
    if (onScreen(index)) drawn.push(now)
    // Past the rows drawn before (below the screen, then): left out for a frame.
    else if (was === undefined) deferred++
    // A key the new rows show too (here or elsewhere): the new row, so no key is drawn twice and
    // every position keeps a row.
    else if (coming.has(was.id)) drawn.push(now)
    else {
      deferred++
      drawn.push(was)
    }
  })
  return deferred < LEAST_DEFERRED ? null : drawn
}

/**
 * Which positions of `body`'s rows are to be drawn at once: every row but those wholly below the
 * screen, by a row's height to spare (a position past the last row is placed by their average
 * height); `null` when the rows are not laid out (hidden, or a test's DOM without layout). Rows above
 * the screen are drawn too: what is read here is the layout before this change, and the view can
 * still move up before the frame is painted (typing scrolls a search box back into sight; a shorter
 * page clamps the scroll), never down.
 */
export function rowsOnScreen(body: HTMLElement | null): OnScreen | null {
  const rows = body?.children
  if (!rows || rows.length === 0) return null
  const boxes = Array.from(rows, (row) => row.getBoundingClientRect())
  const top = boxes[0]?.top ?? 0
  const bottom = boxes.at(-1)?.bottom ?? 0
  if (boxes.some((box) => box.height === 0)) return null
  const average = (bottom - top) / boxes.length
  const below = window.innerHeight + average
  return (index) => (boxes[index]?.top ?? bottom + (index - boxes.length) * average) < below
}
