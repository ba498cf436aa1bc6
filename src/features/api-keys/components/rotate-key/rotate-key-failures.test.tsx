import { within } from '@testing-library/react'
import { setupCreateKeyMockApi } from '../create-key/test-utils'
import { escapeRegExp, rotationHelpers } from './test-utils'

const mock = setupCreateKeyMockApi()
const { atStepThree } = rotationHelpers(mock)
const REQUEST_ID = '\\(Request ID: req_[0-9A-Z]{26}\\)'

describe('when step 3 fails', () => {
  it('says which key is in which state, keeps the choice, and Retry succeeds', async () => {
    const { user, dialog, old, created } = await atStepThree()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH' })
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))

    const alert = await within(dialog).findByRole('alert')
    const said = `${created.name} (${created.id}) was created and is Active. ${old.name} is still Active: Internal error (injected). `
    expect(alert.textContent).toMatch(new RegExp(`^${escapeRegExp(said)}${REQUEST_ID}$`))
    expect(alert).toHaveFocus()
    expect(mock.store.get(old.id)?.status).toBe('ACTIVE')
    expect(within(dialog).getByRole('radio', { name: 'Suspend now' })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await within(dialog).findByText('Rotation complete', { selector: 'p' })
    expect(mock.store.get(old.id)?.status).toBe('SUSPENDED')
  })

  it('"Keep it active for now" ends with both keys active and nothing more sent', async () => {
    const { user, dialog, old } = await atStepThree()
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

  it('after a dropped connection, says the change may have reached the server', async () => {
    const { user, dialog, old } = await atStepThree()
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'network' }, times: 1, method: 'PATCH' })
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend now' }))
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(`${old.name} is probably still Active, but the request may have reached the server:`)
    expect(alert).toHaveTextContent('Check its status in the list before you retry.')
  })

  it('when the old key was deleted elsewhere, says so instead of "still Active"', async () => {
    const { user, dialog, old, created } = await atStepThree()
    mock.store.remove(old.id, new Date().toISOString())
    await user.click(within(dialog).getByRole('radio', { name: 'Revoke now' }))
    await user.type(within(dialog).getByRole('textbox', { name: `Type ${old.name} to confirm` }), old.name ?? '')
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      `${created.name} (${created.id}) was created and is Active. ${old.name} could not be revoked: It no longer exists: it was deleted elsewhere.`,
    )
  })
})
