import { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { createApiClient } from '../api/http-client'
import type { Boot, DemoControls } from './start-mode'
import { useAppMode } from './use-app-mode'
import { onKeysReplaced } from '../features/api-keys/api/keys-replaced'
import { servicesWrapper, testServices } from '../test/test-services'

function fakeDemo() {
  const listeners = new Set<() => void>()
  const settings: ReturnType<DemoControls['settings']> = { dialect: 'coval', seedCount: 320 }
  // Whether the keys are still as the reset left them: its Undo can put them back only then.
  let unchanged = true
  const restore = vi.fn<() => boolean>(() => unchanged)
  const demo: DemoControls = {
    config: { baseUrl: '/demo-api', apiKey: 'demo', fetch },
    reset: vi.fn<DemoControls['reset']>(() => restore),
    settings: () => settings,
    setDialect: () => {},
    setSeedCount: () => {},
    onServerChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    onKeysChangedElsewhere: () => () => undefined,
  }
  return { demo, settings, restore, keysChanged: () => (unchanged = false), serverChanged: () => listeners.forEach((listener) => listener()), listening: () => listeners.size }
}

describe('useAppMode and the demo server', () => {
  it('forgets every query when the demo starts playing another server, until unmounted', () => {
    const queryClient = new QueryClient()
    const resetQueries = vi.spyOn(queryClient, 'resetQueries')
    const { demo, serverChanged, listening } = fakeDemo()
    const boot: Boot = { api: createApiClient(), demo, initial: { kind: 'demo' } }
    const wrapper = servicesWrapper(testServices({ queryClient }))
    const { unmount } = renderHook(() => useAppMode(boot), { wrapper })
    expect(listening()).toBe(1)
    act(serverChanged)
    expect(resetQueries).toHaveBeenCalledTimes(1)
    unmount()
    expect(listening()).toBe(0)
  })

  it('hears the keys replaced when the number of keys changes, not when only the server plays another dialect', () => {
    const queryClient = new QueryClient()
    const { demo, settings, serverChanged } = fakeDemo()
    const boot: Boot = { api: createApiClient(), demo, initial: { kind: 'demo' } }
    renderHook(() => useAppMode(boot), { wrapper: servicesWrapper(testServices({ queryClient })) })
    const replaced = vi.fn<() => void>()
    onKeysReplaced(queryClient, replaced)
    settings.dialect = 'aip160'
    act(serverChanged)
    expect(replaced).not.toHaveBeenCalled()
    settings.seedCount = 1000
    act(serverChanged)
    expect(replaced).toHaveBeenCalledOnce()
  })
})

describe('Reset demo data', () => {
  it('puts the seed back, voids what was learnt of every key, and says so in a toast', () => {
    const queryClient = new QueryClient()
    const resetQueries = vi.spyOn(queryClient, 'resetQueries')
    const services = testServices({ queryClient })
    const { demo } = fakeDemo()
    const boot: Boot = { api: createApiClient(), demo, initial: { kind: 'demo' } }
    const { result } = renderHook(() => useAppMode(boot), { wrapper: servicesWrapper(services) })
    const replaced = vi.fn<() => void>()
    onKeysReplaced(queryClient, replaced)
    act(() => result.current.resetDemo())
    expect(demo.reset).toHaveBeenCalledOnce()
    expect(replaced).toHaveBeenCalledOnce()
    expect(resetQueries).toHaveBeenCalledOnce()
    expect(services.toasts.get()).toMatchObject([{ tone: 'info', title: 'Demo data reset', description: 'Back to the original 320 sample keys. Saved views and demo settings stay.' }])
  })

  it('offers Undo, which puts the keys back as they were and voids what was learnt again', () => {
    const queryClient = new QueryClient()
    const resetQueries = vi.spyOn(queryClient, 'resetQueries')
    const services = testServices({ queryClient })
    const { demo, restore } = fakeDemo()
    const boot: Boot = { api: createApiClient(), demo, initial: { kind: 'demo' } }
    const { result } = renderHook(() => useAppMode(boot), { wrapper: servicesWrapper(services) })
    act(() => result.current.resetDemo())
    const [toast] = services.toasts.get()
    expect(toast?.action?.label).toBe('Undo')
    const replaced = vi.fn<() => void>()
    onKeysReplaced(queryClient, replaced)
    act(() => toast?.action?.onClick())
    expect(restore).toHaveBeenCalledOnce()
    expect(replaced).toHaveBeenCalledOnce()
    expect(resetQueries).toHaveBeenCalledTimes(2)
    expect(services.toasts.get().at(-1)).toMatchObject({ tone: 'success', title: 'Demo data restored' })
  })

  it('says so, and changes nothing, when the keys changed after the reset', () => {
    const queryClient = new QueryClient()
    const resetQueries = vi.spyOn(queryClient, 'resetQueries')
    const services = testServices({ queryClient })
    const { demo, keysChanged } = fakeDemo()
    const boot: Boot = { api: createApiClient(), demo, initial: { kind: 'demo' } }
    const { result } = renderHook(() => useAppMode(boot), { wrapper: servicesWrapper(services) })
    act(() => result.current.resetDemo())
    keysChanged()
    act(() => services.toasts.get()[0]?.action?.onClick())
    expect(resetQueries).toHaveBeenCalledOnce()
    expect(services.toasts.get().at(-1)).toMatchObject({ tone: 'error', title: 'Could not undo the reset', description: 'The demo keys changed after the reset, so nothing was undone.' })
  })
})
