import { HttpResponse, http } from 'msw'
import { NETWORK_ERROR, type MockApi } from './mock-api'

/** msw handlers that pass every request under `base` to the mock API. */
export function createHandlers(api: MockApi, base: string) {
  return [
    http.all(`${base.replace(/\/+$/, '')}/*`, async ({ request }) => {
      const result = await api.handle(request)
      return result === NETWORK_ERROR ? HttpResponse.error() : result
    }),
  ]
}
