// What a twentieth review found, each checked where a person would meet it.
import { expect, test } from './fixtures'
import { bodyRows, expectRowsSettled, startFromSeed } from './page-helpers'

test.describe('at 375 px by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })

  test('a card deleted while an Undo toast shows gives its focus to the card in its place, and the page stays where it was', async ({ page }) => {
    await startFromSeed(page)
    await page.goto('/')
    await expectRowsSettled(page)
    const names = await bodyRows(page).evaluateAll((rows) => rows.map((row) => row.querySelector('td[data-column="name"] a')?.textContent ?? ''))
    const [first, , , , fifth, sixth] = names
    if (!first || !fifth || !sixth) throw new Error('Too few keys')
    // A toast with Undo, on screen for what follows.
    await page.getByRole('button', { name: `Actions for ${first}` }).tap()
    await page.getByRole('menuitem', { name: new RegExp(`^Suspend ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).tap()
    const suspend = page.getByRole('dialog', { name: `Suspend ${first}?` })
    await suspend.getByRole('button', { name: 'Suspend key' }).tap()
    await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' })).toBeVisible()

    await page.getByRole('button', { name: `Actions for ${fifth}` }).tap()
    await page.getByRole('menuitem', { name: `Delete ${fifth}`, exact: true }).tap()
    const del = page.getByRole('alertdialog', { name: `Delete ${fifth}?` })
    await del.getByLabel(/^Type/).fill(fifth)
    const scrolled = await page.evaluate(() => window.scrollY)
    await del.getByRole('button', { name: 'Delete key' }).tap()
    await expect(del).toBeHidden()
    await expect(page.getByRole('button', { name: `Actions for ${sixth}` })).toBeFocused()
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(200)
  })
})
