import type { ApiKeyRecord } from '../api/api-key-schema'
import { createMockApi, type MockApi } from './mock-api'
import { DEFAULT_ORGANIZATION_ID, createSeed } from './seed'
import { ApiKeyStore } from './store'

export interface MockBackend {
  store: ApiKeyStore
  api: MockApi
}

export interface MockBackendOptions {
  /** The admin key; `<key>-readonly` (api-keys:read only) and `<key>-noaccess` (no api-keys scope) are accepted too, for 403s. */
  adminKey: string
  /** Records to start from instead of the seed (the demo's saved state). */
  initial?: readonly ApiKeyRecord[]
  now?: () => Date
}

/** One store and one API over it: what demo mode, the unit tests and `npm run mock-api` all run. */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  const now = options.now ?? (() => new Date())
  const reseed = () => createSeed({ now: now() })
  const store = new ApiKeyStore(options.initial ?? reseed())
  const api = createMockApi({
    store,
    reseed,
    now,
    organizationId: DEFAULT_ORGANIZATION_ID,
    credentials: {
      [options.adminKey]: ['*'],
      [`${options.adminKey}-readonly`]: ['api-keys:read'],
      [`${options.adminKey}-noaccess`]: ['runs:read'],
    },
  })
  return { store, api }
}
