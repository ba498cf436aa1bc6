import { fireEvent, render, screen, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import { previewBulk } from '../../model/bulk-preview'
import { ActionDialog } from './action-dialog'

const keys: ApiKey[] = Array.from({ length: 40 }, (_, i) =>
  keyFrom({ id: `01JBCDEFGHJKMNPQRSTVWX${String(i).padStart(4, '0')}`, name: `key ${i}`, status: i < 38 ? 'ACTIVE' : 'REVOKED' }),
)

function open(action: 'suspend' | 'revoke', view: readonly ApiKey[]) {
  const preview = previewBulk(action, view)
  const onConfirm = vi.fn<(reason: string) => void>()
  render(<ActionDialog request={{ action, keys: preview.willChange, preview }} onCancel={() => {}} onConfirm={onConfirm} />)
  return { onConfirm }
}

describe('the confirmation of a whole view', () => {
  it('summarises hundreds of keys in counts, with the skipped ones, and sends one reason', () => {
    const { onConfirm } = open('suspend', keys)
    const dialog = screen.getByRole('dialog', { name: 'Suspend 38 keys?' })
    expect(within(dialog).getByRole('group', { name: 'What will happen' })).toHaveTextContent('38 will be suspended; 2 are revoked and will be skipped.')
    expect(within(dialog).queryByRole('list', { name: 'Keys' })).toBeNull()
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), { target: { value: ' Clean-up ' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend 38 keys' }))
    expect(onConfirm).toHaveBeenCalledWith('Clean-up', '')
  })

  it('wants the count of keys that change typed for revoke', () => {
    open('revoke', keys)
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke 38 keys?' })
    const confirm = within(dialog).getByRole('button', { name: 'Revoke 38 keys' })
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Type 38 to confirm' }), { target: { value: '38' } })
    expect(confirm).not.toHaveAttribute('aria-disabled')
  })

  it('has nothing to confirm when the lifecycle skips every key', () => {
    open('suspend', keys.slice(38))
    const dialog = screen.getByRole('dialog', { name: 'Suspend 0 keys?' })
    expect(within(dialog).getByRole('group', { name: 'What will happen' })).toHaveTextContent('There is nothing to do.')
    expect(within(dialog).getByRole('button', { name: 'Suspend 0 keys' })).toHaveAttribute('aria-disabled', 'true')
  })
})
