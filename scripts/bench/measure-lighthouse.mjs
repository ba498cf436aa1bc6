// Lighthouse (12, the last release for Node 20) on the keys page and the audit page: mobile and
// desktop presets, served with gzip and without compression, median of BENCH_LH_RUNS runs each.
import { existsSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { chromium } from '@playwright/test'

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices']
export const LH_PAGES = { keys: '', audit: 'audit' }
const PRESETS = { mobile: undefined, desktop: desktopConfig }
// The metrics behind the performance score, in Lighthouse's audit ids.
const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', si: 'speed-index' }

function chromePath() {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return chromium.executablePath()
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One Lighthouse run in a fresh Chromium (a fresh profile: cold cache, empty storage). */
async function runOnce(url, preset) {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: LH_CATEGORIES }
    const result = await lighthouse(url, flags, PRESETS[preset])
    const lhr = result?.lhr
    if (!lhr) throw new Error('Lighthouse returned no report')
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]))
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]))
    // What cost points, so a score below 100 says why.
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id)
    return { scores, metrics, failing }
  } finally {
    chrome.kill()
  }
}

/**
 * Every page × preset × serving, `runs` times each; the scores and metrics of each are medians.
 * @param {{ gzip: string, identity: string }} servers base URLs of the two servers of the same build
 */
export async function measureLighthouse(servers, { runs, log, pages = LH_PAGES }) {
  const results = []
  for (const [page, path] of Object.entries(pages)) {
    for (const preset of Object.keys(PRESETS)) {
      for (const [serving, base] of Object.entries(servers)) {
        const samples = []
        for (let i = 0; i < runs; i++) {
          try {
            samples.push(await runOnce(base + path, preset))
          } catch (error) {
            log(`  lighthouse ${page} ${preset} ${serving} run ${i + 1} FAILED: ${error?.message ?? error}`)
          }
        }
        const entry = { page, preset, serving, runs: samples.length }
        if (samples.length > 0) {
          entry.scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]))]))
          entry.scoreSamples = Object.fromEntries(LH_CATEGORIES.map((c) => [c, samples.map((s) => s.scores[c])]))
          entry.metrics = Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(samples.map((s) => s.metrics[k] ?? 0))]))
          entry.failing = [...new Set(samples.flatMap((s) => s.failing))]
        }
        log(`  ${page} ${preset} ${serving}: ${entry.scores ? LH_CATEGORIES.map((c) => `${c} ${entry.scores[c]}`).join(', ') : 'no run finished'}`)
        results.push(entry)
      }
    }
  }
  return results
}
