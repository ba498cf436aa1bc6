import { act, screen, waitFor, within } from '@testing-library/react'
import { apiKeyKeys } from '../../api/query-keys'
import { CreateApiKeyButton } from './create-api-key-button'
import { fillForm, openCreateDialog, renderWithClient, setupCreateKeyMockApi, type User } from './test-utils'

setupCreateKeyMockApi()

// Any key under lists(): the create invalidates by that prefix, whatever the list layer keys its pages by.
const LIST_KEY = [...apiKeyKeys.lists(), 'create-key-test'] as const

/** Creates a key through the form and returns the secret step and the secret it shows. */
async function createKey() {
  const rendered = await openCreateDialog()
  rendered.queryClient.setQueryData(LIST_KEY, { api_keys: [], next_page_token: null, total_count: 0, rows_without_id: 0 })
  await fillForm(rendered.user, rendered.dialog, { name: 'Deploy bot', scopes: ['runs: Read', 'agents: Write'] })
  await rendered.user.click(within(rendered.dialog).getByRole('button', { name: 'Create key' }))
  const step = await screen.findByRole('alertdialog', { name: 'Save your secret key' })
  const field = within(step).getByRole('textbox', { name: 'Secret key' })
  if (!(field instanceof HTMLTextAreaElement)) throw new Error('The secret field is not a textarea')
  return { ...rendered, step, field, secret: field.value }
}

async function finish(user: User, step: HTMLElement) {
  await user.click(within(step).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
  await user.click(within(step).getByRole('button', { name: 'Done' }))
}

function beforeUnloadIsBlocked(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

it('shows the name, id and full secret in a read-only monospace field, and starts on Copy', async () => {
  const { step, field, secret } = await createKey()
  expect(secret).toMatch(/^coval_sk_prod_[A-Za-z0-9]{32}$/)
  expect(field).toHaveAttribute('readonly')
  expect(field).toHaveAttribute('spellcheck', 'false')
  expect(field).toHaveAttribute('autocomplete', 'off')
  expect(field).toHaveClass('font-mono')
  expect(step).toHaveTextContent('Deploy bot')
  expect(step).toHaveTextContent(/ID\s*[0-9A-Z]{26}/)
  expect(step).toHaveTextContent('Service · Production · 2 scopes')
  expect(step).toHaveTextContent('This secret will not be shown again.')
  expect(within(step).getByRole('button', { name: 'Copy' })).toHaveFocus()
})

it('copies exactly the secret and says so', async () => {
  const { user, step, secret } = await createKey()
  await user.click(within(step).getByRole('button', { name: 'Copy' }))
  expect(await navigator.clipboard.readText()).toBe(secret)
  expect(within(step).getByRole('status')).toHaveTextContent('Copied')
})

it.each([
  ['refused', () => vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))],
  ['missing', () => vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard)],
])('selects the secret and says how to copy it when the clipboard is %s', async (_, breakClipboard) => {
  const { user, step, field, secret } = await createKey()
  breakClipboard()
  await user.click(within(step).getByRole('button', { name: 'Copy' }))
  expect(field).toHaveFocus()
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, secret.length])
  expect(within(step).getByRole('status')).toHaveTextContent(/The key is selected: press (Ctrl\+C|⌘C) to copy it/)
  expect(within(step).getByRole('status')).not.toHaveTextContent('Copied')
})

it('keeps Done unavailable until the user says the key is stored, then leaves no trace', async () => {
  const { user, step, secret, queryClient } = await createKey()
  const done = within(step).getByRole('button', { name: 'Done' })
  // Unavailable but not disabled, as Revoke's and Finish are: pressed, it says what is missing and goes to the box.
  expect(done).toHaveAttribute('aria-disabled', 'true')
  expect(done).not.toBeDisabled()
  expect(done).toHaveAccessibleDescription('Tick “I have stored this key somewhere safe” to go on.')
  await user.click(done)
  expect(within(step).getByRole('checkbox', { name: 'I have stored this key somewhere safe' })).toHaveFocus()
  expect(within(step).getByRole('textbox', { name: 'Secret key' })).toHaveValue(secret)
  expect(screen.getByRole('alertdialog', { name: 'Save your secret key' })).toBeInTheDocument()
  // The list must not refresh under the open dialog.
  expect(queryClient.getQueryState(LIST_KEY)?.isInvalidated).toBe(false)
  expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state))).not.toContain(secret)

  await finish(user, step)
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
  expect(document.body.innerHTML).not.toContain(secret)
  expect(screen.getByRole('button', { name: 'Create key' })).toHaveFocus()
  expect(queryClient.getQueryState(LIST_KEY)?.isInvalidated).toBe(true)
  await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0))
  expect(beforeUnloadIsBlocked()).toBe(false)
})

it('asks before Escape or the close button close it, naming the key whose secret would go (the key stays: nothing is discarded)', async () => {
  const { user, step, secret } = await createKey()
  for (const close of [() => user.keyboard('{Escape}'), () => user.click(within(step).getByRole('button', { name: 'Close' }))]) {
    await close()
    const confirm = await screen.findByRole('alertdialog', { name: 'Close without the secret of Deploy bot?' })
    expect(within(confirm).getByRole('button', { name: 'Go back' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Close without the secret of Deploy bot?' })).toBeNull())
    expect(within(step).getByRole('textbox', { name: 'Secret key' })).toHaveValue(secret)
  }
  await user.keyboard('{Escape}')
  await user.click(within(await screen.findByRole('alertdialog', { name: 'Close without the secret of Deploy bot?' })).getByRole('button', { name: 'Close' }))
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
  expect(document.body.innerHTML).not.toContain(secret)
})

it('asks before the page unloads while the secret is shown', async () => {
  const { user, step } = await createKey()
  expect(beforeUnloadIsBlocked()).toBe(true)
  await finish(user, step)
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
  expect(beforeUnloadIsBlocked()).toBe(false)
})

it('keeps the secret on screen when the button that opened it leaves the page', async () => {
  const header = <CreateApiKeyButton key="header" />
  const { user, rerender } = renderWithClient([header, (
    <CreateApiKeyButton key="empty" variant="secondary">
      Create your first key
    </CreateApiKeyButton>
  )])
  await user.click(screen.getByRole('button', { name: 'Create your first key' }))
  const dialog = await screen.findByRole('dialog', { name: 'Create API key' })
  await fillForm(user, dialog)
  await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
  const step = await screen.findByRole('alertdialog', { name: 'Save your secret key' })
  const secret = within(step).getByRole('textbox', { name: 'Secret key' })

  // The first key replaces the empty state, and its button with it.
  act(() => rerender([header]))
  expect(screen.getByRole('alertdialog', { name: 'Save your secret key' })).toBe(step)
  expect(secret).toBeInTheDocument()
  await finish(user, step)
  await waitFor(() => expect(screen.getByRole('button', { name: 'Create key' })).toHaveFocus())
})
