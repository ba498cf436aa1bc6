// In-page instrumentation (installed with addInitScript, so it runs before the app) and the
// browser/context helpers every measurement shares.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const TABLE = 'table[aria-label="API keys"]'
const LAUNCH_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** Runs in the page. Exposes window.covalBench: first-row timing and an "event → repainted rows" probe. */
function pageProbe(table) {
  const afterNextPaint = (cb) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.addEventListener('message', () => cb(performance.now()))
    channel.port1.start()
    channel.port2.postMessage(null)
  })
  const rows = () => Array.from(document.querySelectorAll(`${table} tbody tr`))
  const signature = () => {
    const r = rows()
    return `${r.length}|${r[0]?.textContent ?? ''}|${r.at(-1)?.textContent ?? ''}`
  }
  // The first row's full id (the ID cell's title): the scale phase checks it is the view's answer.
  const firstId = () => rows()[0]?.querySelector('code[title]')?.getAttribute('title') ?? null
  let firstRowSeen
  const bench = { firstRow: null, signature, rowCount: () => rows().length, pending: null }
  bench.firstRowDone = new Promise((r) => { firstRowSeen = r })
  // First visible data row, relative to navigation start (performance.timeOrigin).
  const firstRow = new MutationObserver(() => {
    const row = rows()[0]
    if (!row || row.getBoundingClientRect().height === 0) return
    firstRow.disconnect()
    const inDom = performance.now()
    const id = firstId()
    afterNextPaint((painted) => {
      bench.firstRow = { inDom, painted, id }
      firstRowSeen(bench.firstRow)
    })
  })
  firstRow.observe(document, { childList: true, subtree: true })

  /** Arms one measurement: the next `types` event starts it; rows differing from now end it. */
  bench.arm = (types) => {
    const state = { before: signature(), start: null, startType: null, events: {}, changed: null, end: null }
    let resolve
    const done = new Promise((r) => { resolve = r })
    const onEvent = (event) => {
      state.events[event.type] ??= event.timeStamp
      if (state.start !== null) return
      state.start = event.timeStamp
      state.startType = event.type
    }
    for (const type of types) window.addEventListener(type, onEvent, { capture: true })
    const observer = new MutationObserver(() => {
      if (state.start === null || signature() === state.before) return
      observer.disconnect()
      for (const type of types) window.removeEventListener(type, onEvent, { capture: true })
      state.changed = performance.now()
      afterNextPaint((end) => {
        state.end = end
        resolve({ ...state, after: signature(), latency: end - state.start })
      })
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    bench.pending = done
  }
  // Page turns for the heap run, driven without Playwright's locators: their injected scripts live
  // in the page's V8 heap and tier up as the run goes, which would be measured as the app's.
  const nav = () => document.querySelector('nav[aria-label="Pagination"]')
  const rangeText = () => nav()?.querySelector('p')?.textContent ?? null
  let turnFrom = null
  /** Notes the range shown and returns where to click: Next while it is enabled, else First page. */
  bench.turnTarget = () => {
    turnFrom = rangeText()
    const buttons = Array.from(nav()?.querySelectorAll('button') ?? [])
    const usable = (b) => b && !b.disabled && b.getAttribute('aria-disabled') !== 'true'
    const next = buttons.find((b) => b.textContent.trim() === 'Next')
    const target = usable(next) ? next : buttons.find((b) => b.getAttribute('aria-label') === 'First page')
    if (!usable(target)) throw new Error('neither Next nor First page can be clicked')
    let box = target.getBoundingClientRect()
    if (box.top < 0 || box.bottom > innerHeight) {
      target.scrollIntoView({ block: 'center' })
      box = target.getBoundingClientRect()
    }
    return { kind: target === next ? 'next' : 'first', x: box.left + box.width / 2, y: box.top + box.height / 2 }
  }
  /** Resolves once the range has moved on and the table no longer shows the previous page as busy. */
  bench.turnDone = (timeoutMs) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`page turn from "${turnFrom}" not done in ${timeoutMs} ms`)), timeoutMs)
    const poll = () => {
      const shown = rangeText()
      const busy = document.querySelector(table)?.getAttribute('aria-busy') === 'true'
      if (shown && shown !== turnFrom && !busy) {
        clearTimeout(timer)
        resolve(shown)
      } else requestAnimationFrame(poll)
    }
    poll()
  })
  bench.result = (timeoutMs) => Promise.race([
    bench.pending,
    new Promise((r) => setTimeout(() => r(null), timeoutMs)),
  ])
  window.covalBench = bench
}

/**
 * @param {string[]} [extraArgs] e.g. V8 flags for a diagnostic run
 * @returns {Promise<{ browser: import('@playwright/test').Browser, executable: string }>}
 */
export async function launchBrowser(extraArgs = []) {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
  const browser = await chromium.launch({ headless: true, executablePath, args: [...LAUNCH_ARGS, ...extraArgs] })
  return { browser, executable: executablePath ?? 'playwright default chromium' }
}

/**
 * A fresh context (cold cache, empty storage) with the probe installed and, unless told otherwise,
 * the HTTP cache disabled through CDP (the heap run skips that: the Network domain keeps records).
 * @param {import('@playwright/test').Browser} browser
 */
export async function freshPage(browser, { disableCache = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(pageProbe, TABLE)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (disableCache) {
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  }
  return { context, page, cdp }
}

/** Waits for the page's first-row record (set after the first row is painted). */
export async function firstRowTiming(page, timeout = 30_000) {
  return page.evaluate((ms) => Promise.race([
    window.covalBench.firstRowDone,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no table row within ${ms} ms`)), ms)),
  ]), timeout)
}

/** Median, min and max of a list of numbers (ms, rounded to 0.1). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const round = (n) => Math.round(n * 10) / 10
  return { n: sorted.length, median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), samples: values.map(round) }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
