import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, setDemoFaults, test } from './fixtures'
import { bulkBar } from './key-actions-helpers'
import { bodyRows, expectRowsSettled, keysTable, startFromSeed } from './page-helpers'

// On a phone the bulk bar is pinned over the cards: it must stay low, and still say why an action is unavailable.
test.use({ hasTouch: true })

async function selectPage(page: Page, width: number, path = '/'): Promise<void> {
  await startFromSeed(page)
  await page.setViewportSize({ width, height: 740 })
  await page.goto(path)
  await expectRowsSettled(page)
  await keysTable(page).getByRole('checkbox', { name: /^Select all/ }).tap()
  await expect(bulkBar(page)).toContainText('20 selected')
}

for (const width of [320, 375]) {
  test(`at ${width} px a full page selected: count, Select all and Clear on one line, the actions on the next`, async ({ page }) => {
    await selectPage(page, width)
    const bar = bulkBar(page)
    const selectAll = bar.getByRole('button', { name: 'Select all 320 matching keys' })
    const clear = bar.getByRole('button', { name: 'Clear selection' })
    const [barBox, offerBox, clearBox, suspendBox] = await Promise.all([bar, selectAll, clear, bar.getByRole('button', { name: 'Suspend…', exact: true })].map((l) => l.boundingBox()))
    if (!barBox || !offerBox || !clearBox || !suspendBox) throw new Error('The bar is not laid out')
    // Two rows of controls: about 80 px, where it was about 200 (the reasons written out took three lines).
    expect(barBox.height).toBeLessThanOrEqual(100)
    // It shows "Select all 320" (about 110 px); "matching keys" is in its name only (the whole was about 210 px).
    expect(offerBox.width).toBeLessThan(140)
    expect(Math.abs(offerBox.y + offerBox.height / 2 - (clearBox.y + clearBox.height / 2))).toBeLessThanOrEqual(4)
    expect(suspendBox.y).toBeGreaterThan(offerBox.y + offerBox.height - 1)
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(width)
    // Its padding (12 px) keeps the count and the actions off the screen's edges: Tailwind's base reset had taken it.
    expect(suspendBox.x - barBox.x).toBeGreaterThanOrEqual(12)
    expect(await bar.evaluate((el) => getComputedStyle(el).paddingLeft)).toBe('12px')
    // The actions share their row, each 40 px tall to a finger (they were 32 px, 4 px apart, the page's smallest
    // controls for its most destructive actions), their words whole.
    const actions = await Promise.all(['Suspend…', 'Reactivate…', 'Revoke…', 'Delete…'].map((name) => bar.getByRole('button', { name, exact: true }).evaluate((b) => ({ ...b.getBoundingClientRect().toJSON(), clipped: b.scrollWidth > b.clientWidth }))))
    for (const action of actions) expect(action).toMatchObject({ height: 40, y: actions[0]?.y, clipped: false })
    for (let i = 1; i < actions.length; i++) expect((actions[i]?.x ?? 0) - ((actions[i - 1]?.x ?? 0) + (actions[i - 1]?.width ?? 0))).toBeGreaterThanOrEqual(6)
    expect((actions[3]?.x ?? 0) + (actions[3]?.width ?? 0)).toBeGreaterThan(barBox.x + barBox.width - 16)
  })
}

test('at 375 px a tap on an unavailable action says why under the actions, and a keyboard gets it as the description', async ({ page }) => {
  // Active keys only: none of them can be reactivated (one that could would make the action available, the others skipped).
  await selectPage(page, 375, '/?status=ACTIVE')
  const bar = bulkBar(page)
  const reactivate = bar.getByRole('button', { name: 'Reactivate…', exact: true })
  await expect(reactivate).toHaveAttribute('aria-disabled', 'true')
  const why = await reactivate.getAttribute('aria-describedby').then((ids) => page.locator(`[id="${ids?.split(' ')[0]}"]`).textContent())
  // Not written out until asked.
  await expect(bar.getByText(/^Reactivate: not possible/)).toBeHidden()
  // A finger can tap it (Playwright waits for an enabled control unless forced, and aria-disabled counts as not).
  await reactivate.tap({ force: true })
  const tapped = bar.locator('[data-tapped-reason]')
  await expect(tapped).toBeVisible()
  await expect(tapped).toHaveText(`Reactivate: ${why?.charAt(0).toLowerCase()}${why?.slice(1)}`)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  const barBox = await bar.boundingBox()
  expect(barBox?.height).toBeLessThanOrEqual(140)
  await expectNoAxeViolations(page)
})

test('at 320 px in dark mode a bulk run’s failure fits the screen: its request id whole on one line, its × in reach', async ({ page }) => {
  await startFromSeed(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  await expectRowsSettled(page)
  const active = (await bodyRows(page).filter({ has: page.locator('td[data-column="status"]', { hasText: 'Active' }) }).all()).slice(0, 3)
  expect(active).toHaveLength(3)
  for (const card of active) await card.getByRole('checkbox').tap()
  await expect(bulkBar(page)).toContainText('3 selected')
  // The second key's change refused: its message carries the longest unbroken word, the request id.
  const failing = await active[1]?.getAttribute('data-row-id')
  await setDemoFaults(page, { fault: { kind: 'status', status: 500 }, method: 'PATCH', pathIncludes: failing ?? '', times: null })
  await bulkBar(page).getByRole('button', { name: 'Suspend…', exact: true }).tap()
  await page.getByRole('dialog', { name: 'Suspend 3 keys?' }).getByRole('button', { name: 'Suspend 3 keys' }).tap()
  const outcome = page.getByRole('alert').filter({ hasText: '2 suspended, 1 failed (still selected, to try again)' })
  await expect(outcome).toBeVisible()
  const id = outcome.locator('code').filter({ hasText: /^req_/ })
  await expect(id).toHaveCount(1)
  // One line box: a wrapped id has two.
  expect(await id.evaluate((code) => code.getClientRects().length)).toBe(1)
  const [box, dismiss] = await Promise.all([outcome.boundingBox(), outcome.getByRole('button', { name: 'Dismiss result' }).boundingBox()])
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320)
  expect((dismiss?.x ?? 0) + (dismiss?.width ?? 0)).toBeLessThanOrEqual(320)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
  // 36 px to a finger (it was 20); tapped, the result goes and the focus is on the page's main region, not its body.
  expect(dismiss?.width).toBeGreaterThanOrEqual(36)
  expect(dismiss?.height).toBeGreaterThanOrEqual(36)
  await outcome.getByRole('button', { name: 'Dismiss result' }).tap()
  await expect(outcome).toHaveCount(0)
  await expect(page.locator('main')).toBeFocused()
})
