import { screen, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import { apiKeyKeys } from '../../api/query-keys'
import { renderWithClient, type User, type setupCreateKeyMockApi } from '../create-key/test-utils'
import { RotateKeyDialog } from './rotate-key-dialog'

/** Any key under lists(): the rotation invalidates by that prefix. */
export const LIST_KEY = [...apiKeyKeys.lists(), 'rotate-key-test'] as const
/** The date the suggested name carries (UTC). */
export const TODAY = () => new Date().toISOString().slice(0, 10)

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Opens a rotation over the mock API and walks its steps, as a person would. */
export function rotationHelpers(mock: ReturnType<typeof setupCreateKeyMockApi>) {
  /** A seeded key of this status with a name and restricted permissions, as the list would hand it over. */
  function seededKey(status: string, fields: Record<string, unknown> = {}): ApiKey {
    const record = mock.store.all().find((k) => k.status === status && k.name !== null && k.permissions.length > 0 && k.environment !== null)
    if (!record) throw new Error(`No seeded ${status} key`)
    return keyFrom({ ...record, ...fields })
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

  /** Step 2 → 3: Continue waits for "I have stored this key". */
  async function continueToRetire(user: User, dialog: HTMLElement): Promise<void> {
    const next = within(dialog).getByRole('button', { name: 'Continue to retire the old key' })
    expect(next).toHaveAttribute('aria-disabled', 'true')
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
    await user.click(next)
    expect(await within(dialog).findByText('Step 3 of 3: Retire the old key')).toBeVisible()
  }

  /** Opens a rotation of a seeded key of this status and walks it to step 3. */
  async function atStepThree(status = 'ACTIVE', fields: Record<string, unknown> = {}) {
    const old = seededKey(status, fields)
    const opened = openRotation(old)
    await createReplacement(opened.user, opened.dialog)
    await continueToRetire(opened.user, opened.dialog)
    const created = mock.store.all().find((k) => k.name === `${old.name} (rotated ${TODAY()})`)
    if (!created) throw new Error('The replacement is not on the server')
    return { ...opened, old, created }
  }

  return { seededKey, openRotation, createReplacement, continueToRetire, atStepThree }
}
