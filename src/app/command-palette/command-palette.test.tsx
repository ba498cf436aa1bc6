import { QueryClient } from '@tanstack/react-query'
import { testServices } from '../../test/test-services'
import { AppServicesProvider } from '../app-services'
import { render, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import userEvent from '@testing-library/user-event'
import { KeyDialogsProvider } from '../../features/api-keys/components/key-dialogs/key-dialogs-provider'
import { startMockApiServer } from '../../test/mock-api-server'
import type { AppModeControls } from '../use-app-mode'
import { CommandPalette } from './command-palette'

// jsdom lays nothing out, so it has no scrollIntoView.
Element.prototype.scrollIntoView ??= () => undefined

const mock = startMockApiServer()
// Each test types into a palette that searches the keys over msw: on a busy two-core machine that passes five seconds.
vi.setConfig({ testTimeout: 30_000 })

function Harness({ modes, path }: { modes: AppModeControls; path: string }) {
  const [open, setOpen] = useState(true)
  return <CommandPalette open={open} onOpenChange={setOpen} modes={modes} path={path} onConnect={vi.fn<() => void>()} origin={null} />
}

function renderPalette(path = '/') {
  const modes: AppModeControls = { mode: { kind: 'demo' }, demoAvailable: true, demo: null, connect: vi.fn<AppModeControls['connect']>(), disconnect: vi.fn<AppModeControls['disconnect']>(), switchToDemo: vi.fn<AppModeControls['switchToDemo']>(), resetDemo: vi.fn<AppModeControls['resetDemo']>() }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <AppServicesProvider services={testServices({ queryClient })}>
      <KeyDialogsProvider page={path}>
        <Harness modes={modes} path={path} />
      </KeyDialogsProvider>
    </AppServicesProvider>,
  )
  return { modes, user: userEvent.setup() }
}

/** A seeded key whose name no other key's name contains. */
function uniqueKey() {
  const all = mock.store.all()
  const key = all.find((k) => k.name && /^[A-Za-z][A-Za-z0-9 -]{3,}$/.test(k.name) && !all.some((o) => o !== k && (o.name ?? '').toLowerCase().includes((k.name ?? '').toLowerCase())))
  if (!key?.name) throw new Error('No seeded key with a unique name')
  return { ...key, name: key.name }
}

describe('CommandPalette', () => {
  it('finds a key by name through the list and opens its page on Enter', async () => {
    const key = uniqueKey()
    window.history.replaceState(null, '', '/')
    const { user } = renderPalette()
    const input = screen.getByRole('combobox', { name: 'Search keys, views and actions' })
    await user.type(input, key.name)
    const option = await screen.findByRole('option', { name: new RegExp(`^${key.name}`) })
    expect(option).toHaveAttribute('aria-selected', 'true')
    expect(input).toHaveAttribute('aria-activedescendant', option.id)
    await user.keyboard('{Enter}')
    await waitFor(() => expect(window.location.pathname).toBe(`/keys/${key.id}`))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('called with nothing focused, a preset view leaves focus on the main region, not the body', async () => {
    window.history.replaceState(null, '', '/')
    const main = document.createElement('main')
    main.id = 'main'
    main.tabIndex = -1
    document.body.append(main)
    const { user } = renderPalette()
    await user.type(screen.getByRole('combobox', { name: 'Search keys, views and actions' }), 'Production keys never used')
    await screen.findByText('No key matches. 1 view or action.')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('used')).toBe('never'))
    expect(document.activeElement).toBe(main)
    main.remove()
  })

  it('asked for a key action it does not run, says where it is, and nothing runs on Enter', async () => {
    window.history.replaceState(null, '', '/?env=STAGING')
    const { user, modes } = renderPalette()
    await user.type(screen.getByRole('combobox', { name: 'Search keys, views and actions' }), 'revoke')
    await screen.findByText(/^No key matches\. Suspend, reactivate, rotate, revoke and delete are on each key: type part of its name to go to it, or select keys in the list\.$/)
    expect(screen.queryAllByRole('option')).toEqual([])
    await user.keyboard('{Enter}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(window.location.search).toBe('?env=STAGING')
    expect(modes.resetDemo).not.toHaveBeenCalled()
  })

  it('runs an action once closed: Reset demo data', async () => {
    const { user, modes } = renderPalette()
    await user.type(screen.getByRole('combobox', { name: 'Search keys, views and actions' }), 'reset demo')
    await screen.findByText('No key matches. 1 view or action.')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Reset demo data'])
    await user.keyboard('{Enter}')
    await waitFor(() => expect(modes.resetDemo).toHaveBeenCalledTimes(1))
  })

  it('moves through views and actions with the arrow keys, wrapping round', async () => {
    const { user } = renderPalette('/audit')
    const input = screen.getByRole('combobox', { name: 'Search keys, views and actions' })
    const options = screen.getAllByRole('option')
    expect(options[0]).toHaveAccessibleName('Production keys never used')
    expect(screen.queryByRole('option', { name: 'Export this view' })).toBeNull()
    await user.keyboard('{ArrowUp}')
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id)
    expect(options.at(-1)).toHaveAccessibleName('Reset demo data')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id)
  })

  it('finds a saved view by name in its own group and applies it on Enter', async () => {
    localStorage.setItem('coval-saved-views:v1', JSON.stringify([{ id: 'v1', name: 'Zqxv prod <i>check</i>', query: 'env=PRODUCTION&used=never&page=4' }]))
    window.history.replaceState(null, '', '/?env=STAGING&page=2')
    const { user } = renderPalette()
    await user.type(screen.getByRole('combobox', { name: 'Search keys, views and actions' }), 'zqxv')
    await screen.findByText('No key matches. 1 view or action.')
    const option = within(screen.getByRole('group', { name: 'Saved views' })).getByRole('option')
    expect(option).toHaveAccessibleName(/^Zqxv prod <i>check<\/i>\s*Production, never used$/)
    expect(screen.getAllByRole('option')).toEqual([option])
    expect(option).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(window.location.search).toBe('?env=PRODUCTION&used=never'))
    localStorage.clear()
  })
})
