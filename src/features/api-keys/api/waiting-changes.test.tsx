import { QueryClient, onlineManager, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ApiKey } from '../../../api/api-key-schema'
import { setNetworkMode } from '../../../app/query-client'
import { useUnsentChangesGuard } from '../../../app/use-unsent-changes-guard'
import { startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import { keySetOptions, type KeySet } from './key-set'
import { useDeleteApiKey } from './use-delete-api-key'
import { useUpdateApiKeyStatus } from './use-update-api-key-status'
import { useKeysWaiting, useWaitingChange } from './waiting-changes'
import { servicesWrapper, testServices } from '../../../test/test-services'

const mock = startMockApiServer()
// One client per file: nothing in it changes, so nothing needs resetting between tests.
const api = testApiClient()
const ACTIVE_KEYS = keySetOptions(api, ['ACTIVE'])
afterEach(() => onlineManager.setOnline(true))

/** The app's client in connected mode (networkMode 'online') or the demo's ('always'), every ACTIVE key cached. */
async function setUp(demo: boolean) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } })
  setNetworkMode(queryClient, demo)
  await queryClient.prefetchQuery(ACTIVE_KEYS)
  const wrapper = servicesWrapper(testServices({ queryClient, api }))
  const row = (id: string) => queryClient.getQueryData<KeySet>(ACTIVE_KEYS.queryKey)?.api_keys.find((k) => k.id === id)
  const [first] = queryClient.getQueryData<KeySet>(ACTIVE_KEYS.queryKey)?.api_keys ?? []
  if (!first) throw new Error('no active key in the seed')
  let sent = 0
  const count = ({ request }: { request: Request }) => void (request.method !== 'GET' && request.url.includes(first.id) && sent++)
  mock.server.events.on('request:start', count)
  onTestFinished(() => mock.server.events.removeListener('request:start', count))
  return { wrapper, row, key: first as ApiKey, sent: () => sent }
}

/** Whether leaving the page now would ask first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

function useChanges(id: string) {
  useQuery(ACTIVE_KEYS)
  useUnsentChangesGuard()
  return { update: useUpdateApiKeyStatus(), remove: useDeleteApiKey(), waiting: useWaitingChange(id), keysWaiting: useKeysWaiting() }
}

describe('a change made offline in connected mode', () => {
  it('waits, with its row as the server has it, and leaving asks first; back online it is sent once and the row ends at the answer', async () => {
    const { wrapper, row, key, sent } = await setUp(false)
    act(() => onlineManager.setOnline(false))
    const { result } = renderHook(() => useChanges(key.id), { wrapper })
    act(() => result.current.update.mutate({ key, status: 'SUSPENDED' }))
    await waitFor(() => expect(result.current.waiting).toBe('SUSPENDED'))
    expect([...result.current.keysWaiting]).toEqual([key.id])
    expect(row(key.id)?.status).toBe('ACTIVE')
    expect(sent()).toBe(0)
    expect(leavingAsks()).toBe(true)
    act(() => onlineManager.setOnline(true))
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.waiting).toBeNull()
    expect(result.current.keysWaiting.size).toBe(0)
    expect(sent()).toBe(1)
    expect(leavingAsks()).toBe(false)
    expect(mock.store.get(key.id)?.status).toBe('SUSPENDED')
  })

  it('keeps a deleted row, saying so, until the server has the delete', async () => {
    const { wrapper, row, key, sent } = await setUp(false)
    act(() => onlineManager.setOnline(false))
    const { result } = renderHook(() => useChanges(key.id), { wrapper })
    act(() => result.current.remove.mutate({ key }))
    await waitFor(() => expect(result.current.waiting).toBe('delete'))
    expect(row(key.id)).toBeDefined()
    expect(sent()).toBe(0)
    act(() => onlineManager.setOnline(true))
    await waitFor(() => expect(row(key.id)).toBeUndefined())
    expect(sent()).toBe(1)
  })
})

describe('in the demo (its API in the page)', () => {
  it('changes at once even offline: nothing waits and leaving does not ask', async () => {
    const { wrapper, row, key, sent } = await setUp(true)
    act(() => onlineManager.setOnline(false))
    const { result } = renderHook(() => useChanges(key.id), { wrapper })
    act(() => result.current.update.mutate({ key, status: 'SUSPENDED' }))
    await waitFor(() => expect(sent()).toBe(1))
    expect(result.current.waiting).toBeNull()
    expect(leavingAsks()).toBe(false)
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(row(key.id)?.status).not.toBe('ACTIVE')
  })
})
