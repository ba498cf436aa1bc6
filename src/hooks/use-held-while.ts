import { useState } from 'react'

/**
 * `value` as it was when `holding` last was false, for as long as `holding` is true; `value` itself
 * otherwise. For a step that shows a record while a change to it is on its way: the cache already
 * holds the change (an optimistic update), but until the server answers, the step must read as it
 * did when its button was pressed, not redraw its choices around an answer nobody has had.
 */
export function useHeldWhile<T>(holding: boolean, value: T): T {
  const [held, setHeld] = useState(value)
  // Adjusting state while rendering (React's pattern for state derived from props): no extra commit.
  if (!holding && held !== value) setHeld(value)
  return holding ? held : value
}
