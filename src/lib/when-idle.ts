/**
 * Runs `work` once the browser is idle (at the latest after `timeoutMs`), so it does not delay
 * what the page is about to paint. Browsers without requestIdleCallback (Safari) wait a while.
 */
export function whenIdle(work: () => void, timeoutMs = 3000): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => work(), { timeout: timeoutMs })
  else setTimeout(work, Math.min(timeoutMs, 1000))
}
