import { fireEvent, render, screen, within } from '@testing-library/react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyFrom } from '../../../../test/api-key'
import type { KeyAction } from '../../model/key-actions'
import { ActionDialog } from './action-dialog'

// Revoke and delete want the key's name (or the count) typed: what they take, and what they say of a slip.
const sparse = keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ34' })

describe('typed confirmation', () => {
  const named = (name: string) => keyFrom({ id: '01JBCDEFGHJKMNPQRSTVWXYZ56', name, status: 'ACTIVE' })
  const open = (action: KeyAction, keys: ApiKey[]) => {
    const onConfirm = vi.fn<(reason: string) => void>()
    render(<ActionDialog request={{ action, keys }} onCancel={() => {}} onConfirm={onConfirm} />)
    const dialog = screen.getByRole('alertdialog')
    const field = within(dialog).getByRole('textbox', { name: /to confirm$/ })
    const type = (text: string) => fireEvent.change(field, { target: { value: text } })
    return { field, type, onConfirm, confirm: within(dialog).getByRole('button', { name: /^(Revoke|Delete) (key|\d+ keys)$/ }) }
  }

  it('accepts a name with an em dash and curly quotes typed with "-" and straight quotes, and says so', () => {
    const { field, type, confirm, onConfirm } = open('delete', [named('“Blue” bot — O’Neil')])
    expect(field).toHaveAccessibleName('Type “Blue” bot — O’Neil to confirm')
    expect(field).toHaveAccessibleDescription('The key’s name, exactly (ordinary - and \' " are fine for dashes and curly quotes).')
    type(` "Blue" bot - O'Neil `)
    expect(confirm).not.toHaveAttribute('aria-disabled')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('a key with no name is confirmed by its ID, and the hint and the slips say ID, not name', () => {
    const unnamed = keyFrom({ id: '01JVSABCDEFGHJKMNPQRSTQR6J', name: null, status: 'ACTIVE' })
    const { field, type, confirm, onConfirm } = open('revoke', [unnamed])
    expect(field).toHaveAccessibleName('Type 01JVSABCDEFGHJKMNPQRSTQR6J to confirm')
    expect(field).toHaveAccessibleDescription('The key’s ID, exactly: it has no name.')
    type('01JVS')
    fireEvent.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    expect(field).toHaveAccessibleDescription('Type all of the key’s ID. The key’s ID, exactly: it has no name.')
    type('01JVSX')
    expect(field).toHaveAccessibleDescription('That is not the key’s ID. The key’s ID, exactly: it has no name.')
    type('01JVSABCDEFGHJKMNPQRSTQR6J')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('a count names the keys the action changes, not the selection', () => {
    const { field, type } = open('delete', [named('One'), named('Two'), named('Three')])
    expect(field).toHaveAccessibleName('Type 3 to confirm')
    expect(field).toHaveAccessibleDescription('The number of keys to delete.')
    type('4')
    expect(field).toHaveAccessibleDescription('That is not the number of keys to delete: type 3. The number of keys to delete.')
  })

  it('refuses a looser match: case, a missing space, look-alike letters', () => {
    const { type, confirm, onConfirm } = open('revoke', [named('Ana Lima — Local dev')])
    for (const almost of ['ana lima - local dev', 'Ana Lima -Local dev', 'Аna Lima - Local dev', 'Ana Lima _ Local dev']) {
      type(almost)
      expect(confirm).toHaveAttribute('aria-disabled', 'true')
      // Unavailable, not disabled: a press reaches the form, which sends nothing.
      fireEvent.click(confirm)
      expect(onConfirm).not.toHaveBeenCalled()
    }
    type('Ana Lima - Local dev')
    expect(confirm).not.toHaveAttribute('aria-disabled')
  })

  it('says a slip as it is typed, and what is missing when the button is pressed, then takes the user to the field', () => {
    const { field, type, confirm, onConfirm } = open('revoke', [named('CI deploys')])
    fireEvent.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    expect(field).toHaveFocus()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription("Type the key’s name to confirm. The key’s name, exactly.")
    type('CI dep')
    expect(field).toHaveAccessibleDescription("Type all of the key’s name. The key’s name, exactly.")
    type('CI deps')
    expect(field).toHaveAccessibleDescription("That is not the key’s name. The key’s name, exactly.")
    type('ci deploys')
    expect(field).toHaveAccessibleDescription("That is not the key’s name: capitals and small letters must match. The key’s name, exactly.")
    type('CI deploys')
    expect(field).not.toHaveAttribute('aria-invalid')
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('says nothing against a name still being typed before the button is pressed', () => {
    const { field, type } = open('delete', [named('CI deploys')])
    type('CI de')
    expect(field).not.toHaveAttribute('aria-invalid')
    expect(field).toHaveAccessibleDescription("The key’s name, exactly.")
  })

  it('takes the user to a reason over the limit before the name, when both are in the way', () => {
    const { field, confirm, onConfirm } = open('revoke', [named('CI deploys')])
    const reason = screen.getByRole('textbox', { name: /^Reason/ })
    fireEvent.change(reason, { target: { value: 'r'.repeat(2001) } })
    fireEvent.change(field, { target: { value: 'CI deploys' } })
    fireEvent.click(confirm)
    expect(reason).toHaveFocus()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('takes a name with a newline, a tab and a run of spaces typed as the dialog shows it', () => {
    const { type, confirm } = open('revoke', [named('CI\n deploys\t(old)   x')])
    type('CI deploys (old) x')
    expect(confirm).not.toHaveAttribute('aria-disabled')
  })

  it('keeps the plain description for a name without dashes or curly quotes', () => {
    expect(open('revoke', [named('CI deploys')]).field).toHaveAccessibleDescription("The key’s name, exactly.")
  })

  it('takes the count for several keys, spaces around it ignored', () => {
    const { type, confirm } = open('delete', [named('A'), sparse])
    type(' 2 ')
    expect(confirm).not.toHaveAttribute('aria-disabled')
    type('3')
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
  })
})
