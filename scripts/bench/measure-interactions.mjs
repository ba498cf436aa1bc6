// Input → repainted rows, with real input events: one search keystroke after idle, a status
// toggle, and Next.
import { firstRowTiming, freshPage, sleep, stats } from './probe.mjs'

// Distinct letters, so no keystroke is answered from the query cache (staleTime 10 s) of an earlier one.
export const SEARCH_CHARS = 'eaoinrtslcudmphgbfkwy'
export const IDLE_MS = 450
// Statuses whose toggle changes the rows of the demo's first page.
const STATUS_TOGGLES = ['Suspended', 'Revoked', 'Expired', 'Active']

export async function until(check, timeout = 10_000, what = 'condition') {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    if (await check()) return
    await sleep(20)
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Arms the in-page probe, performs the input, and returns the probe's record (null: rows never changed). */
export async function timed(page, types, act, timeout = 3000) {
  await page.evaluate((t) => window.covalBench.arm(t), types)
  await act()
  return page.evaluate((ms) => window.covalBench.result(ms), timeout)
}

const summary = (r) => ({
  start: r.startType,
  latency: r.latency,
  toDomChange: r.changed - r.start,
  // For Next, the same interaction timed from the click event (the app acts on click).
  fromClick: r.events.click === undefined ? undefined : r.end - r.events.click,
  rowsBefore: Number(r.before.split('|')[0]),
  rowsAfter: Number(r.after.split('|')[0]),
})

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, reps: number, log: (s: string) => void }} options
 */
export async function measureInteractions(browser, { baseUrl, reps, log }) {
  const { context, page } = await freshPage(browser)
  try {
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    await firstRowTiming(page)
    await page.evaluate(() => window.covalDemo?.setFaults({ latencyMs: 0 }))
    const search = page.getByRole('searchbox', { name: 'Search keys by name' })
    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    const range = pagination.getByText(/\d+–\d+ of [\d,]+/)
    const table = page.getByRole('table', { name: 'API keys' })
    const settled = async () => (await table.getAttribute('aria-busy')) !== 'true'
    await until(settled, 10_000, 'the first page')
    const baseline = await range.textContent()

    // Filter: focus the search box, wait idle, press one key; then clear and wait for the full list.
    const filter = []
    const skipped = []
    for (const char of SEARCH_CHARS) {
      if (filter.length >= reps) break
      await search.focus()
      await sleep(IDLE_MS)
      const r = await timed(page, ['keydown'], () => page.keyboard.press(char))
      if (!r || r.after.startsWith('0|')) skipped.push(char)
      else {
        filter.push({ char, ...summary(r) })
        log(`  filter '${char}': ${r.latency.toFixed(1)} ms (rows changed after ${(r.changed - r.start).toFixed(1)} ms)`)
      }
      await page.getByRole('button', { name: 'Clear search' }).click()
      await until(async () => (await search.inputValue()) === '' && (await range.textContent()) === baseline && (await settled()), 10_000, 'the cleared search')
    }

    // Status toggle: on (a first visit of that view), then off again (answered from the cache).
    const toggles = []
    const statusGroup = page.getByRole('group', { name: 'Status' })
    for (let i = 0; toggles.length < reps; i++) {
      const option = statusGroup.getByRole('button', { name: STATUS_TOGGLES[Math.floor(i / 2) % STATUS_TOGGLES.length], exact: true })
      await until(settled, 10_000, 'the list to settle')
      await option.hover()
      await sleep(IDLE_MS)
      const r = await timed(page, ['pointerdown', 'mousedown', 'click'], () => option.click())
      if (!r) throw new Error('rows did not change after a status toggle')
      toggles.push({ option: await option.textContent(), on: i % 2 === 0, ...summary(r) })
      log(`  status ${i % 2 === 0 ? 'on' : 'off'}: ${r.latency.toFixed(1)} ms`)
    }
    // An odd number of toggles leaves the last status on: turn it off again (not timed).
    if (toggles.length % 2 === 1) {
      await until(settled, 10_000, 'the list to settle')
      await statusGroup.getByRole('button', { name: toggles.at(-1).option, exact: true }).click()
    }
    await until(async () => (await range.textContent()) === baseline && (await settled()), 10_000, 'every status again')

    const nextPage = await measureNexts(page, { reps, log })
    return {
      filter: { ...stats(filter.map((r) => r.latency)), runs: filter, skippedChars: skipped },
      statusToggle: { ...stats(toggles.map((r) => r.latency)), runs: toggles },
      next: { ...stats(nextPage.map((r) => r.latency)), fromClick: stats(nextPage.map((r) => r.fromClick)), runs: nextPage },
      phoneNext: await measurePhoneNexts(browser, { baseUrl, reps, log }),
    }
  } finally {
    await context.close()
  }
}

/** One Next, clicked once the page is idle (the pointer resting on it): its probe record, summarised. */
export async function nextTurn(page) {
  const next = page.getByRole('button', { name: 'Next', exact: true })
  const table = page.getByRole('table', { name: 'API keys' })
  const settled = async () => (await table.getAttribute('aria-busy')) !== 'true'
  await until(async () => (await next.isEnabled()) && (await settled()), 10_000, 'Next to be enabled')
  await next.hover()
  await sleep(IDLE_MS)
  const r = await timed(page, ['pointerdown', 'mousedown', 'click'], () => next.click())
  if (!r) throw new Error('rows did not change after Next')
  return summary(r)
}

/** Next, clicked `reps` times once the page is idle: every page a first visit. */
async function measureNexts(page, { reps, log, label = 'next' }) {
  const runs = []
  for (let i = 0; i < reps; i++) {
    const r = await nextTurn(page)
    runs.push({ from: i + 1, ...r })
    log(`  ${label} ${i + 1} → ${i + 2}: ${r.latency.toFixed(1)} ms (rows changed after ${r.toDomChange.toFixed(1)} ms)`)
  }
  return runs
}

/** The same Nexts on a phone's screen (375 × 740), where the rows are cards and three or four are in sight. */
async function measurePhoneNexts(browser, { baseUrl, reps, log }) {
  const { context, page } = await freshPage(browser)
  try {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    await firstRowTiming(page)
    await page.evaluate(() => window.covalDemo?.setFaults({ latencyMs: 0 }))
    const runs = await measureNexts(page, { reps, log, label: 'phone next' })
    return { ...stats(runs.map((r) => r.latency)), runs }
  } finally {
    await context.close()
  }
}
