import { ApiError } from '../api/api-error'
import { createApiClient, type ApiClient, type ApiConfig } from '../api/http-client'
import { TEST_API_BASE, TEST_API_KEY, setupMockServer } from '../mocks/node'

/**
 * The mock API behind msw/node for one test file: seeded afresh and fault-free before each
 * test (reach it with `testApiClient()`). Unhandled requests fail the test.
 */
export function startMockApiServer(now?: () => Date) {
  const mock = setupMockServer(now)
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mock.api.reset()
    mock.api.faults.clear()
  })
  afterAll(() => mock.server.close())
  return mock
}

/** A fresh API client pointed at the msw/node mock with its admin key (overrides: another key, a short timeout). */
export function testApiClient(overrides: Partial<ApiConfig> = {}): ApiClient {
  return createApiClient({ baseUrl: TEST_API_BASE, apiKey: TEST_API_KEY, ...overrides })
}

/** The ApiError a call fails with (the test fails if it succeeds or throws something else). */
export async function expectApiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

/** A request to the mock API with the admin key, bypassing the client. */
export function rawRequest(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${TEST_API_BASE}${path}`, { ...init, headers: { 'x-api-key': TEST_API_KEY, ...init.headers } })
}

export { TEST_API_BASE, TEST_API_KEY }
