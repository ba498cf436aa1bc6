import { screen, waitFor, within } from '@testing-library/react'
import { apiKeySchema, type ApiKey } from '../../../../api/api-key-schema'
import { getToasts } from '../../../../components/ui/toast-store'
import { apiKeyKeys } from '../../api/query-keys'
import { renderWithClient, setupCreateKeyMockApi, type User } from '../create-key/test-utils'
import { RotateKeyDialog } from './rotate-key-dialog'

const mock = setupCreateKeyMockApi()
const LIST_KEY = [...apiKeyKeys.lists(), 'rotate-key-test'] as const
const TODAY = () => new Date().toISOString().slice(0, 10)

/** A seeded key of this status with a name and restricted permissions, as the list would hand it over. */
function seededKey(status: string, fields: Record<string, unknown> = {}): ApiKey {
  const record = mock.store.all().find((k) => k.status === status && k.name !== null && k.permissions.length > 0 && k.environment !== null)
  if (!record) throw new Error(`No seeded ${status} key`)
  return apiKeySchema.parse({ ...record, ...fields })
}

function openRotation(apiKey: ApiKey) {
  const onClose = vi.fn<() => void>()
  const rendered = renderWithClient(<RotateKeyDialog apiKey={apiKey} onClose={onClose} />)
  rendered.queryClient.setQueryData(LIST_KEY, { api_keys: [], next_page_token: null, total_count: 0, rows_without_id: 0 })
  const dialog = screen.getByRole('dialog', { name: `Rotate ${apiKey.name}` })
  return { ...rendered, dialog, onClose }
}

/** Step 1 → 2: creates the replacement as prefilled; returns the secret shown. */
async function createReplacement(user: User, dialog: HTMLElement): Promise<string> {
  await user.click(within(dialog).getByRole('button', { name: 'Create replacement' }))
  const secret = await within(dialog).findByRole('textbox', { name: 'Secret key' })
  expect(dialog).toHaveTextContent('Step 2 of 3: Save the new secret')
  return (secret as HTMLTextAreaElement).value
}

/** Step 2 → 3. */
async function continueToRetire(user: User, dialog: HTMLElement) {
  const next = within(dialog).getByRole('button', { name: 'Continue to retire the old key' })
  expect(next).toBeDisabled()
  await user.click(within(dialog).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
  await user.click(next)
  expect(await within(dialog).findByText('Step 3 of 3: Retire the old key')).toBeVisible()
}

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
    expect(dialog).toHaveTextContent('left out of the replacement: billing:read.')
    expect(dialog).toHaveTextContent('The old key does not say its environment')
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
    const { user, dialog, queryClient, onClose } = openRotation(old)
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
    expect(mock.store.get(old.id)?.status).toBe('SUSPENDED')
    expect(mock.store.audit.at(-1)).toMatchObject({ keyId: old.id, status: 'SUSPENDED', reason: `Rotated: replaced by ${created?.id}` })
    expect(dialog).toHaveTextContent(`${created?.name} is Active`)
    expect(dialog).toHaveTextContent(`${old.name} is Suspended`)
    expect(getToasts().at(-1)).toMatchObject({ tone: 'success', title: `${old.name} rotated` })
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('revokes the old key only once its name is typed', async () => {
    const old = seededKey('ACTIVE')
    const { user, dialog } = openRotation(old)
    await createReplacement(user, dialog)
    await continueToRetire(user, dialog)
    await user.click(within(dialog).getByRole('radio', { name: 'Revoke now' }))
    const finish = within(dialog).getByRole('button', { name: 'Finish' })
    expect(finish).toBeDisabled()
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${old.name} to confirm` }), old.name ?? '')
    await user.click(finish)
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(mock.store.get(old.id)?.status).toBe('REVOKED')
  })

  it('offers what the lifecycle allows for a suspended key: revoke, or keep it suspended', async () => {
    const old = seededKey('SUSPENDED')
    const { user, dialog } = openRotation(old)
    await createReplacement(user, dialog)
    await continueToRetire(user, dialog)
    expect(within(dialog).getAllByRole('radio')).toHaveLength(2)
    expect(within(dialog).getByRole('radio', { name: 'Revoke now' })).toBeVisible()
    await user.click(within(dialog).getByRole('radio', { name: 'Keep suspended for now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(dialog).toHaveTextContent(`${old.name} is Suspended`)
    expect(mock.store.audit.filter((entry) => entry.action === 'status')).toEqual([])
  })

  it('asks before the secret step is closed', async () => {
    const { user, dialog, onClose } = openRotation(seededKey('ACTIVE'))
    await createReplacement(user, dialog)
    await user.keyboard('{Escape}')
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard this key?' })
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }))
    expect(onClose).not.toHaveBeenCalled()
    expect(within(dialog).getByRole('textbox', { name: 'Secret key' })).toBeVisible()
  })
})

describe('when step 3 fails', () => {
  it('says which key is in which state, keeps the choice, and Retry succeeds', async () => {
    const old = seededKey('ACTIVE')
    const { user, dialog } = openRotation(old)
    await createReplacement(user, dialog)
    await continueToRetire(user, dialog)
    const created = newestNamed(`${old.name} (rotated ${TODAY()})`)
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH' })
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toMatch(
      new RegExp(`^${escape(`${created?.name} (${created?.id}) was created and is Active. ${old.name} is still Active: Internal error (injected). (Request ID: req_`)}[0-9A-Z]{26}\\)$`),
    )
    expect(alert).toHaveFocus()
    expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
    expect(within(dialog).getByRole('radio', { name: 'Suspend now' })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(mock.store.get(old.id)?.status).toBe('SUSPENDED')
  })

  it('"Keep it active for now" ends with both keys active and nothing more sent', async () => {
    const old = seededKey('ACTIVE')
    const { user, dialog } = openRotation(old)
    await createReplacement(user, dialog)
    await continueToRetire(user, dialog)
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 503, body: 'envelope' }, times: 1, method: 'PATCH' })
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
    await within(dialog).findByRole('alert')
    await user.click(within(dialog).getByRole('button', { name: 'Keep it active for now' }))
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(dialog).toHaveTextContent(`${old.name} is Active`)
    expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
    expect(mock.store.audit.filter((entry) => entry.action === 'status')).toEqual([])
  })
})

it('closed at step 3, it leaves the old key as it is and says so', async () => {
  const old = seededKey('ACTIVE')
  const { user, dialog, onClose } = openRotation(old)
  await createReplacement(user, dialog)
  await continueToRetire(user, dialog)
  await user.keyboard('{Escape}')
  expect(onClose).toHaveBeenCalledOnce()
  expect(getToasts().at(-1)).toMatchObject({ tone: 'info', title: `${old.name} is still Active` })
  expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
