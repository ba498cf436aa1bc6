import { screen, waitFor, within } from '@testing-library/react'
import { CREATE_FORM_DEFAULTS } from './create-key-options'
import { sameValues } from './create-draft'
import { fillForm, openCreateDialog, setupCreateKeyMockApi, type User } from './test-utils'

setupCreateKeyMockApi()

async function reopen(user: User) {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  await user.click(screen.getByRole('button', { name: 'Create key' }))
  return screen.findByRole('dialog', { name: 'Create API key' })
}

/** A form filled in, closed by Escape and opened again: on its draft. */
async function reopenedOnDraft() {
  const { user, dialog } = await openCreateDialog()
  await fillForm(user, dialog, { name: 'Deploy bot' })
  await user.keyboard('{Escape}')
  return { user, again: await reopen(user) }
}

const restoredNote = (dialog: HTMLElement) => within(dialog).queryByText('What you entered before closing this form is back.')

describe('what was entered outlives a close', () => {
  it.each([
    ['Escape', (user: User) => user.keyboard('{Escape}')],
    ['the close button', (user: User, dialog: HTMLElement) => user.click(within(dialog).getByRole('button', { name: 'Close' }))],
  ])('closed with %s, the form opens again on what was entered, and says so', async (_, close) => {
    const { user, dialog } = await openCreateDialog()
    await fillForm(user, dialog, { name: 'Deploy bot', environment: 'Staging', scopes: ['runs: Read'] })
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Nightly deploys')
    await close(user, dialog)

    const again = await reopen(user)
    expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Deploy bot')
    expect(within(again).getByRole('textbox', { name: /^Description/ })).toHaveValue('Nightly deploys')
    expect(within(again).getByRole('radio', { name: 'Staging' })).toBeChecked()
    expect(within(again).getByRole('radio', { name: 'Restricted' })).toBeChecked()
    expect(within(again).getByRole('checkbox', { name: 'runs: Read' })).toBeChecked()
    expect(restoredNote(again)).not.toBeNull()
    // Name first, not the note's Start over above it, whose Enter would throw it all away.
    await waitFor(() => expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveFocus())
  })

  it('Start over empties the form, drops the note and puts the focus in Name; closed then, the form opens empty', async () => {
    const { user, again } = await reopenedOnDraft()
    await user.click(within(again).getByRole('button', { name: 'Start over' }))

    const name = within(again).getByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('')
    expect(name).toHaveFocus()
    expect(within(again).getByRole('radio', { name: 'Production' })).not.toBeChecked()
    expect(restoredNote(again)).toBeNull()
    await user.keyboard('{Escape}')
    const third = await reopen(user)
    expect(within(third).getByRole('textbox', { name: 'Name' })).toHaveValue('')
    expect(restoredNote(third)).toBeNull()
  })

  it('keeps nothing once the key is made', async () => {
    const { user, again } = await reopenedOnDraft()
    await user.click(within(again).getByRole('button', { name: 'Create key' }))
    const step = await screen.findByRole('alertdialog', { name: 'Save your secret key' })
    await user.click(within(step).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
    await user.click(within(step).getByRole('button', { name: 'Done' }))

    const next = await reopen(user)
    expect(within(next).getByRole('textbox', { name: 'Name' })).toHaveValue('')
    expect(restoredNote(next)).toBeNull()
  })

  it('Cancel throws the form away: it opens empty again', async () => {
    const { user, again } = await reopenedOnDraft()
    await user.type(within(again).getByRole('textbox', { name: /^Description/ }), 'More')
    await user.click(within(again).getByRole('button', { name: 'Cancel' }))
    const third = await reopen(user)
    expect(within(third).getByRole('textbox', { name: 'Name' })).toHaveValue('')
    expect(restoredNote(third)).toBeNull()
  })

  it('says nothing of a draft when nothing was entered', async () => {
    const { user } = await openCreateDialog()
    await user.keyboard('{Escape}')
    const again = await reopen(user)
    expect(restoredNote(again)).toBeNull()
  })
})

describe('sameValues', () => {
  it('takes an empty text as none and scopes in any order', () => {
    expect(sameValues(CREATE_FORM_DEFAULTS, { ...CREATE_FORM_DEFAULTS, name: '', description: undefined })).toBe(true)
    expect(sameValues({ ...CREATE_FORM_DEFAULTS, permissions: ['runs:read', 'agents:*'] }, { ...CREATE_FORM_DEFAULTS, permissions: ['agents:*', 'runs:read'] })).toBe(true)
    expect(sameValues(CREATE_FORM_DEFAULTS, { ...CREATE_FORM_DEFAULTS, name: ' ' })).toBe(false)
    expect(sameValues(CREATE_FORM_DEFAULTS, { ...CREATE_FORM_DEFAULTS, environment: 'STAGING' })).toBe(false)
  })
})
