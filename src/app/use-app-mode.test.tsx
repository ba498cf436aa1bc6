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
  const demo: DemoControls = {
    config: { baseUrl: '/demo-api', apiKey: 'demo', fetch },
    reset: vi.fn<() => void>(),
    settings: () => settings,
    setDialect: () => {},
    setSeedCount: () => {},
    onServerChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  return { demo, settings, serverChanged: () => listeners.forEach((listener) => listener()), listening: () => listeners.size }
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
    expect(services.toasts.get()).toMatchObject([{ tone: 'info', title: 'Demo data reset', description: 'Back to the seed’s 320 keys. Saved views and demo settings stay.' }])
  })
})
