import { AxeBuilder } from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export interface FaultConfig {
  latencyMs?: number
  fault?: { kind: 'status'; status: number; retryAfterSeconds?: number; body?: 'envelope' | 'html' } | { kind: 'network' } | null
  times?: number | null
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  pathIncludes?: string
}

/** Switches the in-browser mock's faults through the demo's console hook (the page must be loaded). */
export async function setDemoFaults(page: Page, config: FaultConfig): Promise<void> {
  await page.waitForFunction(() => window.covalDemo !== undefined)
  await page.evaluate((body) => window.covalDemo?.setFaults(body), config)
}

declare global {
  interface Window {
    covalDemo?: { setFaults: (config: object) => void; clearFaults: () => void; reset: () => void }
    covalTestHooks?: { dumpCaches: () => string }
  }
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

export const test = base.extend<{ consoleErrors: string[] }>({
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
