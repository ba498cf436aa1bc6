import { expect, test } from './fixtures'
import { detailField, detailHeading } from './key-detail-helpers'
import { expectRowsSettled, keysTable, startFromSeed } from './page-helpers'

// A time in UTC, and in the viewer's zone only where that says something else.

const UTC_TIME = '\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d:\\d\\d UTC'
const LOCAL_TIME = '[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d\\d:\\d\\d:\\d\\d [AP]M UTC\\+5:30'

test.beforeEach(async ({ page }) => {
  await startFromSeed(page)
})

for (const { zone, local } of [
  { zone: 'UTC', local: false },
  { zone: 'Asia/Kolkata', local: true },
]) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone })

    test(`a last use's bubble, a key's Created and the audit's As of ${local ? 'add the local time' : 'say the time once, in UTC'}`, async ({ page }) => {
      await page.goto('/')
      await expectRowsSettled(page)
      const lastUse = keysTable(page).locator('td[data-column="last_used_at"] button').first()
      await expect(lastUse).toHaveAccessibleDescription(new RegExp(local ? `^${UTC_TIME}; ${LOCAL_TIME}$` : `^${UTC_TIME}$`))

      await keysTable(page).locator('tbody tr').first().getByRole('link').click()
      await expect(detailHeading(page)).toBeVisible()
      const created = detailField(page, 'Created')
      await expect(created).toContainText(new RegExp(UTC_TIME))
      if (local) await expect(created).toContainText(new RegExp(`${LOCAL_TIME} \\(your time\\)`))
      else await expect(created).not.toContainText('your time')

      await page.goto('/audit')
      const asOf = page.getByRole('definition').filter({ hasText: new RegExp(`^${UTC_TIME}`) })
      await expect(asOf).toHaveText(new RegExp(local ? `^${UTC_TIME} \\(${LOCAL_TIME}, your time\\)$` : `^${UTC_TIME}$`))
    })
  })
}
