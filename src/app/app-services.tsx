import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ApiClient } from '../api/http-client'
import { createToastStore, ToastStoreContext, type ToastStore } from '../components/ui/toast-store'
import { ApiClientContext } from '../hooks/use-api-client'
import { createQueryClient } from './query-client'
import type { Boot } from './start-mode'

/**
 * Everything one App instance keeps for its session: the query cache (which also owns what is
 * learnt of each server, page tokens, shown secrets and retry deadlines), the API client with the
 * admin key, and the toasts. A second App gets its own; nothing here is module state.
 */
export interface AppServices {
  queryClient: QueryClient
  api: ApiClient
  toasts: ToastStore
}

export function createAppServices(boot: Pick<Boot, 'api'>, queryClient: QueryClient = createQueryClient()): AppServices {
  return { queryClient, api: boot.api, toasts: createToastStore() }
}

/** The one provider of an App's services; hooks reach them through useQueryClient, useApiClient and useToasts. */
export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <QueryClientProvider client={services.queryClient}>
      <ApiClientContext value={services.api}>
        <ToastStoreContext value={services.toasts}>{children}</ToastStoreContext>
      </ApiClientContext>
    </QueryClientProvider>
  )
}
