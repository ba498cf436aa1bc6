/**
 * Resolves in the task after the next frame is painted: the static shell of index.html is on
 * screen before the app's code competes with it for the network and the main thread.
 */
function afterNextPaint(): Promise<void> {
  // A hidden tab paints no frames (requestAnimationFrame would wait until it is shown).
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A message, not a timer: it runs right after the paint, with no 4 ms clamp.
      const channel = new MessageChannel()
      channel.port1.addEventListener('message', () => resolve(), { once: true })
      channel.port1.start()
      channel.port2.postMessage(null)
    })
  })
}

/**
 * Starts the app once the static shell has painted (it paints on the stylesheet alone), so the
 * first paint does not share the network with half a megabyte of script. The demo's server is
 * asked for beside the app's code, not after it has run (start-mode.ts imports the same module).
 */
export async function loadApp(): Promise<void> {
  await afterNextPaint()
  const app = import('./boot')
  if (import.meta.env.VITE_ENABLE_DEMO !== 'false') void import('../mocks/browser').catch(() => undefined)
  await app
}
