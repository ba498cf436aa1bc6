import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import type { ApiKeyRecord } from '../../../../api/api-key-schema'
import { noteSecretShown } from '../../api/shown-secrets'
import { API_KEYS_URL, fillForm, openCreateDialog, setupCreateKeyMockApi } from './test-utils'

const mock = setupCreateKeyMockApi()

function record(id: string, name: string, createdMsAgo: number): ApiKeyRecord {
  const template = mock.store.all()[0]
  if (!template) throw new Error('The seed is empty')
  return { ...template, id, name, key_type: 'SERVICE', environment: 'PRODUCTION', status: 'ACTIVE', create_time: new Date(Date.now() - createdMsAgo).toISOString() }
}

const FIRST = '01JZZZZZZZZZZZZZZZZZZZZZZ1'
const RESENT = '01JZZZZZZZZZZZZZZZZZZZZZZ2'
const SHOWN = '01JZZZZZZZZZZZZZZZZZZZZZZ3'
const OLD = '01JZZZZZZZZZZZZZZZZZZZZZZ4'

describe('after a create whose answer was lost', () => {
  it('lists the keys it may have made, leaves out older ones and those whose secret was shown, and revokes each in one click', async () => {
    mock.store.insert(record(OLD, 'Deploy bot', 3_600_000))
    mock.store.insert(record(SHOWN, 'Deploy bot', 30_000))
    // The server made the key twice (the browser resent the POST), and the answer never came.
    mock.server.use(
      http.post(API_KEYS_URL, () => {
        mock.store.insert(record(FIRST, 'Deploy bot', 0))
        mock.store.insert(record(RESENT, 'Deploy bot', 0))
        return HttpResponse.error()
      }),
    )
    const { user, dialog, queryClient } = await openCreateDialog()
    noteSecretShown(queryClient, SHOWN)
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const found = await within(dialog).findByRole('region', { name: 'Keys this create may have made' })
    expect(within(found).getByRole('status')).toHaveTextContent('2 keys named Deploy bot were created in the last few minutes, and their secrets were never shown')
    const items = within(found).getAllByRole('listitem')
    expect(items.map((item) => within(item).getByRole('code').textContent).sort()).toEqual([FIRST, RESENT])

    await user.click(within(found).getByRole('button', { name: `Revoke Deploy bot (${FIRST})` }))
    await user.click(within(found).getByRole('button', { name: `Revoke Deploy bot (${RESENT})` }))
    await waitFor(() => expect(within(found).getAllByText('Revoked')).toHaveLength(2))
    expect([FIRST, RESENT, SHOWN, OLD].map((id) => mock.store.get(id)?.status)).toEqual(['REVOKED', 'REVOKED', 'ACTIVE', 'ACTIVE'])
    expect(mock.seen.posts).toBe(1)
    // The form keeps what was typed, ready for another try.
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Deploy bot')
  })

  it('says when a refused revoke failed, on its row', async () => {
    mock.server.use(
      http.post(API_KEYS_URL, () => {
        mock.store.insert(record(FIRST, 'Deploy bot', 0))
        return new HttpResponse('<html>Bad gateway</html>', { status: 502 })
      }),
      http.patch(`${API_KEYS_URL}/${FIRST}`, () => HttpResponse.json({ error: { code: 'INTERNAL', message: 'Audit log unavailable.' } }, { status: 500 })),
    )
    const { user, dialog, queryClient } = await openCreateDialog()
    noteSecretShown(queryClient, SHOWN)
    await fillForm(user, dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const found = await within(dialog).findByRole('region', { name: 'Keys this create may have made' })
    expect(within(found).getByRole('status')).toHaveTextContent('A key named Deploy bot was created in the last few minutes, and its secret was never shown')
    await user.click(within(found).getByRole('button', { name: `Revoke Deploy bot (${FIRST})` }))
    expect(await within(found).findByText('Not revoked: Audit log unavailable.')).toBeVisible()
    expect(mock.store.get(FIRST)?.status).toBe('ACTIVE')
  })
})
