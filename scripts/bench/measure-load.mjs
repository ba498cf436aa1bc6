// Cold loads: navigation start → first visible table row, and the JS/CSS the first screen requested.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { firstRowTiming, freshPage, stats } from './probe.mjs'

/** One cold load in a fresh context. */
async function coldLoad(browser, baseUrl) {
  const { context, page } = await freshPage(browser)
  try {
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    const firstRow = await firstRowTiming(page)
    // Every script and stylesheet requested before the first row was in the document: what it needed.
    // (Up to its paint, the Create dialog's code, asked for once the rows are there, was counted in
    // some loads and not in others, as that request and the paint raced: 149.7 or 151.0 KiB, one build.)
    const resources = await page.evaluate((until) => performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= until)
      .map((e) => ({ url: e.name, initiator: e.initiatorType, startTime: e.startTime, responseEnd: e.responseEnd })), firstRow.inDom)
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0]
      return n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd } : null
    })
    return { firstRow, nav, resources }
  } finally {
    await context.close()
  }
}

const kind = (path) => (path.endsWith('.js') || path.endsWith('.mjs') ? 'js' : path.endsWith('.css') ? 'css' : null)

/** Raw and gzip (zlib level 9) bytes of the first screen's JS and CSS, read from the served files. */
async function firstScreenBytes(distDir, baseUrl, resources) {
  const files = []
  for (const { url } of resources) {
    const u = new URL(url)
    const type = kind(u.pathname)
    if (!type || u.origin !== new URL(baseUrl).origin) continue
    if (files.some((f) => f.path === u.pathname)) continue
    const body = await readFile(join(distDir, decodeURIComponent(u.pathname)))
    files.push({ path: u.pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })
  }
  files.sort((a, b) => a.type.localeCompare(b.type) || b.gzip - a.gzip)
  const total = (type) => files.filter((f) => f.type === type).reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 })
  return { method: 'bytes of each served file (server sends identity encoding); gzip = node zlib level 9', files, js: total('js'), css: total('css') }
}

/**
 * Warm-up load (discarded), then `runs` cold loads.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, distDir: string, runs: number, log: (s: string) => void }} options
 */
export async function measureLoads(browser, { baseUrl, distDir, runs, log }) {
  await coldLoad(browser, baseUrl)
  const loads = []
  for (let i = 0; i < runs; i++) {
    const load = await coldLoad(browser, baseUrl)
    loads.push(load)
    log(`  cold load ${i + 1}/${runs}: first row painted at ${load.firstRow.painted.toFixed(1)} ms`)
  }
  const sets = loads.map((l) => l.resources.map((r) => new URL(r.url).pathname).filter(kind).sort().join(','))
  const bytes = await firstScreenBytes(distDir, baseUrl, loads[0].resources)
  return {
    firstRowPainted: stats(loads.map((l) => l.firstRow.painted)),
    firstRowInDom: stats(loads.map((l) => l.firstRow.inDom)),
    bytes,
    sameFilesEveryLoad: sets.every((s) => s === sets[0]),
    loads,
  }
}
