import { connect } from './connected-helpers'
import { expect } from './fixtures'
import { ownServerKeys, test } from './own-mock-api'

// Connected, a create made offline is not sent (a create is never queued), and it says so: it said
// the key "may have been created, even twice", and looked for it for as long as the phone stayed offline.
test.describe.configure({ timeout: 120_000 })
test.use({ hasTouch: true })

test('at 375 px by touch, offline, Create says nothing was sent and keeps the form; back online the same form creates one key', async ({ page, context, request, ownMock: api }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await connect(page, { baseUrl: api.baseUrl })
  const before = (await ownServerKeys(request, api)).size
  const posts: string[] = []
  page.on('request', (r) => void (r.method() === 'POST' && r.url().startsWith(api.baseUrl) && posts.push(r.url())))

  await page.getByRole('button', { name: 'Create key' }).tap()
  const dialog = page.getByRole('dialog', { name: 'Create API key' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Offline deploy bot')
  await dialog.getByRole('radio', { name: 'Service' }).check()
  await dialog.getByRole('radio', { name: 'Staging' }).check()
  await context.setOffline(true)
  await dialog.getByRole('button', { name: 'Create key' }).tap()
  const alert = dialog.getByRole('alert').filter({ hasText: 'The key was not created' })
  await expect(alert).toContainText('You are offline, so nothing was sent.')
  await expect(dialog).not.toContainText('may have been created')
  await expect(dialog.getByText(/Looking for keys named/)).toHaveCount(0)
  expect(posts).toEqual([])
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Offline deploy bot')
  await expect(dialog.getByRole('radio', { name: 'Staging' })).toBeChecked()

  await context.setOffline(false)
  await dialog.getByRole('button', { name: 'Create key' }).tap()
  await expect(page.getByRole('alertdialog', { name: 'Save your secret key' })).toBeVisible()
  expect(posts).toHaveLength(1)
  expect((await ownServerKeys(request, api)).size).toBe(before + 1)
})
