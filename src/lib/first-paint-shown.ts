import { afterNextPaint } from './after-next-paint'

/** How long to wait, after the first frame, for the browser to report that frame's paint. */
export const PAINT_REPORT_WAIT_MS = 200

/**
 * Resolves once the page's first contentful paint is on screen: the browser reports it (a paint
 * timing entry) when the frame has been presented, which can be a frame after the task that
 * follows requestAnimationFrame. Without that report (a browser without paint timing, a frame with
 * nothing to show) it resolves PAINT_REPORT_WAIT_MS after the first frame; in a hidden tab, which
 * paints nothing, in the next task.
 */
export function firstPaintShown(): Promise<void> {
  return new Promise((resolve) => {
    const shown = () => performance.getEntriesByName('first-contentful-paint').length > 0
    if (shown() || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      afterNextPaint(resolve)
      return
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const observer = new PerformanceObserver(() => shown() && done())
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    observer.observe({ type: 'paint' })
    afterNextPaint(() => {
      if (shown() || document.visibilityState === 'hidden') done()
      else timer = setTimeout(done, PAINT_REPORT_WAIT_MS)
    })
  })
}
