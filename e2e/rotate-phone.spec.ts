import { expect, test } from './fixtures'
import { openKey, openView } from './key-actions-helpers'
import { pickKey, startFromSeed, storedKeys } from './page-helpers'
import { openRotation } from './rotate-key-helpers'

// Rotation on a phone, by touch, in the demo: each step opens at its top, what it asks first.
test.use({ hasTouch: true })

test('at 320 px, step 3 opens at its question, with the first choice focused and in view', async ({ page }) => {
  await startFromSeed(page)
  await page.setViewportSize({ width: 320, height: 640 })
  await openView(page, '/')
  // A key used lately: step 3 then says so too, the longest it gets.
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE' && k.last_used_at !== null && Date.now() - Date.parse(k.last_used_at) < 12 * 3600_000)
  await openKey(page, key)
  const dialog = await openRotation(page, key)
  await dialog.getByRole('button', { name: 'Create replacement' }).tap()
  await expect(dialog).toContainText('Step 2 of 3: Save the new secret')
  // Ticking the box scrolls step 2 down; step 3 must not open there.
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).tap()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).tap()
  await expect(dialog).toContainText('Step 3 of 3: Retire the old key')
  const question = dialog.getByText(`What happens to ${key.name} now?`)
  const first = dialog.getByRole('radio').first()
  await expect(first).toBeFocused()
  await expect(question).toBeInViewport({ ratio: 1 })
  await expect(first).toBeInViewport()
  const body = question.locator('xpath=ancestor::div[contains(@class, "overflow-y-auto")][1]')
  expect(await body.evaluate((element) => element.scrollTop)).toBe(0)
  // The reason sent with the change breaks only inside the new key's ID: "Rot / ated:" read as two words.
  await dialog.getByRole('radio', { name: /^Suspend/ }).tap()
  const reason = dialog.locator('q')
  await expect(reason).toHaveText(/^Rotated: replaced by \S+$/)
  // Each word whole (on one line), at every phone width: where the line ends moves with the width.
  const wordsSplit = async () =>
    reason.evaluate((element) => {
      const text = element.firstChild
      if (!text?.textContent) return ['no text']
      const split: string[] = []
      for (const match of text.textContent.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(text, match.index)
        range.setEnd(text, match.index + Math.min(match[0].length, 12))
        if (new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size > 1) split.push(match[0])
      }
      return split
    })
  for (let width = 320; width <= 430; width += 5) {
    await page.setViewportSize({ width, height: 640 })
    expect(await wordsSplit(), `at ${width} px`).toEqual([])
  }
})

test('at 320×568, step 3’s choices scroll under its pinned footer: a tap on Finish presses Finish, never a choice beneath it', async ({ page }) => {
  await startFromSeed(page)
  await page.setViewportSize({ width: 320, height: 568 })
  await openView(page, '/')
  const key = pickKey(await storedKeys(page), (k) => k.status === 'ACTIVE')
  await openKey(page, key)
  const dialog = await openRotation(page, key)
  await dialog.getByRole('button', { name: 'Create replacement' }).tap()
  await dialog.getByRole('checkbox', { name: 'I have stored this key somewhere safe' }).tap()
  await dialog.getByRole('button', { name: 'Continue to retire the old key' }).tap()
  await expect(dialog).toContainText('Step 3 of 3: Retire the old key')
  const finish = dialog.getByRole('button', { name: /^Finish/ })
  const box = await finish.boundingBox()
  if (!box) throw new Error('Finish has no box')
  // Whatever lies under the footer, each point of Finish is Finish's to take.
  const points = [0.1, 0.3, 0.5, 0.7, 0.9].map((x) => ({ x: box.x + box.width * x, y: box.y + box.height / 2 }))
  const hits = await page.evaluate((at) => at.map(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? document.elementFromPoint(x, y)?.outerHTML.slice(0, 60)), points)
  for (const hit of hits) expect(hit).toMatch(/^Finish/)
  await page.touchscreen.tap(box.x + box.width * 0.1, box.y + box.height / 2)
  for (const radio of await dialog.getByRole('radio').all()) await expect(radio).not.toBeChecked()
})
