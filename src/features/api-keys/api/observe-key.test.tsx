import { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ApiKey } from '../../../api/api-key-schema'
import { KEY_STATUSES } from '../../../api/enums'
import { startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import type { KeyChange, KeyState } from './key-state'
import { keySetOptions, type KeySet } from './key-set'
import { announceKeysReplaced } from './keys-replaced'
import { watchKeyChanges } from './observe-key'
import { apiKeyKeys } from './query-keys'
import { useDeleteApiKey } from './use-delete-api-key'
import { useUpdateApiKeyStatus } from './use-update-api-key-status'
import { servicesWrapper, testServices } from '../../../test/test-services'

const mock = startMockApiServer()
// Every key, read in the browser: a whole read, so a key missing from it has moved on.
const EVERY_KEY = keySetOptions(testApiClient(), KEY_STATUSES)

/** A client holding every key, the change hooks, and an ACTIVE key the app has just suspended. */
async function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } })
  await queryClient.prefetchQuery(EVERY_KEY)
  const services = testServices({ queryClient })
  const wrapper = servicesWrapper(services)
  const { result } = renderHook(() => ({ update: useUpdateApiKeyStatus(), remove: useDeleteApiKey() }), { wrapper })
  const active = (queryClient.getQueryData<KeySet>(EVERY_KEY.queryKey)?.api_keys ?? []).filter((k) => k.status === 'ACTIVE')
  const [key, other] = active as [ApiKey, ApiKey]
  const answer = await act(() => result.current.update.mutateAsync({ key, status: 'SUSPENDED' }))
  const expected: KeyState = { id: key.id, status: 'SUSPENDED', updateTime: answer.update_time ?? null }
  const onChange = vi.fn<(change: KeyChange) => void>()
  const watch = (state: KeyState = expected) => watchKeyChanges(services, state, onChange)
  const refetch = () => act(() => queryClient.refetchQueries({ queryKey: apiKeyKeys.lists() }))
  return { queryClient, api: services.api, hooks: result, key: { ...key, status: 'SUSPENDED' as const }, other, expected, onChange, watch, refetch }
}

describe('watchKeyChanges', () => {
  it('hears another change of the key made in the app, once', async () => {
    const { hooks, key, onChange, watch } = await setup()
    watch()
    await act(() => hooks.current.update.mutateAsync({ key, status: 'REVOKED' }))
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'changed', status: 'REVOKED' })
    await act(() => hooks.current.remove.mutateAsync({ key }))
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('hears a delete in the app, and a change refused because the key was deleted elsewhere (404)', async () => {
    const first = await setup()
    first.watch()
    await act(() => first.hooks.current.remove.mutateAsync({ key: first.key }))
    expect(first.onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'deleted' })

    const second = await setup()
    second.watch()
    mock.store.remove(second.key.id, new Date().toISOString())
    await act(() => second.hooks.current.update.mutateAsync({ key: second.key, status: 'ACTIVE' }).catch(() => undefined))
    expect(second.onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'deleted' })
  })

  it('ignores changes of other keys and changes of this key that failed', async () => {
    const { hooks, key, other, onChange, watch } = await setup()
    watch()
    await act(() => hooks.current.update.mutateAsync({ key: other, status: 'SUSPENDED' }))
    mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: key.id })
    await act(() => hooks.current.update.mutateAsync({ key, status: 'REVOKED' }).catch(() => undefined))
    expect(mock.store.get(key.id)?.status).toBe('SUSPENDED')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('hears a list answer showing the key changed behind the app', async () => {
    const { key, onChange, watch, refetch } = await setup()
    watch()
    await refetch()
    // As the action left it: nothing to say.
    expect(onChange).not.toHaveBeenCalled()
    mock.store.setStatus(key.id, 'REVOKED', new Date(Date.now() + 1000).toISOString())
    await refetch()
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'changed', status: 'REVOKED' })
  })

  it('hears a whole read without the key (deleted behind the app)', async () => {
    const { key, onChange, watch, refetch } = await setup()
    watch()
    mock.store.remove(key.id, new Date().toISOString())
    await refetch()
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'changed', status: null })
  })

  it('ignores the answer to a list request sent before it began, which may predate the action', async () => {
    const { key, onChange, watch, refetch, queryClient } = await setup()
    // The server still says ACTIVE, as an answer read before the action landed would.
    mock.store.setStatus(key.id, 'ACTIVE', new Date().toISOString())
    mock.api.faults.set({ latencyMs: 200, fault: null, times: 1 })
    const early = queryClient.refetchQueries({ queryKey: apiKeyKeys.lists() })
    watch({ id: key.id, status: 'SUSPENDED', updateTime: null })
    await act(() => early)
    expect(onChange).not.toHaveBeenCalled()
    await refetch()
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'changed', status: 'ACTIVE' })
  })

  it('hears the app switch to another server (which clears the cache): the key is the old server\'s', async () => {
    const { queryClient, api, onChange, watch } = await setup()
    watch()
    api.configure({ baseUrl: 'https://api.elsewhere.test' })
    act(() => queryClient.clear())
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'elsewhere' })
  })

  it('hears the demo\'s keys replaced (a reset or a new seed), and only its own app\'s', async () => {
    const { queryClient, onChange, watch } = await setup()
    watch()
    announceKeysReplaced(new QueryClient())
    expect(onChange).not.toHaveBeenCalled()
    announceKeysReplaced(queryClient)
    announceKeysReplaced(queryClient)
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'replaced' })
  })

  it('hears nothing once stopped', async () => {
    const { hooks, key, onChange, watch } = await setup()
    watch()()
    await act(() => hooks.current.update.mutateAsync({ key, status: 'REVOKED' }))
    expect(onChange).not.toHaveBeenCalled()
  })
})
