// JS heap after forced GC, at 50 and at 200 page turns (Next to the last page, then "First page").
import { firstRowTiming, freshPage, sleep } from './probe.mjs'

/**
 * Forces full GCs until the JS heap stops shrinking. Returns the smallest V8 used size seen (bytes)
 * and, for information, Blink's (embedder) heap at that moment.
 */
async function heapAfterGc(cdp) {
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

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, checkpoints: number[], log: (s: string) => void }} options
 */
export async function measureHeap(browser, { baseUrl, checkpoints, log }) {
  const { context, page, cdp } = await freshPage(browser, { disableCache: false })
  try {
    await cdp.send('HeapProfiler.enable')
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    await firstRowTiming(page)
    const table = page.getByRole('table', { name: 'API keys' })
    const range = page.getByRole('navigation', { name: 'Pagination' }).getByText(/\d+–\d+ of [\d,]+/)
    const next = page.getByRole('button', { name: 'Next', exact: true })
    const first = page.getByRole('button', { name: 'First page' })
    const atCheckpoint = {}
    const embedder = {}
    const kinds = { next: 0, first: 0 }
    const started = Date.now()
    const last = Math.max(...checkpoints)
    for (let turn = 1; turn <= last; turn++) {
      const before = await range.textContent()
      const useNext = await next.isEnabled()
      await (useNext ? next : first).click()
      kinds[useNext ? 'next' : 'first']++
      // A turn ends when the range text has moved on and the rows are no longer the stale page.
      await page.waitForFunction(([text, sel]) => {
        const shown = document.querySelector('nav[aria-label="Pagination"] p')?.textContent
        const t = document.querySelector(sel)
        return t && shown && shown !== text && t.getAttribute('aria-busy') !== 'true'
      }, [before, 'table[aria-label="API keys"]'], { polling: 'raf', timeout: 10_000 })
      if (checkpoints.includes(turn)) {
        const heap = await heapAfterGc(cdp)
        atCheckpoint[turn] = heap.js
        embedder[turn] = heap.embedder
        const mib = (n) => (n / 1048576).toFixed(2)
        log(`  heap after ${turn} turns: JS ${mib(heap.js)} MiB, Blink ${mib(heap.embedder)} MiB (${await range.textContent()}, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      }
    }
    await table.waitFor()
    const from = Math.min(...checkpoints)
    const [a, b] = [atCheckpoint[from], atCheckpoint[last]]
    const method = 'CDP HeapProfiler.collectGarbage (repeated until stable), then Runtime.getHeapUsage usedSize (V8 JS heap)'
    return { method, from, to: last, bytes: atCheckpoint, growth: (b - a) / a, embedderBytes: embedder, turns: kinds }
  } finally {
    await context.close()
  }
}
