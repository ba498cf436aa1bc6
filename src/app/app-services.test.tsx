import { act, renderHook } from '@testing-library/react'
import { createApiClient } from '../api/http-client'
import { useToasts } from '../components/ui/toast-store'
import { noteSecretShown, wasSecretShown } from '../features/api-keys/api/shown-secrets'
import { useApiClient } from '../hooks/use-api-client'
import { servicesWrapper } from '../test/test-services'
import { createAppServices } from './app-services'
import type { Boot } from './start-mode'
import { useAppMode } from './use-app-mode'

const connected = (apiKey: string): Boot => ({
  api: createApiClient({ baseUrl: 'https://api.coval.test', apiKey }),
  demo: null,
  initial: { kind: 'connected', connection: { baseUrl: 'https://api.coval.test', remember: false } },
})

/** One app's services and what its components reach through them. */
function app(boot: Boot) {
  const services = createAppServices(boot)
  const { result } = renderHook(() => ({ api: useApiClient(), toasts: useToasts(), modes: useAppMode(boot) }), { wrapper: servicesWrapper(services) })
  return { services, result }
}

/** Two apps side by side, as two tests (or a test and a leftover) would have them. */
function twoApps() {
  const first = app(connected('key-one'))
  const second = app(connected('key-two'))
  return { first: first.services, second: second.services, one: first.result, two: second.result }
}

describe('each App has its own services', () => {
  it('does not share toasts', () => {
    const { one, two } = twoApps()
    act(() => void one.current.toasts.success('Alpha suspended'))
    expect(one.current.toasts.get()).toEqual([expect.objectContaining({ title: 'Alpha suspended' })])
    expect(two.current.toasts.get()).toEqual([])
  })

  it('does not share the API client’s configuration or its key', () => {
    const { one, two } = twoApps()
    expect(one.current.api.config()).toMatchObject({ baseUrl: 'https://api.coval.test', apiKey: 'key-one' })
    expect(two.current.api.config()).toMatchObject({ apiKey: 'key-two' })
    act(() => one.current.modes.disconnect())
    expect(one.current.api.config().apiKey).toBeNull()
    expect(two.current.api.config().apiKey).toBe('key-two')
    expect(two.current.modes.mode.kind).toBe('connected')
  })

  it('drops the key only of the app whose server answered 401', () => {
    const { one, two } = twoApps()
    act(() => one.current.api.config().onUnauthenticated?.())
    expect(one.current.modes.mode).toMatchObject({ kind: 'disconnected', baseUrl: 'https://api.coval.test' })
    expect(one.current.api.config().apiKey).toBeNull()
    expect(two.current.modes.mode.kind).toBe('connected')
    expect(two.current.api.config().apiKey).toBe('key-two')
  })

  it('does not share which secrets were shown', () => {
    const { first, second } = twoApps()
    noteSecretShown(first.queryClient, '01JZZZZZZZZZZZZZZZZZZZZZZ1')
    expect(wasSecretShown(first.queryClient, '01JZZZZZZZZZZZZZZZZZZZZZZ1')).toBe(true)
    expect(wasSecretShown(second.queryClient, '01JZZZZZZZZZZZZZZZZZZZZZZ1')).toBe(false)
  })
})
