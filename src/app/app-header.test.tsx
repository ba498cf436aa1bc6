import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { ApiError } from '../api/api-error'
import { AppHeader, preloadConnectedBadge } from './app-header'
import { preloadHeaderMenu } from './header-more-button'
import type { DemoControls } from './start-mode'
import { storedTheme } from './theme'
import type { AppModeControls } from './use-app-mode'

// jsdom lays nothing out: Radix measures with ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

function demoControls(): DemoControls {
  return {
    config: { baseUrl: '/demo-api', apiKey: 'k', fetch },
    reset: vi.fn<DemoControls['reset']>(() => () => true),
    settings: () => ({ dialect: 'coval', seedCount: 320 }),
    setDialect: vi.fn<DemoControls['setDialect']>(),
    setSeedCount: vi.fn<DemoControls['setSeedCount']>(),
    onServerChange: () => () => {},
    onKeysChangedElsewhere: () => () => {},
  }
}

function modes(mode: AppModeControls['mode']): AppModeControls {
  return {
    mode,
    demoAvailable: true,
    demo: demoControls(),
    connect: vi.fn<AppModeControls['connect']>(),
    disconnect: vi.fn<() => void>(),
    switchToDemo: vi.fn<() => void>(),
    resetDemo: vi.fn<() => void>(),
  }
}

// jsdom applies no CSS, so the wide screen's buttons and the narrow screen's menu are both here.
describe('AppHeader', () => {
  // Loaded first, as the page does on first use: jsdom's act would not wake a suspended render.
  beforeAll(async () => {
    await preloadHeaderMenu()
    await preloadConnectedBadge()
  })
  beforeEach(() => localStorage.clear())

  it('opens Demo settings from its button and gives focus back when it closes', async () => {
    const user = userEvent.setup()
    render(<AppHeader modes={modes({ kind: 'demo' })} path="/" onConnect={() => {}} />)
    const button = screen.getByRole('button', { name: 'Demo settings' })
    button.focus()
    await act(async () => {
      button.click()
      await import('./demo-settings/demo-settings-dialog')
    })
    expect(await screen.findByRole('dialog', { name: 'Demo settings' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()
  })

  it('puts the demo’s actions and the theme in the More menu, each doing what its button does', async () => {
    const user = userEvent.setup()
    const controls = modes({ kind: 'demo' })
    const onConnect = vi.fn<() => void>()
    render(<AppHeader modes={controls} path="/" onConnect={onConnect} />)
    const more = screen.getByRole('button', { name: 'More actions' })
    await user.click(more)
    const menu = await screen.findByRole('menu')
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Demo settings…', 'Reset demo data', 'Connect to API…'])
    await user.click(within(menu).getByRole('menuitem', { name: 'Reset demo data' }))
    expect(controls.resetDemo).toHaveBeenCalledTimes(1)
    await user.click(more)
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Connect to API…' }))
    expect(onConnect).toHaveBeenCalledTimes(1)
    await user.click(more)
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitemradio', { name: 'Dark' }))
    expect(storedTheme()).toBe('dark')
    expect(document.documentElement).toHaveClass('dark')
  })

  const connected = () => modes({ kind: 'connected', connection: { baseUrl: 'https://api.example.test', remember: false } })
  const withClient = (client: QueryClient) => ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>

  it('connected: says where the key goes and offers Disconnect and the demo, in the menu too', async () => {
    const user = userEvent.setup()
    const controls = connected()
    render(<AppHeader modes={controls} path="/" onConnect={() => {}} />, { wrapper: withClient(new QueryClient()) })
    expect(await screen.findByText('api.example.test')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'More actions' }))
    const menu = await screen.findByRole('menu')
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Disconnect', 'Use demo data'])
    await user.click(within(menu).getByRole('menuitem', { name: 'Disconnect' }))
    expect(controls.disconnect).toHaveBeenCalledTimes(1)
  })

  it('connected: the badge says when the server stops answering, and when the browser is offline', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
    render(<AppHeader modes={connected()} path="/" onConnect={() => {}} />, { wrapper: withClient(client) })
    const badge = async () => (await screen.findByText('api.example.test')).parentElement?.textContent
    expect(await badge()).toBe('Connected to api.example.test')
    const unreached = new ApiError({ kind: 'network', status: null, code: 'NETWORK_ERROR', message: 'x' })
    await act(() => client.fetchQuery({ queryKey: ['a'], queryFn: () => Promise.reject(unreached) }).catch(() => {}))
    expect(await badge()).toBe('Can’t reach api.example.test')
    // Data the app sets itself says nothing of the server.
    act(() => client.setQueryData(['b'], 1))
    expect(await badge()).toBe('Can’t reach api.example.test')
    // Any HTTP answer, a refusal too, is the server answering.
    const refused = new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'x' })
    await act(() => client.fetchQuery({ queryKey: ['c'], queryFn: () => Promise.reject(refused) }).catch(() => {}))
    expect(await badge()).toBe('Connected to api.example.test')
    await act(() => client.getMutationCache().build(client, { mutationFn: () => Promise.reject(unreached) }).execute(undefined).catch(() => {}))
    expect(await badge()).toBe('Can’t reach api.example.test')
    await act(() => client.fetchQuery({ queryKey: ['d'], queryFn: () => Promise.resolve(1) }))
    expect(await badge()).toBe('Connected to api.example.test')
    try {
      act(() => onlineManager.setOnline(false))
      expect(await badge()).toBe('Offline, not reaching api.example.test')
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    expect(await badge()).toBe('Connected to api.example.test')
  })
})
