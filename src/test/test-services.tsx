import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { AppServicesProvider, createAppServices, type AppServices } from '../app/app-services'
import type { ApiClient } from '../api/http-client'
import { testApiClient } from './mock-api-server'

/** One App's services for a hook or component test: a quiet query client, a client of the msw/node mock, fresh toasts. */
export function testServices({ queryClient, api }: { queryClient?: QueryClient; api?: ApiClient } = {}): AppServices {
  const client = queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  return createAppServices({ api: api ?? testApiClient() }, client)
}

/** A renderHook/render wrapper providing `services` as the App does. */
export function servicesWrapper(services: AppServices) {
  return function ServicesWrapper({ children }: { children: ReactNode }) {
    return <AppServicesProvider services={services}>{children}</AppServicesProvider>
  }
}
