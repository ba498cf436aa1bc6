// The machine's floor under "Next → rows painted": the very rows a Next shows, swapped in by a plain
// button with one DOM call and no app code, timed by the same probe (pointerdown → the frame after
// the rows changed). What is left is the browser's own work (style, layout, paint of 20 new rows and
// the wait for a frame), which no app can take away. Measured by turns with the app's own Next, so a
// machine that changes speed weighs on both alike.
import { firstRowTiming, freshPage, sleep, stats, TABLE } from './probe.mjs'
import { IDLE_MS, nextTurn, timed, until } from './measure-interactions.mjs'

/** A fresh page of the demo at its first page, the mock answering at once. */
async function openList(browser, baseUrl) {
  const { context, page } = await freshPage(browser)
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
  await firstRowTiming(page)
  await page.evaluate(() => window.covalDemo?.setFaults({ latencyMs: 0 }))
  const table = page.getByRole('table', { name: 'API keys' })
  await until(async () => (await table.getAttribute('aria-busy')) !== 'true', 10_000, 'the first page')
  return { context, page }
}

/**
 * Pages through the list with the app's Next, keeping a copy of each page's rows, then adds a plain
 * button that swaps the table's body for the next copy (a fresh clone, made before the press).
 */
async function preparePlainSwap(page, pages) {
  await page.evaluate((table) => { window.benchFloor = { bodies: [document.querySelector(`${table} tbody`).cloneNode(true)], next: null, prepare: null } }, TABLE)
  for (let i = 1; i < pages; i++) {
    await nextTurn(page)
    await page.evaluate((table) => window.benchFloor.bodies.push(document.querySelector(`${table} tbody`).cloneNode(true)), TABLE)
  }
  await page.evaluate((table) => {
    const button = document.createElement('button')
    button.id = 'bench-floor'
    button.textContent = 'Swap rows'
    button.style.cssText = 'position:fixed;right:8px;bottom:8px;z-index:2147483647;width:96px;height:40px'
    document.body.append(button)
    let turn = 0
    const floor = window.benchFloor
    floor.prepare = () => { floor.next = floor.bodies[++turn % floor.bodies.length].cloneNode(true) }
    button.addEventListener('click', () => document.querySelector(`${table} tbody`).replaceWith(floor.next))
    floor.prepare()
  }, TABLE)
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, reps: number, log: (s: string) => void }} options
 */
export async function measureFloor(browser, { baseUrl, reps, log }) {
  const app = await openList(browser, baseUrl)
  const plain = await openList(browser, baseUrl)
  try {
    await preparePlainSwap(plain.page, Math.min(reps + 1, 10))
    const swap = plain.page.locator('#bench-floor')
    const appRuns = []
    const floorRuns = []
    for (let i = 0; i < reps; i++) {
      appRuns.push((await nextTurn(app.page)).latency)
      await swap.hover()
      await sleep(IDLE_MS)
      const r = await timed(plain.page, ['pointerdown', 'mousedown', 'click'], () => swap.click())
      if (!r) throw new Error('the plain swap changed no rows')
      floorRuns.push(r.latency)
      await plain.page.evaluate(() => window.benchFloor.prepare())
      log(`  turn ${i + 1}: app's Next ${appRuns.at(-1).toFixed(1)} ms, plain swap ${r.latency.toFixed(1)} ms`)
    }
    return { next: stats(appRuns), floor: stats(floorRuns) }
  } finally {
    await app.context.close()
    await plain.context.close()
  }
}
