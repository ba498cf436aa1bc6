import { QueryClient } from '@tanstack/react-query'
import { useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { ApiError } from '../../../api/api-error'
import type { ApiKey } from '../../../api/api-key-schema'
import { startMockApiServer, testApiClient } from '../../../test/mock-api-server'
import { useDeleteApiKey } from './use-delete-api-key'
import { keySetOptions, type KeySet } from './key-set'
import { useUpdateApiKeyStatus } from './use-update-api-key-status'
import { servicesWrapper, testServices } from '../../../test/test-services'

const mock = startMockApiServer()
// Every ACTIVE key, as the browser reads them for a view the server cannot answer: writes patch it like a page.
// One client per file: nothing in it changes, so nothing needs resetting between tests.
const api = testApiClient()
const ACTIVE_KEYS = keySetOptions(api, ['ACTIVE'])

async function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } })
  // A list page in the cache, as the table would have it.
  await queryClient.prefetchQuery(ACTIVE_KEYS)
  const wrapper = servicesWrapper(testServices({ queryClient, api }))
  const cached = () => queryClient.getQueryData<KeySet>(ACTIVE_KEYS.queryKey)
  const rows = () => cached()?.api_keys ?? []
  const row = (id: string) => rows().find((k) => k.id === id)
  const [first, second] = rows() as [ApiKey, ApiKey]
  return { queryClient, wrapper, cached, rows, row, first, second }
}

const failOnce = (status: number, id: string, method: 'PATCH' | 'DELETE') => mock.api.faults.set({ latencyMs: 0, fault: { kind: 'status', status, body: 'envelope' }, times: 1, method, pathIncludes: id })

describe('useUpdateApiKeyStatus', () => {
  it('changes the row at once, keeps the server answer, then refetches the list', async () => {
    const { wrapper, row, first, queryClient } = await setup()
    mock.api.faults.set({ latencyMs: 300, fault: null, times: 1 })
    const { result } = renderHook(() => { useQuery(ACTIVE_KEYS); return useUpdateApiKeyStatus() }, { wrapper })
    act(() => result.current.mutate({ key: first, status: 'SUSPENDED', reason: 'audit' }))
    await waitFor(() => expect(row(first.id)?.status).toBe('SUSPENDED'))
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    // The refetch reads every ACTIVE key again, a few pages: without the slow server.
    mock.api.faults.clear()
    expect(mock.store.get(first.id)?.status).toBe('SUSPENDED')
    expect(mock.store.audit.at(-1)).toMatchObject({ reason: 'audit' })
    // The list asked for ACTIVE keys: after the refetch the suspended key has left it.
    await waitFor(() => expect(row(first.id)).toBeUndefined())
    expect(queryClient.getQueryState(ACTIVE_KEYS.queryKey)?.isInvalidated).toBe(false)
  })

  it('puts the row back when the server refuses (500)', async () => {
    const { wrapper, row, first } = await setup()
    failOnce(500, first.id, 'PATCH')
    const { result } = renderHook(() => { useQuery(ACTIVE_KEYS); return useUpdateApiKeyStatus() }, { wrapper })
    act(() => result.current.mutate({ key: first, status: 'REVOKED' }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(ApiError)
    expect(row(first.id)?.status).toBe('ACTIVE')
    expect(mock.store.get(first.id)?.status).toBe('ACTIVE')
  })

  it('removes the row when the key was deleted elsewhere (404)', async () => {
    const { wrapper, row, first } = await setup()
    mock.store.remove(first.id, new Date().toISOString())
    const { result } = renderHook(() => { useQuery(ACTIVE_KEYS); return useUpdateApiKeyStatus() }, { wrapper })
    act(() => result.current.mutate({ key: first, status: 'SUSPENDED' }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect((result.current.error as ApiError).status).toBe(404)
    expect(row(first.id)).toBeUndefined()
  })

  it('keeps a concurrent change on another row when one fails, and ends in the server state', async () => {
    const { wrapper, row, first, second, queryClient } = await setup()
    mock.api.faults.set({ latencyMs: 300, fault: { kind: 'status', status: 500, body: 'envelope' }, times: 1, method: 'PATCH', pathIncludes: first.id })
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    const { result } = renderHook(() => { useQuery(ACTIVE_KEYS); return { a: useUpdateApiKeyStatus(), b: useUpdateApiKeyStatus() } }, { wrapper })
    act(() => {
      result.current.a.mutate({ key: first, status: 'SUSPENDED' })
      result.current.b.mutate({ key: second, status: 'SUSPENDED' })
    })
    await waitFor(() => expect(row(first.id)?.status).toBe('SUSPENDED'))
    expect(row(second.id)?.status).toBe('SUSPENDED')
    await waitFor(() => expect(result.current.a.isError && result.current.b.isSuccess).toBe(true))
    // One refetch, after the last change settled, not one per change.
    await waitFor(() => expect(invalidate).toHaveBeenCalledTimes(1))
    expect(mock.store.get(first.id)?.status).toBe('ACTIVE')
    expect(mock.store.get(second.id)?.status).toBe('SUSPENDED')
    // After the refetch: the failed key is still active, the suspended one has left the ACTIVE list.
    await waitFor(() => expect(row(second.id)).toBeUndefined())
    expect(row(first.id)?.status).toBe('ACTIVE')
  })
})

describe('useDeleteApiKey', () => {
  it('removes the row and lowers the count at once', async () => {
    const { wrapper, row, first, cached } = await setup()
    const total = cached()?.total_count ?? 0
    mock.api.faults.set({ latencyMs: 300, fault: null, times: 1 })
    const { result } = renderHook(() => useDeleteApiKey(), { wrapper })
    act(() => result.current.mutate({ key: first }))
    await waitFor(() => expect(row(first.id)).toBeUndefined())
    expect(cached()?.total_count).toBe(total - 1)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(mock.store.get(first.id)).toBeUndefined()
  })

  it('puts the row back where it was when the server refuses', async () => {
    const { wrapper, rows, first, cached } = await setup()
    const before = rows().map((k) => k.id)
    const total = cached()?.total_count
    failOnce(500, first.id, 'DELETE')
    const { result } = renderHook(() => useDeleteApiKey(), { wrapper })
    act(() => result.current.mutate({ key: first }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(rows().map((k) => k.id)).toEqual(before)
    expect(cached()?.total_count).toBe(total)
  })

  it('keeps the row gone when it was already deleted elsewhere (404)', async () => {
    const { wrapper, row, first } = await setup()
    mock.store.remove(first.id, new Date().toISOString())
    const { result } = renderHook(() => useDeleteApiKey(), { wrapper })
    act(() => result.current.mutate({ key: first }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(row(first.id)).toBeUndefined()
  })
})
