import { nextTask } from '../lib/next-task'

/**
 * Resolves in the task after the next frame is painted: the static shell of index.html is on
 * screen before the app's code competes with it for the network and the main thread.
 */
function afterNextPaint(): Promise<void> {
  // A hidden tab paints no frames (requestAnimationFrame would wait until it is shown).
  if (document.visibilityState === 'hidden') return Promise.resolve()
  // The task after the frame's callbacks, i.e. after its paint.
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)))
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
  // The audit page, when the address names it, loads beside the app too (app-shell.tsx imports it).
  if (location.pathname === '/audit') void import('../features/api-keys/components/audit/audit-page').catch(() => undefined)
  await app
}
