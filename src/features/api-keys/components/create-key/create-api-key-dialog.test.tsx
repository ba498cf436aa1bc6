import { onlineManager } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { apiKeyKeys } from '../../api/query-keys'
import { API_KEYS_URL, fillForm, openCreateDialog, setupCreateKeyMockApi } from './test-utils'

const mock = setupCreateKeyMockApi()
// Any key under lists(): the create invalidates by that prefix, whatever the list layer keys its pages by.
const LIST_KEY = [...apiKeyKeys.lists(), 'create-key-test'] as const

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

it('says there is no expiry date to set, and what to do instead (users of other key pages look for one)', async () => {
  const { dialog } = await openCreateDialog()
  expect(within(dialog).getByText('Keys have no expiry date to set: the Coval API has none. Rotate them instead; the Audit page shows which are due.')).toBeVisible()
})

describe('validation', () => {
  it('ties every error to its field and focuses the first one', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.click(within(dialog).getByRole('radio', { name: 'Restricted' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await waitFor(() => expect(name).toHaveFocus())
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(describedBy(name)).toContain('Enter a name.')
    const environment = within(dialog).getByRole('radiogroup', { name: 'Environment' })
    expect(environment).toHaveAttribute('aria-invalid', 'true')
    expect(describedBy(environment)).toContain('Choose an environment.')
    const permissions = within(dialog).getByRole('radiogroup', { name: 'Permissions' })
    expect(describedBy(permissions)).toContain('Choose at least one permission, or give the key full access.')
    expect(mock.seen.posts).toBe(0)
  })

  it('focuses the first invalid field when it is not the first field', async () => {
    const { user, dialog } = await openCreateDialog()
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Deploy bot')
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: 'Production' })).toHaveFocus())
  })

  it('counts the description in code points, as the server does, and refuses more than 2000', async () => {
    const { user, dialog } = await openCreateDialog()
    const description = within(dialog).getByRole('textbox', { name: /^Description/ })
    expect(describedBy(description)).toContain('0 / 2,000 characters')
    await user.click(description)
    await user.paste('🚀'.repeat(2001))
    expect(describedBy(description)).toContain('2,001 / 2,000 characters')
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await waitFor(() => expect(description).toHaveFocus())
    expect(describedBy(description)).toContain('Use at most 2,000 characters (this has 2,001).')
  })
  it('shows the name’s count as it nears its limit, and says why emoji count as several (review round 19)', async () => {
    const { user, dialog } = await openCreateDialog()
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await user.click(name)
    await user.paste('Deploy bot')
    expect(describedBy(name)).not.toContain('/ 200')
    await user.paste('👨‍👩‍👧‍👦'.repeat(30))
    expect(describedBy(name)).toContain('220 / 200 characters')
    await user.click(within(dialog).getByRole('radio', { name: 'Production' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await waitFor(() => expect(name).toHaveFocus())
    expect(describedBy(name)).toContain('Use at most 200 characters (this has 220; an emoji or an accented letter can count as several).')
  })

  it('counts a family emoji as the 5 code points the server counts', async () => {
    const { user, dialog } = await openCreateDialog()
    const description = within(dialog).getByRole('textbox', { name: /^Description/ })
    await user.click(description)
    await user.paste('👨‍👩‍👧'.repeat(2))
    expect(describedBy(description)).toContain('10 / 2,000 characters')
  })
})

describe('server errors', () => {
  it('puts INVALID_ARGUMENT details on the fields they name, and focuses the first', async () => {
    mock.server.use(
      http.post(API_KEYS_URL, () =>
        HttpResponse.json(
          {
            error: {
              code: 'INVALID_ARGUMENT',
              message: 'The request is not valid.',
              details: [
                { field: 'environment', description: 'Production keys are disabled for this organisation.' },
                { field: 'name', description: 'A key with this name already exists.' },
              ],
            },
          },
          { status: 400, headers: { 'x-request-id': 'req_TEST' } },
        ),
      ),
    )
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await waitFor(() => expect(name).toHaveFocus())
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(describedBy(name)).toContain('A key with this name already exists.')
    expect(describedBy(within(dialog).getByRole('radiogroup', { name: 'Environment' }))).toContain('Production keys are disabled')
    expect(within(dialog).queryByRole('alert')).toBeNull()
    // The form keeps what was typed, so the user fixes one field and sends again.
    expect(name).toHaveValue('Deploy bot')
  })

  it('marks a field the server named without saying why, with a generic text', async () => {
    mock.server.use(
      http.post(API_KEYS_URL, () =>
        HttpResponse.json({ error: { code: 'INVALID_ARGUMENT', message: 'The request is not valid.', details: [{ field: 'name' }, 'noise', { field: 'environment', description: 'Not here.' }] } }, { status: 400 }),
      ),
    )
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await waitFor(() => expect(name).toHaveFocus())
    expect(describedBy(name)).toContain('The server did not accept this value.')
    expect(describedBy(within(dialog).getByRole('radiogroup', { name: 'Environment' }))).toContain('Not here.')
  })

  it('shows details that name no field above the form', async () => {
    mock.server.use(
      http.post(API_KEYS_URL, () =>
        HttpResponse.json({ error: { code: 'INVALID_ARGUMENT', message: 'Too many keys.', details: [{ field: 'organization', description: 'Limit is 500 keys.' }] } }, { status: 400 }),
      ),
    )
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The key was not created')
    expect(alert).toHaveTextContent('Too many keys. Limit is 500 keys.')
    expect(alert).toHaveFocus()
  })

  it('does not put a 403’s details on the permissions field', async () => {
    const { user, dialog, api } = await openCreateDialog()
    api.configure({ apiKey: 'test_admin_key-readonly' })
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The API key lacks the api-keys:write permission.')
    expect(within(dialog).getByRole('radiogroup', { name: 'Permissions' })).not.toHaveAttribute('aria-invalid')
  })

  it('says the key may exist after a network failure, refreshes the list, and sends nothing more', async () => {
    const { user, dialog, queryClient } = await openCreateDialog()
    queryClient.setQueryData(LIST_KEY, { api_keys: [], next_page_token: null, total_count: 0, rows_without_id: 0 })
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'network' }, times: 1, method: 'POST' })
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const alert = await within(dialog).findByRole('alert')
    // The request never reached the server here, and the lookup says so; the alert then stops saying
    // the key may exist (it said so over the lookup's "No key named …").
    expect(await within(dialog).findByText(/was created in the last few minutes, so trying again will not make a second one/)).toHaveTextContent('No key named Deploy bot')
    await waitFor(() => expect(alert).toHaveTextContent('The key was not created'))
    expect(alert).not.toHaveTextContent(/may have been created|may exist/)
    expect(queryClient.getQueryState(LIST_KEY)?.isInvalidated).toBe(true)
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Deploy bot')
    // Nothing left in flight that could send another create.
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0))
    expect(mock.seen.posts).toBe(1)
  })
})

describe('submitting', () => {
  it('after a 429 that asked for a wait, sends nothing before it is over, says when it can, then creates', async () => {
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 1, body: 'envelope' }, times: 1, method: 'POST' })
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await within(dialog).findByRole('alert')
    const submit = within(dialog).getByRole('button', { name: 'Create key in 1 s' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    await user.click(submit)
    await user.keyboard('{Enter}')
    expect(mock.seen.posts).toBe(1)
    await waitFor(() => expect(submit).toHaveAccessibleName('Create key'), { timeout: 3000 })
    expect(submit).not.toHaveAttribute('aria-disabled')
    await user.click(submit)
    await screen.findByRole('alertdialog', { name: 'Save your secret key' })
    expect(mock.seen.posts).toBe(2)
  })

  it('sends one create however often it is submitted, and shows progress meanwhile', async () => {
    // The server holds its answer until the test has tried every way of sending twice.
    let answer = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    mock.server.use(http.post(API_KEYS_URL, () => held))
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog)
    const submit = within(dialog).getByRole('button', { name: 'Create key' })
    await user.dblClick(submit)
    await user.click(submit)
    await user.keyboard('{Enter}')
    expect(await within(dialog).findByRole('button', { name: 'Creating key…' })).toHaveAttribute('aria-disabled', 'true')
    answer()
    await screen.findByRole('alertdialog', { name: 'Save your secret key' })
    expect(mock.seen.posts).toBe(1)
    expect(mock.store.all().filter((key) => key.name === 'Deploy bot')).toHaveLength(1)
  })

  it('sends at once even when the browser says it is offline, rather than holding the create to send unseen later', async () => {
    onlineManager.setOnline(false)
    try {
      const { user, dialog } = await openCreateDialog()
      await fillForm(user, dialog)
      await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
      await screen.findByRole('alertdialog', { name: 'Save your secret key' })
      expect(mock.seen.posts).toBe(1)
    } finally {
      onlineManager.setOnline(true)
    }
  })

  it('creates a full-access key: an empty permissions list', async () => {
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog, { name: '  Nightly export  ', environment: 'Staging' })
    await user.click(within(dialog).getByRole('radio', { name: 'User' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await screen.findByRole('alertdialog')
    expect(mock.store.all().find((key) => key.name === 'Nightly export')).toMatchObject({ key_type: 'USER', environment: 'STAGING', permissions: [] })
  })

  it('creates a restricted key with the scopes ticked, a whole resource as resource:*', async () => {
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog, { scopes: ['runs: Read', 'agents: All', 'reports: Delete'] })
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    await screen.findByRole('alertdialog')
    const created = mock.store.all().find((key) => key.name === 'Deploy bot')
    expect(created).toMatchObject({ key_type: 'SERVICE', environment: 'PRODUCTION', permissions: ['runs:read', 'agents:*', 'reports:delete'] })
  })
})
