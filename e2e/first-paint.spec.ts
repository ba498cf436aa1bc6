import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { securityHeaders } from '../vite.config'
import { expect, expectNoAxeViolations, test } from './fixtures'

// The static shell in index.html: what a visitor sees before any JavaScript has run.
async function withoutScripts(page: Page, path = '/') {
  await page.route('**/*.js', (route) => route.abort())
  await page.route('**/*.tsx', (route) => route.abort())
  await page.goto(path)
}

async function box(page: Page, selector: string) {
  const found = await page.locator(`${selector}:visible`).first().boundingBox()
  if (found === null) throw new Error(`${selector} is not laid out`)
  return { top: Math.round(found.y), left: Math.round(found.x), height: Math.round(found.height) }
}

test.describe('the first paint', () => {
  for (const width of [1280, 768, 375, 320]) {
    test(`at ${width} px the shell is the page's frame: the header and title sit where the app puts them`, async ({ page, browser }) => {
      await page.setViewportSize({ width, height: 740 })
      await withoutScripts(page)
      await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()
      await expect(page.getByRole('status', { name: 'Loading' })).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const shell = { header: await box(page, 'header'), title: await box(page, 'h1') }

      const app = await browser.newPage({ viewport: { width, height: 740 } })
      await app.goto('/')
      await expect(app.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
      expect({ header: await box(app, 'header'), title: await box(app, 'h1') }).toEqual(shell)
      await app.close()
    })
  }

  test('follows the saved dark theme before any script of the app has run, with no axe violations', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('coval-theme', 'dark'))
    await withoutScripts(page)
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the README gives deployments the CSP vite preview sends, with the inline script’s hash', () => {
    const csp = securityHeaders('https://api.coval.dev')['Content-Security-Policy']
    expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/]+=*'/)
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(`| \`Content-Security-Policy\` | \`${csp}\` |`)
  })

  for (const width of [1280, 375]) {
    test(`at ${width} px the audit's shell is its title and intro, word for word where the app puts them, not the keys’ skeleton`, async ({ page, browser }) => {
      await page.setViewportSize({ width, height: 740 })
      await withoutScripts(page, '/audit')
      await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible()
      await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0)
      const intro = page.locator('h1 + p:visible')
      const shell = { title: await box(page, 'h1'), intro: await box(page, 'h1 + p'), words: await intro.textContent() }

      const app = await browser.newPage({ viewport: { width, height: 740 } })
      await app.goto('/audit')
      await expect(app.getByRole('table', { name: 'Keys by last use and environment' })).toBeVisible()
      expect({ title: await box(app, 'h1'), intro: await box(app, 'h1 + p'), words: await app.locator('h1 + p').textContent() }).toEqual(shell)
      await app.close()
    })
  }

  test('in the demo the app’s first render replaces the shell with the keys, not with a skeleton of its own', async ({ page }) => {
    // Notes what the page holds the first time the shell is gone, i.e. right after React's first commit.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-static-shell]') !== null) return
        observer.disconnect()
        const table = document.querySelector('table[aria-label="API keys"]')
        Object.assign(window, { firstCommit: { rows: table?.querySelectorAll('tbody tr[data-row-id]').length ?? 0, loading: document.querySelector('[role=status][aria-label^=Loading]') !== null } })
      })
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }))
    })
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
    const firstCommit = await page.evaluate(() => (window as unknown as { firstCommit?: unknown }).firstCommit)
    expect(firstCommit).toEqual({ rows: 20, loading: false })
  })

  for (const path of ['/', '/audit']) {
    test(`on ${path} the app's code is asked for only once the shell's frame is on screen, not preloaded beside the stylesheet`, async ({ page, request }) => {
      // The first animation frame comes once the stylesheet is in (it blocks rendering): the frame that paints the shell.
      await page.addInitScript(() => requestAnimationFrame(() => Object.assign(window, { firstFrame: performance.now() })))
      await page.goto(path)
      await expect(page.locator('[data-static-shell]')).toHaveCount(0)
      const timing = await page.evaluate(() => ({
        firstFrame: (window as unknown as { firstFrame?: number }).firstFrame ?? null,
        // When the browser says the frame was presented: a task after requestAnimationFrame can come before it.
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        app: performance.getEntriesByType('resource').filter((entry) => /\/assets\/(app|boot)-[\w-]+\.js$/.test(entry.name)).map((entry) => entry.startTime),
      }))
      expect(timing.firstFrame).not.toBeNull()
      expect(timing.app).toHaveLength(2)
      expect(timing.firstPaint).not.toBeNull()
      for (const requested of timing.app) expect(requested).toBeGreaterThanOrEqual(Math.max(timing.firstFrame ?? Infinity, timing.firstPaint ?? Infinity))
      // index.html as served: the entry's own chunks only (Vite preloads the app's once the entry asks for it).
      const html = await (await request.get(path)).text()
      expect(html).not.toMatch(/\/assets\/(app|boot)-[\w-]+\.js/)
    })
  }

  test('the app replaces the shell: one header, one title, no skeleton left', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').nth(1)).toBeVisible()
    await expect(page.locator('[data-static-shell]')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.locator('header')).toHaveCount(1)
  })
})
