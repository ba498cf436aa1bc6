import { setupServer } from 'msw/node'
import { createMockBackend } from './backend'
import { createHandlers } from './msw-handlers'

export const TEST_API_BASE = 'https://api.coval.test'
export const TEST_API_KEY = 'test_admin_key'

/** For unit tests: the mock backend behind msw/node, at TEST_API_BASE. */
export function setupMockServer(now?: () => Date) {
  const backend = createMockBackend({ adminKey: TEST_API_KEY, now })
  const server = setupServer(...createHandlers(backend.api, TEST_API_BASE))
  return { ...backend, server }
}
