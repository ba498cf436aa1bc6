import { nextTask } from './next-task'

/**
 * Calls `callback` in the task after the next frame is painted: work that the frame on its way does
 * not need (a page fetched ahead, say) does not hold that frame back. A hidden tab paints no frames
 * (requestAnimationFrame would wait until it is shown), so there it is simply the next task.
 * Returns a cancel, for an effect's clean-up.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false
  const run = () => void nextTask().then(() => cancelled || callback())
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') run()
  else requestAnimationFrame(run)
  return () => {
    cancelled = true
  }
}
