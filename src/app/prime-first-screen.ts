import { primeKeysView } from '../features/api-keys/api/prime-keys-view'
import { isKeysPagePath } from '../features/api-keys/model/key-path'
import { preloadConnectedBadge } from './app-header'
import type { AppServices } from './app-services'
import type { Boot } from './start-mode'
import { enterMode } from './use-app-mode'

/** How long the first render waits for the demo's first answer; any longer, and it shows the skeleton as before. */
export const PRIME_WAIT_MS = 100

/** How long a connected first render waits for the header badge's code: its own chunk, a few hundred bytes. */
export const BADGE_WAIT_MS = 1000

/**
 * Connected, the header's badge is in the first render, not added a moment later: the header
 * would grow by a line where it wraps (768 px and under), and move the page under the eye.
 *
 * In the demo, on the keys page, the first page of keys is asked for before React's first render,
 * which waits for it (at most PRIME_WAIT_MS): the demo's server lives in the page and answers in a
 * few milliseconds, so the first render shows rows, and the skeleton's own render, layout and paint
 * are saved. The mode is entered here as the app's first render would enter it. A real server
 * is asked by the page as it renders (its answer takes a round trip; the page shows its skeleton meanwhile).
 */
export async function primeFirstScreen(
  { queryClient, api }: AppServices,
  boot: Boot,
  { pathname, search }: Pick<Location, 'pathname' | 'search'> = window.location,
  preloadBadge: () => Promise<void> = preloadConnectedBadge,
): Promise<void> {
  if (boot.initial.kind === 'connected') await atMost(preloadBadge(), BADGE_WAIT_MS)
  if (boot.initial.kind !== 'demo' || boot.demo === null || !isKeysPagePath(pathname)) return
  enterMode(queryClient, api, boot.initial, boot.demo, () => undefined)
  const primed = primeKeysView(queryClient, api, search)
  if (primed) await atMost(primed, PRIME_WAIT_MS)
}

/** Settles when `work` does, or after `ms`, whichever is first. */
function atMost(work: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms))])
}
