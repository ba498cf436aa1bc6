// When the keys shown change, the rows on screen are drawn first and those below a frame later
// (use-screen-first.ts): on a phone, a page turn draws the three or four cards in sight, not twenty.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectRange, nextButton } from './keys-table-helpers'
import { bodyRows, expectSettled, keysTable, searchBox, startFromSeed } from './page-helpers'

test.use({ hasTouch: true })

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

interface Drawn {
  id: string
  top: number
  bottom: number
}

/** The rows' keys and places as the table's body first changes, and whether the table said it was busy then. */
async function watchFirstChange(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector('table[aria-label="API keys"] tbody')
    if (!body) throw new Error('No table body')
    const w = window as unknown as { firstChange?: unknown }
    w.firstChange = undefined
    const observer = new MutationObserver(() => {
      observer.disconnect()
      const rows = Array.from(body.children, (row) => {
        const box = row.getBoundingClientRect()
        return { id: (row as HTMLElement).dataset.rowId ?? '', top: Math.round(box.top), bottom: Math.round(box.bottom) }
      })
      w.firstChange = { rows, busy: body.closest('table')?.getAttribute('aria-busy'), height: innerHeight }
    })
    observer.observe(body, { childList: true, subtree: true, characterData: true })
  })
}

async function firstChange(page: Page): Promise<{ rows: Drawn[]; busy: string | null; height: number }> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstChange?: unknown }).firstChange !== undefined)).toBe(true)
  return page.evaluate(() => (window as unknown as { firstChange: { rows: Drawn[]; busy: string | null; height: number } }).firstChange)
}

const rowIds = (page: Page) => bodyRows(page).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.rowId ?? ''))

// At 1280 × 800 a page turn leaves only 4 rows below the screen, too few to wait (LEAST_DEFERRED): a laptop's 600 px do.
for (const { width, height } of [
  { width: 375, height: 740 },
  { width: 1280, height: 600 },
]) {
  test(`at ${width} × ${height}, a page turn draws the rows in sight first, then every row of the new page`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expectRange(page, 1, 20, 320)
    const pageOne = await rowIds(page)
    await watchFirstChange(page)
    await nextButton(page).tap()
    const first = await firstChange(page)
    await expectRange(page, 21, 40, 320)
    const pageTwo = await rowIds(page)
    expect(pageTwo).toHaveLength(20)
    expect(pageTwo.filter((id) => pageOne.includes(id))).toEqual([])

    const inSight = first.rows.filter((row) => row.bottom > 0 && row.top < first.height)
    const below = first.rows.filter((row) => row.top >= first.height)
    // Every row in sight is already page 2's, in its place.
    expect(inSight.length).toBeGreaterThan(0)
    for (const row of inSight) expect(row.id).toBe(pageTwo[first.rows.indexOf(row)])
    // Below the screen, page 1's rows wait a frame (at least four), each key once, and the table says it is busy.
    expect(below.filter((row) => pageOne.includes(row.id)).length).toBeGreaterThanOrEqual(4)
    expect(new Set(first.rows.map((row) => row.id)).size).toBe(first.rows.length)
    expect(first.busy).toBe('true')
    // Then nothing in sight moved, and the table is settled.
    const after = await bodyRows(page).evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().top)))
    for (const row of inSight) expect(after[first.rows.indexOf(row)]).toBe(row.top)
    await expect(keysTable(page)).toHaveAttribute('aria-busy', 'false')
  })
}

for (const { width, height } of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${width} px, typing in the search box scrolled out of sight brings it back with no earlier row in sight, nor a key twice`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expectRange(page, 1, 20, 320)
    await searchBox(page).fill('a')
    await expect(page).toHaveURL(/q=a/)
    await expectSettled(page)
    const before = await rowIds(page)
    // Scrolled down by the wheel, the focus still in the search box: the next letter scrolls it back into sight.
    await page.mouse.move(width / 2, height / 2)
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300)
    await watchFirstChange(page)
    await page.keyboard.press('n')
    const first = await firstChange(page)
    await expect(page).toHaveURL(/q=an/)
    await expectSettled(page)
    const after = await rowIds(page)
    // Every row in sight now (the view scrolled back up as the rows changed) was the new one from the first change on.
    const inSight = await bodyRows(page).evaluateAll((rows) => rows.map((row) => { const box = row.getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight }))
    expect(inSight.some(Boolean)).toBe(true)
    inSight.forEach((shown, index) => {
      if (shown && index < first.rows.length) expect(first.rows[index]?.id, `row ${index + 1}`).toBe(after[index])
    })
    // Whatever waited below was the previous rows', never a key drawn twice.
    for (const row of first.rows) expect([...before, ...after]).toContain(row.id)
    expect(new Set(first.rows.map((row) => row.id)).size).toBe(first.rows.length)
  })
}
