// The created key's toast offers View key while the key is out of sight; once the key is gone
// (deleted, the demo's keys reset), the button is disabled with the reason beside it.
import { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { isValidElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ApiKey } from '../../../../api/api-key-schema'
import { startMockApiServer } from '../../../../test/mock-api-server'
import { servicesWrapper, testServices } from '../../../../test/test-services'
import { announceKeysReplaced } from '../../api/keys-replaced'
import { useDeleteApiKey } from '../../api/use-delete-api-key'
import { useUpdateApiKeyStatus } from '../../api/use-update-api-key-status'
import { disableViewKeyWhenGone } from './view-key-offer'

const mock = startMockApiServer()

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  const services = testServices({ queryClient })
  const { result } = renderHook(() => ({ update: useUpdateApiKeyStatus(), remove: useDeleteApiKey() }), { wrapper: servicesWrapper(services) })
  const key = mock.store.all().find((record) => record.status === 'ACTIVE') as unknown as ApiKey
  const open = vi.fn<() => void>()
  const toastId = services.toasts.success(`${key.name} created`, { action: { label: 'View key', onClick: open } })
  disableViewKeyWhenGone(services, toastId, { id: key.id, name: key.name ?? key.id })
  const reason = () => {
    const why: ReactNode = services.toasts.get().find((toast) => toast.id === toastId)?.action?.disabledReason
    return why === undefined ? undefined : renderToStaticMarkup(isValidElement(why) ? why : <>{why}</>)
  }
  return { services, hooks: result, key, toastId, reason }
}

describe('disableViewKeyWhenGone', () => {
  it('disables View key once the demo’s keys are reset', () => {
    const { services, key, reason } = setup()
    expect(reason()).toBeUndefined()
    act(() => announceKeysReplaced(services.queryClient))
    expect(reason()).toBe(`<bdi>${key.name}</bdi> was reset with the demo data`)
  })

  it('disables it once the key is deleted, and lets a change of status be', async () => {
    const { hooks, key, reason } = setup()
    await act(() => hooks.current.update.mutateAsync({ key, status: 'SUSPENDED' }))
    expect(reason()).toBeUndefined()
    await act(() => hooks.current.remove.mutateAsync({ key: { ...key, status: 'SUSPENDED' } }))
    expect(reason()).toBe(`<bdi>${key.name}</bdi> was deleted`)
  })

  it('stops watching once the toast has gone', () => {
    const { services, toastId, reason } = setup()
    act(() => services.toasts.dismiss(toastId))
    act(() => announceKeysReplaced(services.queryClient))
    expect(reason()).toBeUndefined()
    expect(services.toasts.get()).toEqual([])
  })
})
