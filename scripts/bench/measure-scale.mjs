// Scale: 10,000 keys under the "documented" demo server, which ignores environment, filter and
// order_by, so the browser reads every key 100 at a time and answers the view itself. Cold loads of
// two filtered views (first row, checked against an answer computed in Node), then a search keystroke
// and the JS heap once the whole set is read. Mock latency 0 throughout (the demo's default).
import { heapAfterGc, evaluate } from './measure-heap.mjs'
import { IDLE_MS, SEARCH_CHARS, timed, until } from './measure-interactions.mjs'
import { firstRowTiming, freshPage, sleep, stats, TABLE } from './probe.mjs'
import { SCALE_SETTINGS_KEY, SCALE_VIEWS, expectedAnswer, referenceKeys, scalePageScript } from './scale-setup.mjs'

export const SCALE_KEYS = 10_000
const TIMEOUT_MS = 30_000 // per load: a busy 2-core machine may be several times slower than a quiet one
// A view that needs every key read (the server ignores environment); its count is final when the read is.
const SET_VIEW = '?env=PRODUCTION'

/** A fresh context whose demo starts with the given settings (stored before any app script runs). */
async function scalePage(browser, settings, options) {
  const fresh = await freshPage(browser, options)
  await fresh.page.addInitScript(scalePageScript, { key: SCALE_SETTINGS_KEY, settings, table: TABLE })
  return fresh
}

async function open(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS })
  try {
    return await firstRowTiming(page, TIMEOUT_MS)
  } catch (error) {
    const shown = await page.evaluate(() => window.covalScale?.describe()).catch(() => 'page gone')
    throw new Error(`${firstLine(error)} (${new URL(url).search || '/'}: ${shown})`, { cause: error })
  }
}

// Playwright's and CDP's messages carry a prefix and a stack: the first line is the news.
const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^(page\.evaluate: )?Error: /, '')
const readDone = (page) => page.evaluate((ms) => window.covalScale.readDone(ms), TIMEOUT_MS)
const count = (range) => Number(range.split(' of ')[1].replace(/,/g, ''))

/** One cold load of a view: first row painted, end of the read, and whether the first row was the answer. */
async function coldLoad(browser, { baseUrl, settings, keys, view }) {
  const { context, page } = await scalePage(browser, settings)
  try {
    const first = await open(page, baseUrl + view.path)
    const over = await readDone(page)
    const expected = expectedAnswer(keys, view)
    return {
      painted: first.painted, inDom: first.inDom, readOver: over.at,
      firstId: first.id, settledId: over.firstId, expectedId: expected.firstId, total: count(over.range), expectedTotal: expected.total,
      // Rows are shown only once final: the first one painted must still be first, and be the view's first key.
      correct: first.id !== null && first.id === over.firstId && first.id === expected.firstId && count(over.range) === expected.total,
    }
  } finally {
    await context.close()
  }
}

async function measureView(browser, { loads, log, ...options }) {
  await coldLoad(browser, options) // warm-up, discarded (as the other cold loads do)
  const runs = []
  for (let i = 0; i < loads; i++) {
    const r = await coldLoad(browser, options)
    runs.push(r)
    const wrong = r.correct ? '' : ` — WRONG: first ${r.firstId}, after the read ${r.settledId}, expected ${r.expectedId}; ${r.total} of expected ${r.expectedTotal}`
    log(`  ${options.view.label} ${i + 1}/${loads}: first row ${r.painted.toFixed(0)} ms, read over ${r.readOver.toFixed(0)} ms${wrong}`)
  }
  return {
    path: options.view.path, firstRowPainted: stats(runs.map((r) => r.painted)), readOver: stats(runs.map((r) => r.readOver)),
    wrongFirstRows: runs.filter((r) => !r.correct).length, total: runs[0].total, runs,
  }
}

/** Search keystrokes on a view whose every key is read: input → rows repainted, cleared between runs. */
async function measureFilter(browser, { baseUrl, settings, reps, log }) {
  const { context, page } = await scalePage(browser, settings)
  try {
    await open(page, baseUrl + SET_VIEW)
    const { range: baseline } = await readDone(page)
    await page.evaluate(() => window.covalDemo?.setFaults({ latencyMs: 0 }))
    const search = page.getByRole('searchbox', { name: 'Search keys by name' })
    const shown = () => page.evaluate(() => document.querySelector('nav[aria-label="Pagination"] p')?.textContent)
    const runs = []
    const skipped = []
    for (const char of SEARCH_CHARS) {
      if (runs.length >= reps) break
      await search.focus()
      await sleep(IDLE_MS)
      const r = await timed(page, ['keydown'], () => page.keyboard.press(char))
      if (!r || r.after.startsWith('0|')) skipped.push(char)
      else {
        runs.push({ char, latency: r.latency, toDomChange: r.changed - r.start, rowsAfter: Number(r.after.split('|')[0]) })
        log(`  filter '${char}' over ${baseline}: ${r.latency.toFixed(1)} ms (rows changed after ${(r.changed - r.start).toFixed(1)} ms)`)
      }
      await page.getByRole('button', { name: 'Clear search' }).click({ timeout: TIMEOUT_MS })
      await until(async () => (await search.inputValue()) === '' && (await shown()) === baseline, TIMEOUT_MS, `the full list (${baseline}) after Clear search`)
    }
    if (runs.length === 0) throw new Error(`no keystroke changed the rows (tried ${skipped.join('')})`)
    return { view: SET_VIEW, over: baseline, ...stats(runs.map((r) => r.latency)), runs, skippedChars: skipped }
  } finally {
    await context.close()
  }
}

/**
 * JS heap once every key is read. Only CDP talks to the page (no Playwright evaluate or locator,
 * whose injected scripts would sit in the measured heap); the HTTP cache stays on, as in the heap run.
 */
async function measureSetHeap(browser, { baseUrl, settings, log }) {
  const { context, page, cdp } = await scalePage(browser, settings, { disableCache: false })
  try {
    await cdp.send('HeapProfiler.enable')
    await page.goto(baseUrl + SET_VIEW, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS })
    const over = await evaluate(cdp, `window.covalScale.readDone(${TIMEOUT_MS})`)
    const heap = await heapAfterGc(cdp)
    log(`  heap with ${over.range}: JS ${(heap.js / 1048576).toFixed(2)} MiB, Blink ${(heap.embedder / 1048576).toFixed(2)} MiB`)
    return { view: SET_VIEW, over: over.range, js: heap.js, embedder: heap.embedder }
  } finally {
    await context.close()
  }
}

/** Runs one part; a failure is reported in the results (and the log) instead of ending the bench. */
async function attempt(what, log, measure) {
  try {
    return await measure()
  } catch (error) {
    const message = firstLine(error)
    log(`  ${what} FAILED: ${message}`)
    return { error: message }
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, loads: number, reps: number, log: (s: string) => void }} options
 */
export async function measureScale(browser, { baseUrl, loads, reps, log }) {
  // One seed time for the whole phase: every load regenerates the very same 10,000 keys from it.
  const settings = { dialect: 'documented', seedCount: SCALE_KEYS, seedTime: new Date().toISOString() }
  const keys = await referenceKeys(settings)
  const common = { baseUrl, settings, keys, log }
  const views = {}
  for (const [name, view] of Object.entries(SCALE_VIEWS)) {
    views[name] = { label: view.label, ...(await attempt(view.label, log, () => measureView(browser, { ...common, view, loads }))) }
  }
  const filter = await attempt('filter keystroke', log, () => measureFilter(browser, { ...common, reps }))
  const heap = await attempt('heap', log, () => measureSetHeap(browser, common))
  return { settings, timeoutMs: TIMEOUT_MS, views, filter, heap }
}
