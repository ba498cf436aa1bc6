import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, searchBox, startFromSeed, storedKeys } from './page-helpers'

// Review round 18: what a phone by touch and a desktop by keyboard found in the production build.

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

test.describe('on a phone', () => {
  test.use({ hasTouch: true, serviceWorkers: 'block', viewport: { width: 375, height: 740 } })

  test('a search typed without accents finds the names that have them: "chloe", "yilmaz"', async ({ page }) => {
    await page.goto('/')
    await expectRowsSettled(page)
    const keys = await storedKeys(page)
    for (const [typed, person] of [['chloe', 'Chloé Martin'], ['yilmaz', 'Zeynep Yılmaz']] as const) {
      const theirs = keys.filter((key) => key.name?.includes(person))
      expect(theirs.length, `the seed has keys of ${person}`).toBeGreaterThan(0)
      await searchBox(page).tap()
      await searchBox(page).fill(typed)
      await expect(page).toHaveURL(new RegExp(`[?&]q=${typed}`))
      await expectRowsSettled(page)
      // It said "0 keys match": only "Chloé", typed with its accent, found her keys.
      await expect(page.getByText(`${theirs.length} ${theirs.length === 1 ? 'key matches' : 'keys match'}`)).toBeVisible()
      for (const name of await bodyRows(page).getByRole('link').allInnerTexts()) expect(name).toContain(person)
    }
  })
})
