import { focusManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { preloadCommandPalette } from '../../../app/command-palette-trigger'
import { startMockApiServer } from '../../../test/mock-api-server'
import { renderApp } from '../../../test/render-app'
import { expectRange, SLOW } from '../../../test/keys-table-queries'
import { fillForm } from './create-key/test-utils'

const mock = startMockApiServer()

// Whole-page tests over a real (mock) server: each step waits for what the page shows.
vi.setConfig({ testTimeout: 60_000 })

/** Every dialog in the document, whatever its role. */
const dialogsInDocument = () => document.querySelectorAll('[role="dialog"], [role="alertdialog"]')

/** The list as a tab brought back after a while finds it: stale, so it is read again. */
function comeBackLater() {
  const now = Date.now()
  vi.spyOn(Date, 'now').mockReturnValue(now + 60_000)
  act(() => {
    focusManager.setFocused(false)
    focusManager.setFocused(true)
  })
}

describe('One create dialog for the whole page', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    focusManager.setFocused(undefined)
  })

  it('keeps the secret of the first key when the empty state and its button leave, then gives focus to the header’s button', async () => {
    mock.store.replaceAll([])
    const { user } = await renderApp()
    const empty = (await screen.findByRole('heading', { name: 'No API keys yet' }, SLOW)).parentElement
    if (!empty) throw new Error('The empty state has no panel')
    await user.click(within(empty).getByRole('button', { name: 'Create key' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' }, SLOW)
    await fillForm(user, dialog, { name: 'First bot' })
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const step = await screen.findByRole('alertdialog', { name: 'Save your secret key' }, SLOW)
    const secret = within(step).getByRole<HTMLInputElement>('textbox', { name: 'Secret key' }).value
    expect(secret).toMatch(/^coval_sk_prod_/)

    // The list is read again under the open dialog: the first key replaces the empty state.
    comeBackLater()
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'No API keys yet' })).toBeNull(), SLOW)
    expect(empty).not.toBeInTheDocument()
    expect(screen.getByRole('alertdialog', { name: 'Save your secret key' })).toBe(step)
    expect(within(step).getByRole<HTMLInputElement>('textbox', { name: 'Secret key' }).value).toBe(secret)

    await user.click(within(step).getByRole('checkbox', { name: 'I have stored this key somewhere safe' }))
    await user.click(within(step).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(dialogsInDocument()).toHaveLength(0), SLOW)
    const headerButton = screen.getByRole('button', { name: 'Create key' })
    await waitFor(() => expect(headerButton).toHaveFocus())
    expect(document.body.innerHTML).not.toContain(secret)
  })

  it('opens the same single dialog from the header’s button and from the command palette, and focus goes back to each', async () => {
    // Loaded first, as pointing at its button does: jsdom's act would not wake a suspended first render.
    await preloadCommandPalette()
    const { user } = await renderApp()
    await expectRange('1–20 of 320')

    const headerButton = screen.getByRole('button', { name: 'Create key' })
    await user.click(headerButton)
    const first = await screen.findByRole('dialog', { name: 'Create API key' }, SLOW)
    expect(dialogsInDocument()).toHaveLength(1)
    await user.click(within(first).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(dialogsInDocument()).toHaveLength(0))
    await waitFor(() => expect(headerButton).toHaveFocus())

    const paletteButton = screen.getByRole('button', { name: /^Command palette/ })
    await user.click(paletteButton)
    const palette = await screen.findByRole('dialog', { name: 'Command palette' }, SLOW)
    await user.type(within(palette).getByRole('combobox', { name: 'Search keys, views and actions' }), 'Create key')
    await user.click(await within(palette).findByRole('option', { name: /^Create key/ }, SLOW))
    const second = await screen.findByRole('dialog', { name: 'Create API key' }, SLOW)
    await waitFor(() => expect(dialogsInDocument()).toHaveLength(1))
    expect(second).toBe(screen.getByRole('dialog'))
    await user.click(within(second).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(dialogsInDocument()).toHaveLength(0))
    await waitFor(() => expect(paletteButton).toHaveFocus())
  })
})
