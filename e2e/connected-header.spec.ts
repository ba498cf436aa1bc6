// The connected header's badge ("Connected to host") is in the header from the first render that
// shows the connection, not added a moment later when its code arrives: where the header wraps
// (768 px and under) it would grow a line and move the page under the eye.
import { connect, MOCK_API, MOCK_HOST, openConnected } from './connected-helpers'
import { expect, test } from './fixtures'
import { expectRowsSettled } from './page-helpers'

declare global {
  interface Window {
    /** Each text the header's Mode group showed, in order, from its first render. */
    modeTexts: string[]
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.modeTexts = []
    new MutationObserver(() => {
      const text = document.querySelector('[role="group"][aria-label="Mode"]')?.textContent
      if (text !== undefined && window.modeTexts.at(-1) !== text) window.modeTexts.push(text)
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
})

for (const width of [768, 375]) {
  test(`opened connected at ${width} px, the header has its badge in its first render, so it does not grow a line after`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await openConnected(page, MOCK_API, '')
    const header = page.getByRole('banner')
    await expect(header).toContainText(`Connected to ${MOCK_HOST}`)
    await expectRowsSettled(page)
    const texts = await page.evaluate(() => window.modeTexts)
    expect(texts[0], JSON.stringify(texts)).toContain(`Connected to ${MOCK_HOST}`)
  })
}

test('connected through the dialog at 1280 px, Disconnect never shows without the badge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await connect(page)
  const texts = await page.evaluate(() => window.modeTexts)
  const disconnectable = texts.filter((text) => text.includes('Disconnect'))
  expect(disconnectable.length, JSON.stringify(texts)).toBeGreaterThan(0)
  for (const text of disconnectable) expect(text, JSON.stringify(texts)).toContain(`Connected to ${MOCK_HOST}`)
})
