import { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { createApiClient } from '../api/http-client'
import type { Boot, DemoControls } from './start-mode'
import { useAppMode } from './use-app-mode'
import { servicesWrapper, testServices } from '../test/test-services'

function fakeDemo() {
  const listeners = new Set<() => void>()
  const demo: DemoControls = {
    config: { baseUrl: '/demo-api', apiKey: 'demo', fetch },
    reset: () => {},
    settings: () => ({ dialect: 'coval', seedCount: 320 }),
    setDialect: () => {},
    setSeedCount: () => {},
    onServerChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  return { demo, serverChanged: () => listeners.forEach((listener) => listener()), listening: () => listeners.size }
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
})
