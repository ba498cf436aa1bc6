// JS heap after forced GC, at 50 and at 200 page turns (Next to the last page, then "First page").
import { freshPage, sleep } from './probe.mjs'

/**
 * Forces full GCs until the JS heap stops shrinking. Returns the smallest V8 used size seen (bytes)
 * and, for information, Blink's (embedder) heap at that moment.
 */
export async function heapAfterGc(cdp) {
  await sleep(500)
  let best = { usedSize: Infinity, embedderHeapUsedSize: 0 }
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    const settled = usage.usedSize >= best.usedSize * 0.999
    if (usage.usedSize < best.usedSize) best = usage
    if (settled) break
  }
  return { js: best.usedSize, embedder: best.embedderHeapUsedSize }
}

/** Evaluates an expression in the page over CDP (no Playwright injected script); throws its error. */
export async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text)
  return result.value
}

/**
 * Page turns are real mouse clicks (CDP Input events) on Next, or on First page at the end; the
 * probe's in-page helpers say where to click and when the turn is done. No Playwright locator or
 * evaluate runs during the turns: their injected scripts share the page's V8 heap (about 1.6 MiB)
 * and warm up as they are used, which would be counted as the app's growth.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, checkpoints: number[], log: (s: string) => void }} options
 */
export async function measureHeap(browser, { baseUrl, checkpoints, log }) {
  const { context, page, cdp } = await freshPage(browser, { disableCache: false })
  try {
    await cdp.send('HeapProfiler.enable')
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    await evaluate(cdp, 'window.covalBench.firstRowDone')
    const atCheckpoint = {}
    const embedder = {}
    const kinds = { next: 0, first: 0 }
    const started = Date.now()
    const last = Math.max(...checkpoints)
    for (let turn = 1; turn <= last; turn++) {
      const target = await evaluate(cdp, 'window.covalBench.turnTarget()')
      await page.mouse.click(target.x, target.y)
      kinds[target.kind]++
      const shown = await evaluate(cdp, 'window.covalBench.turnDone(10000)')
      if (checkpoints.includes(turn)) {
        const heap = await heapAfterGc(cdp)
        atCheckpoint[turn] = heap.js
        embedder[turn] = heap.embedder
        const mib = (n) => (n / 1048576).toFixed(2)
        log(`  heap after ${turn} turns: JS ${mib(heap.js)} MiB, Blink ${mib(heap.embedder)} MiB (${shown}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      }
    }
    const from = Math.min(...checkpoints)
    const [a, b] = [atCheckpoint[from], atCheckpoint[last]]
    const method = 'turns by CDP mouse clicks, no Playwright locators in the page; CDP HeapProfiler.collectGarbage (repeated until stable), then Runtime.getHeapUsage usedSize (V8 JS heap)'
    return { method, from, to: last, bytes: atCheckpoint, growth: (b - a) / a, embedderBytes: embedder, turns: kinds }
  } finally {
    await context.close()
  }
}
