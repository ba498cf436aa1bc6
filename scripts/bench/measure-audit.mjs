// The audit page (/audit, 320 keys, the default demo): cold loads, navigation start → every
// figure shown (each figure is a link whose accessible name ends "N keys"), after the next paint.
import { freshPage, stats } from './probe.mjs'

export const AUDIT_FIGURES = 23
const TIMEOUT_MS = 30_000

/** Runs in the page before the app (an init script): `window.covalAudit` resolves with the time (from navigation start) when `expected` figures are painted. */
function figuresShown({ expected, timeoutMs }) {
  window.covalAudit = watch({ expected, timeoutMs })
}

function watch({ expected, timeoutMs }) {
  const count = () => document.querySelectorAll('main a[aria-label$=" keys"], main a[aria-label$=" key"]').length
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${count()} of ${expected} figures after ${timeoutMs} ms`)), timeoutMs)
    const check = () => {
      if (count() < expected) return false
      observer.disconnect()
      clearTimeout(timer)
      // After the frame that shows them is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.addEventListener('message', () => resolve(performance.now()))
        channel.port1.start()
        channel.port2.postMessage(null)
      })
      return true
    }
    const observer = new MutationObserver(check)
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] })
    check()
  })
}

async function coldLoad(browser, baseUrl) {
  const { context, page } = await freshPage(browser)
  try {
    await page.addInitScript(`(${figuresShown.toString()})(${JSON.stringify({ expected: AUDIT_FIGURES, timeoutMs: TIMEOUT_MS })}); ${watch.toString()}`)
    await page.goto(new URL('/audit', baseUrl).href, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS })
    return await page.evaluate(() => window.covalAudit)
  } finally {
    await context.close()
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, loads: number, log: (s: string) => void }} options
 */
export async function measureAudit(browser, { baseUrl, loads, log }) {
  await coldLoad(browser, baseUrl) // warm-up, discarded
  const times = []
  for (let i = 0; i < loads; i++) {
    const shown = await coldLoad(browser, baseUrl)
    times.push(shown)
    log(`  audit ${i + 1}/${loads}: every figure shown after ${shown.toFixed(0)} ms`)
  }
  return { allFigures: stats(times) }
}
