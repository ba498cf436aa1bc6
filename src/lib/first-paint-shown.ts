import { afterNextPaint } from './after-next-paint'

/** How long to wait, after the first frame, for the browser to report that frame's paint. */
export const PAINT_REPORT_WAIT_MS = 200

/**
 * Resolves once the page's first paint is on screen: the browser reports it (a paint timing entry)
 * when the frame has been presented, which can be after the task that follows requestAnimationFrame.
 * Without a report (a frame with nothing to show, no paint timing) it resolves PAINT_REPORT_WAIT_MS
 * after the first frame; in a hidden tab, which paints nothing, in the next task.
 */
export function firstPaintShown(): Promise<void> {
  return new Promise((resolve) =>
    afterNextPaint(() => {
      if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) return resolve()
      const done = () => {
        observer.disconnect()
        clearTimeout(timer)
        resolve()
      }
      const observer = new PerformanceObserver(done)
      const timer = setTimeout(done, PAINT_REPORT_WAIT_MS)
      observer.observe({ type: 'paint' })
    }),
  )
}
