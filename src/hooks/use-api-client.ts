import { createContext, use } from 'react'
import type { ApiClient } from '../api/http-client'

/** The app's API client (one per App, see src/app/app-services.ts): hooks reach it here, never through a module. */
export const ApiClientContext = createContext<ApiClient | null>(null)

export function useApiClient(): ApiClient {
  const api = use(ApiClientContext)
  if (!api) throw new Error('useApiClient outside AppServicesProvider')
  return api
}
