import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { TEST_API_BASE } from '../../../../mocks/node'
import { setupCreateKeyMockApi } from '../create-key/test-utils'
import { LIST_KEY, TODAY, rotationHelpers } from './test-utils'

const mock = setupCreateKeyMockApi()
const { seededKey, openRotation, createReplacement, continueToRetire, atStepThree } = rotationHelpers(mock)
const newestNamed = (name: string) => mock.store.all().find((k) => k.name === name)

describe('step 1', () => {
  it('is the create form prefilled from the old key, under the suggested name, saying what was carried over', () => {
    const old = seededKey('ACTIVE', { description: 'Deploys from CI' })
    const { dialog } = openRotation(old)
    expect(dialog).toHaveTextContent('Step 1 of 3: Review the replacement')
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue(`${old.name} (rotated ${TODAY()})`)
    expect(within(dialog).getByRole('textbox', { name: /^Description/ })).toHaveValue('Deploys from CI')
    expect(within(dialog).getByRole('radio', { name: old.key_type === 'USER' ? 'User' : 'Service' })).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: 'Restricted' })).toBeChecked()
    expect(dialog).toHaveTextContent(`Carried over from ${old.name}: type`)
    expect(dialog).toHaveTextContent('description.')
  })

  it('warns about scopes it cannot carry and fields the old key does not say', () => {
    const old = seededKey('ACTIVE', { permissions: ['runs:read', 'billing:read'], environment: 'MOON' })
    const { dialog } = openRotation(old)
    expect(dialog).toHaveTextContent('left out of the new key: billing:read.')
    expect(dialog).toHaveTextContent('The other key does not say its environment')
    expect(within(dialog).getByRole('checkbox', { name: 'runs: Read' })).toBeChecked()
    for (const environment of ['Production', 'Staging', 'Development']) expect(within(dialog).getByRole('radio', { name: environment })).not.toBeChecked()
  })

  it('Cancel closes without creating anything', async () => {
    const { user, dialog, onClose } = openRotation(seededKey('ACTIVE'))
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(mock.seen.posts).toBe(0)
  })
})

describe('a whole rotation', () => {
  it('creates a replacement with the same settings, shows its secret once, then suspends the old key with the reason', async () => {
    const old = seededKey('ACTIVE')
    const { user, dialog, queryClient, onClose, toasts } = openRotation(old)
    const secret = await createReplacement(user, dialog)
    const created = newestNamed(`${old.name} (rotated ${TODAY()})`)
    expect(created).toMatchObject({ key_type: old.key_type, environment: old.environment, permissions: old.permissions, description: old.description, status: 'ACTIVE' })
    expect(secret.slice(-4)).toBe(created?.api_key.slice(-4))
    // The new key shows in the list at once.
    expect(queryClient.getQueryState(LIST_KEY)?.isInvalidated).toBe(true)

    await continueToRetire(user, dialog)
    expect(document.body.innerHTML).not.toContain(secret)
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: 'Suspend now' })).toHaveFocus())
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
    expect(dialog).toHaveTextContent(`Rotated: replaced by ${created?.id}`)
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))

    expect(await within(dialog).findByText('Rotation complete', { selector: 'p' })).toBeVisible()
    // Said once: the step line under the title, the dialog's description, says the steps are done.
    expect(dialog.textContent?.split('Rotation complete')).toHaveLength(2)
    expect(dialog).toHaveAccessibleDescription('All 3 steps done')
    expect(mock.store.get(old.id)?.status).toBe('SUSPENDED')
    expect(mock.store.audit.at(-1)).toMatchObject({ keyId: old.id, status: 'SUSPENDED', reason: `Rotated: replaced by ${created?.id}` })
    expect(dialog).toHaveTextContent(`${created?.name} is Active`)
    expect(dialog).toHaveTextContent(`${old.name} is Suspended`)
    expect(toasts.get().at(-1)).toMatchObject({ tone: 'success', title: `${old.name} rotated` })
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('asks for a choice when Finish is pressed without one, and sends nothing', async () => {
    const { user, dialog, old } = await atStepThree()
    const finish = within(dialog).getByRole('button', { name: 'Finish' })
    expect(finish).toHaveAttribute('aria-disabled', 'true')
    await user.click(finish)
    const group = within(dialog).getByRole('radiogroup')
    // The group hands focus to its first choice.
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus()
    expect(group).toHaveAccessibleDescription(/^Choose what happens to the old key\./)
    expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
    // Choosing clears it; the name field the choice brings starts without a complaint.
    await user.click(within(dialog).getByRole('radio', { name: 'Revoke now' }))
    expect(group).not.toHaveAccessibleDescription(/^Choose/)
    expect(within(dialog).getByRole('textbox', { name: /to confirm$/ })).toHaveAccessibleDescription(/^The key’s name, exactly/)
  })

  it('revokes the old key only once its name is typed', async () => {
    const { user, dialog, old } = await atStepThree()
    await user.click(within(dialog).getByRole('radio', { name: 'Revoke now' }))
    const finish = within(dialog).getByRole('button', { name: 'Finish' })
    expect(finish).toHaveAttribute('aria-disabled', 'true')
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${old.name} to confirm` }), old.name ?? '')
    expect(finish).not.toHaveAttribute('aria-disabled')
    await user.click(finish)
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(mock.store.get(old.id)?.status).toBe('REVOKED')
  })

  it('does not call a suspended old key in use, however recent its last use: no client can be using it', async () => {
    const usedAt = new Date(Date.now() - 2 * 3600_000).toISOString()
    const { dialog, old } = await atStepThree('SUSPENDED', { last_used_at: usedAt })
    expect(dialog).toHaveTextContent(`${old.name} was last used 2 hours ago.`)
    expect(dialog).not.toHaveTextContent('In use')
  })

  it('says the old key is in use when it was used in the last 24 hours, and takes its name with "-" for "—"', async () => {
    const usedAt = new Date(Date.now() - 2 * 3600_000).toISOString()
    const { user, dialog, old } = await atStepThree('ACTIVE', { name: 'Billing — “edge” relay', last_used_at: usedAt })
    expect(dialog).toHaveTextContent(`In use: ${old.name} was last used 2 hours ago; clients using it will fail once it is suspended or revoked.`)
    await user.click(within(dialog).getByRole('radio', { name: 'Revoke now' }))
    const field = within(dialog).getByRole('textbox', { name: /to confirm$/ })
    const finish = within(dialog).getByRole('button', { name: 'Finish' })
    await user.type(field, 'billing - "edge" relay')
    expect(finish).toHaveAttribute('aria-disabled', 'true')
    expect(field).toHaveAccessibleDescription(/^That is not the key’s name: capitals and small letters must match\./)
    await user.clear(field)
    await user.type(field, ' Billing - "edge')
    // Unfinished: pressing Finish says so and goes back to the field; nothing is sent.
    await user.click(finish)
    expect(field).toHaveFocus()
    expect(field).toHaveAccessibleDescription(/^Type all of the key’s name\./)
    expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
    await user.type(field, '" relay ')
    expect(finish).not.toHaveAttribute('aria-disabled')
    expect(field).toHaveAccessibleDescription(/^The key’s name, exactly/)
  })

  it('offers what the lifecycle allows for a suspended key: revoke, or keep it suspended', async () => {
    const { user, dialog, old } = await atStepThree('SUSPENDED')
    expect(within(dialog).getAllByRole('radio')).toHaveLength(2)
    expect(within(dialog).getByRole('radio', { name: 'Revoke now' })).toBeVisible()
    const keep = within(dialog).getByRole('radio', { name: 'Keep suspended for now' })
    // Already suspended: what is left to do later is to revoke it (it said "Suspend or revoke it from its menu").
    expect(keep).toHaveAccessibleDescription('Revoke it once nothing uses it any more.')
    await user.click(keep)
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(dialog).toHaveTextContent(`${old.name} is Suspended`)
    expect(dialog).toHaveTextContent('Revoke it once nothing uses it any more.')
    expect(dialog).not.toHaveTextContent('Suspend or revoke')
    expect(mock.store.audit.filter((entry) => entry.action === 'status')).toEqual([])
  })

  it('asks before the secret step is closed', async () => {
    const { user, dialog, onClose } = openRotation(seededKey('ACTIVE'))
    await createReplacement(user, dialog)
    await user.keyboard('{Escape}')
    const confirm = await screen.findByRole('alertdialog', { name: /^Close without the secret of .+\?$/ })
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }))
    expect(onClose).not.toHaveBeenCalled()
    expect(within(dialog).getByRole('textbox', { name: 'Secret key' })).toBeVisible()
  })
})

it('closed at step 3, it leaves the old key as it is and says so', async () => {
  const { user, onClose, old, toasts } = await atStepThree()
  await user.keyboard('{Escape}')
  expect(onClose).toHaveBeenCalledOnce()
  expect(toasts.get().at(-1)).toMatchObject({ tone: 'info', title: `${old.name} is still Active` })
  expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
})

it('the server answers the old key still Active: the toast says so, as an error, not "rotated"', async () => {
  const { user, dialog, old, toasts } = await atStepThree('ACTIVE')
  // A 200 to the suspend that leaves the key as it was.
  mock.server.use(http.patch(`${TEST_API_BASE}/v1/api-keys/:id`, () => HttpResponse.json({ api_key: mock.store.get(old.id) })))
  await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
  await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
  await within(dialog).findByText('Rotation complete', { selector: 'p' })
  expect(dialog).toHaveTextContent(`${old.name} is Active`)
  expect(toasts.get().at(-1)).toMatchObject({ tone: 'error', title: `The server kept ${old.name} Active` })
  expect(toasts.get().at(-1)?.description).toContain('You asked for Suspended')
  expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
})
