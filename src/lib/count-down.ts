/**
 * Tells `show` how many ms of a wait are left: at once, then at each whole second left (a wait is
 * shown rounded up to the second), and a last time at 0. Each tick is timed to the next whole second
 * by the clock, not every 1,000 ms: a timer a millisecond early read 1,001 ms left, showed "2 s"
 * once more, and the next tick came after the wait was over. Returns its stop.
 */
export function countDown(waitMs: number, show: (leftMs: number) => void): () => void {
  const until = Date.now() + waitMs
  let timer: ReturnType<typeof setTimeout> | undefined
  const tick = () => {
    const left = Math.max(until - Date.now(), 0)
    if (left > 0) timer = setTimeout(tick, left % 1000 || 1000)
    show(left)
  }
  tick()
  return () => clearTimeout(timer)
}
