import { firstPaintShown } from '../lib/first-paint-shown'

/**
 * Starts the app once the static shell is on screen (it paints on the stylesheet alone), so the
 * first paint does not share the network with half a megabyte of script. The demo's server is
 * asked for beside the app's code, not after it has run (start-mode.ts imports the same module).
 */
export async function loadApp(): Promise<void> {
  // The static shell of index.html is on screen (the browser says it painted) before the app's code
  // competes with it for the network and the main thread.
  await firstPaintShown()
  const app = import('./boot')
  if (import.meta.env.VITE_ENABLE_DEMO !== 'false') void import('../mocks/browser').catch(() => undefined)
  // The audit page, when the address names it, loads beside the app too (app-shell.tsx imports it).
  if (location.pathname === '/audit') void import('../features/api-keys/components/audit/audit-page').catch(() => undefined)
  await app
}
