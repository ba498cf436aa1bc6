import { screen, waitFor, within } from '@testing-library/react'
import { startMockApiServer } from '../../../test/mock-api-server'
import { renderApp } from '../../../test/render-app'
import { cellOf, expectRange, rowOf, SLOW } from '../../../test/keys-table-queries'
import { fillForm } from './create-key/test-utils'

const mock = startMockApiServer()

// Whole-page tests over a real (mock) server: each step waits for what the page shows.
vi.setConfig({ testTimeout: 60_000 })

describe('Create key on the keys page', () => {
  it('shows the full secret once; after Done the new key is listed, masked, and the secret is nowhere on the page', async () => {
    const { user } = await renderApp()
    await expectRange('1–20 of 320')

    await user.click(screen.getByRole('button', { name: 'Create key' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' }, SLOW)
    await fillForm(user, dialog, { name: 'Nightly export bot', environment: 'Staging' })
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const step = await screen.findByRole('alertdialog', { name: 'Save your secret key' }, SLOW)
    const secret = within(step).getByRole<HTMLInputElement>('textbox', { name: 'Secret key' }).value
    expect(secret).toMatch(/^coval_sk_staging_[A-Za-z0-9]{32}$/)
    const created = mock.store.all().find((key) => key.name === 'Nightly export bot')
    if (!created) throw new Error('The server holds no new key')
    expect(created).toMatchObject({ environment: 'STAGING', status: 'ACTIVE' })
    // The server keeps only the masked form, ending as the secret does.
    expect(created.api_key).not.toBe(secret)
    expect(created.api_key.endsWith(secret.slice(-4))).toBe(true)

    const done = within(step).getByRole('button', { name: 'Done' })
    expect(done).toHaveAttribute('aria-disabled', 'true')
    await user.click(within(step).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
    await user.click(done)
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Save your secret key' })).toBeNull(), SLOW)

    await expectRange('1–20 of 321')
    expect(cellOf(rowOf(created.id), 'Name')).toHaveTextContent('Nightly export bot')
    expect(cellOf(rowOf(created.id), 'Environment')).toHaveTextContent('Staging')
    expect(document.body.innerHTML).not.toContain(secret)
  })
})
