import type { Page, Route, TestInfo } from '@playwright/test'
import { allowFailedLoads } from './connected-helpers'

/** The browser's own reports of the blocked chunk are the point of the tests that block one. */
export function allowBlockedChunk(testInfo: TestInfo): void {
  allowFailedLoads(testInfo)
  testInfo.annotations.push({ type: 'allows', description: 'Failed to fetch dynamically imported module' })
}

export interface BlockedChunk {
  /**
   * Back online, played as a browser that keeps a failed module for the page's life (as the HTML
   * standard long said; Chromium now fetches it again): the plain URL stays failed, so only a load
   * asked for under a new URL (`?retry=N`) gets the file.
   */
  online: () => Promise<void>
  /** Back online with nothing kept: a reload gets the file too. */
  unblock: () => Promise<void>
}

/** Every request for the built chunk named `name` fails as offline, until told otherwise. */
export async function blockChunk(page: Page, name: string): Promise<BlockedChunk> {
  const any = new RegExp(`/assets/${name}-[\\w-]+\\.js(\\?.*)?$`)
  const plain = new RegExp(`/assets/${name}-[\\w-]+\\.js$`)
  const offline = (route: Route) => route.abort('internetdisconnected')
  await page.route(any, offline)
  return {
    online: async () => {
      await page.route(plain, offline)
      await page.unroute(any)
    },
    unblock: () => page.unroute(any),
  }
}

export interface HeldChunk {
  /** Whether the chunk was asked for yet. */
  asked: () => boolean
  /** Lets it through. */
  release: () => void
}

/** Holds back the built chunk named `name`, as a slow network would, until `release`. */
export async function holdChunk(page: Page, name: string): Promise<HeldChunk> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let asked = false
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    asked = true
    await held
    await route.continue()
  })
  return { asked: () => asked, release: () => release() }
}
