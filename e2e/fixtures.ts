import { AxeBuilder } from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export interface FaultConfig {
  latencyMs?: number
  fault?: { kind: 'status'; status: number; retryAfterSeconds?: number; body?: 'envelope' | 'html' } | { kind: 'network' } | null
  times?: number | null
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  pathIncludes?: string
  queryIncludes?: string
}

/** Switches the in-browser mock's faults through the demo's console hook (the page must be loaded). */
export async function setDemoFaults(page: Page, config: FaultConfig): Promise<void> {
  await page.waitForFunction(() => window.covalDemo !== undefined)
  await page.evaluate((body) => window.covalDemo?.setFaults(body), config)
}

/**
 * The in-browser mock's faults from the page's next load on, set as the demo's console hook is
 * installed, before the app's first request: for a fault a later request must meet (a page read ahead
 * after the first rows show), with nothing racing the test's own setDemoFaults.
 */
export async function setDemoFaultsFromLoad(page: Page, config: FaultConfig): Promise<void> {
  await page.addInitScript((body) => {
    let installed: Window['covalDemo']
    Object.defineProperty(window, 'covalDemo', {
      configurable: true,
      get: () => installed,
      set: (demo: Window['covalDemo']) => {
        installed = demo
        demo?.setFaults(body)
      },
    })
  }, config)
}

export interface DemoSettings {
  dialect: 'documented' | 'coval' | 'aip160'
  seedCount: number
}

/** Switches the server the in-browser mock plays, or its number of keys (a new number reseeds). */
export async function setDemoSettings(page: Page, change: Partial<DemoSettings>): Promise<DemoSettings> {
  await page.waitForFunction(() => window.covalDemo !== undefined)
  return page.evaluate(({ dialect, seedCount }) => {
    const demo = window.covalDemo
    if (!demo) throw new Error('Not in demo mode')
    if (dialect !== undefined) demo.setDialect(dialect)
    if (seedCount !== undefined) demo.setSeedCount(seedCount)
    return demo.settings()
  }, change)
}

declare global {
  interface Window {
    /** Mirrors CovalDemoConsole in src/app/start-mode.ts. */
    covalDemo?: {
      setFaults: (config: object) => void
      clearFaults: () => void
      reset: () => void
      setDialect: (dialect: DemoSettings['dialect']) => void
      setSeedCount: (count: number) => void
      settings: () => DemoSettings
    }
    covalTestHooks?: { dumpCaches: () => string }
  }
}

/** Renames the demo's newest key in its own store, as a change the demo keeps over a reload (reload to see it). */
export async function renameNewestDemoKey(page: Page, name: string): Promise<void> {
  // A first visit saves its keys a little after the start (src/mocks/browser.ts): wait for them.
  await page.waitForFunction(() => localStorage.getItem('coval-demo-store:v1') !== null)
  await page.evaluate((newName) => {
    const records: { name: string; create_time: string }[] = JSON.parse(localStorage.getItem('coval-demo-store:v1') ?? '[]')
    const newest = records.reduce((a, b) => (a.create_time > b.create_time ? a : b))
    newest.name = newName
    localStorage.setItem('coval-demo-store:v1', JSON.stringify(records))
  }, name)
}

/**
 * Axe's default rules; `also` adds rules axe leaves off by default (e.g. WCAG 2.2's `target-size`);
 * `within` checks one part (a modal: the page behind its shade is inert and dimmed on purpose).
 * It looks once the page's finite animations have ended: a button just enabled is still fading between
 * its two colours (`transition-colors`), and a contrast read halfway measures neither state.
 * Endless ones (a spinner) are left running.
 */
export async function expectNoAxeViolations(page: Page, { also = [], within }: { also?: string[]; within?: string } = {}): Promise<void> {
  await page.evaluate(async () => {
    // A colour scheme emulated a moment ago may not have reached the page's style yet, and its colour
    // transitions not begun (axe once read a header button halfway from light to dark): a frame first.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    )
  })
  const builder = within === undefined ? new AxeBuilder({ page }) : new AxeBuilder({ page }).include(within)
  const results = await (also.length > 0 ? builder.options({ rules: Object.fromEntries(also.map((id) => [id, { enabled: true }])) }) : builder).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page }, use) => {
    await use(page)
    // The app asks for the next page once the rows are painted, so a test can end while a spec's
    // route handler is still fetching that page for it; Playwright would then fail the test that
    // passed ("route.fetch: Test ended"). Handlers still running at the end are let go.
    await page.unrouteAll({ behavior: 'ignoreErrors' })
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
  },
})

export { expect }
