// The Create dialog's first open right after the first row: cold load, first row painted, then at
// once a real click on "Create key"; pointerdown → the dialog painted. Its code may still be loading.
import { firstRowTiming, freshPage, stats } from './probe.mjs'

/** Runs in the page: resolves with pointerdown → the frame after a dialog appeared. */
function armDialogWatch(timeoutMs) {
  return new Promise((resolve, reject) => {
    let start = null
    const onDown = (event) => { start ??= event.timeStamp }
    window.addEventListener('pointerdown', onDown, { capture: true })
    const timer = setTimeout(() => reject(new Error(`no dialog within ${timeoutMs} ms`)), timeoutMs)
    const observer = new MutationObserver(() => {
      const dialog = document.querySelector('[role="dialog"]')
      if (start === null || !dialog || dialog.getBoundingClientRect().height === 0) return
      observer.disconnect()
      clearTimeout(timer)
      window.removeEventListener('pointerdown', onDown, { capture: true })
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.addEventListener('message', () => resolve(performance.now() - start))
        channel.port1.start()
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
    window.covalFirstOpen = true
  }).finally(() => { window.covalFirstOpen = false })
}

async function oneLoad(browser, baseUrl) {
  const { context, page } = await freshPage(browser)
  try {
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    await firstRowTiming(page)
    const opened = page.evaluate(armDialogWatch, 10_000)
    await page.waitForFunction(() => window.covalFirstOpen === true)
    await page.getByRole('button', { name: 'Create key', exact: true }).first().click()
    return await opened
  } finally {
    await context.close()
  }
}

/** One discarded warm-up, then `runs` cold loads. */
export async function measureFirstOpen(browser, { baseUrl, runs, log }) {
  await oneLoad(browser, baseUrl)
  const samples = []
  for (let i = 0; i < runs; i++) {
    const ms = await oneLoad(browser, baseUrl)
    samples.push(ms)
    log(`  first open ${i + 1}: ${ms.toFixed(1)} ms`)
  }
  return stats(samples)
}
