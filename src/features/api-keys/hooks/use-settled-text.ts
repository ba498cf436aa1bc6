import { useEffect, useState } from 'react'

/**
 * The text once it has stood still for `ms` (at once when first shown), and a way to take it as
 * settled now (Enter). The Advanced field says an expression is wrong only then: said at every
 * keystroke, its error came and went between the letters of a word ("key_type = USE", then "R"),
 * moving the table 40-65 px up and down as one typed.
 */
export function useSettledText(text: string, ms: number): [settled: string, settleNow: () => void] {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    if (settled === text) return
    const timer = window.setTimeout(() => setSettled(text), ms)
    return () => window.clearTimeout(timer)
  }, [text, settled, ms])
  return [settled, () => setSettled(text)]
}
