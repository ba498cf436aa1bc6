import { QueryClient, useQuery } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { KEY_STATUSES } from '../../../../api/enums'
import type { ApiClient } from '../../../../api/http-client'
import { AppServicesProvider } from '../../../../app/app-services'
import { Toaster } from '../../../../components/ui/toaster'
import { testServices } from '../../../../test/test-services'
import { keySetOptions, type KeySet } from '../../api/key-set'

/**
 * `useHook` rendered as the keys page runs it: every key read and on screen (as the table would
 * have it), the App's services, and the toasts shown. `rows()` are the keys as the lists hold them now.
 */
export async function renderOverEveryKey<T>(api: ApiClient, useHook: () => T) {
  const everyKey = keySetOptions(api, KEY_STATUSES)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } })
  await queryClient.prefetchQuery(everyKey)
  const services = testServices({ queryClient, api })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppServicesProvider services={services}>
      {children}
      <Toaster />
    </AppServicesProvider>
  )
  const { result } = renderHook(() => (useQuery(everyKey), useHook()), { wrapper })
  const rows = () => queryClient.getQueryData<KeySet>(everyKey.queryKey)?.api_keys ?? []
  return { result, queryClient, services, rows }
}
