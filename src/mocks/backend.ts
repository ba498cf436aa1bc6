import type { ApiKeyRecord } from '../api/api-key-schema'
import type { MockDialect } from './dialect'
import { createMockApi, type MockApi } from './mock-api'
import { DEFAULT_ORGANIZATION_ID, DEFAULT_SEED_COUNT, createSeed } from './seed'
import { ApiKeyStore } from './store'

export interface MockBackend {
  store: ApiKeyStore
  api: MockApi
  /** The clock reading the current seed was made for: the same count and time make the same keys. */
  seedTime: () => Date
}

export interface MockBackendOptions {
  /** The admin key; `<key>-readonly` (api-keys:read only) and `<key>-noaccess` (no api-keys scope) are accepted too, for 403s. */
  adminKey: string
  /** Records to start from instead of the seed (the demo's saved state). */
  initial?: readonly ApiKeyRecord[]
  now?: () => Date
  /** The server to play: `coval` unless told. */
  dialect?: MockDialect
  /** How many keys the seed holds: 320 unless told. */
  seedCount?: number
  /** The time the first seed is made for, instead of now: a big demo regenerates its keys from it. */
  seedTime?: Date
}

/** One store and one API over it: what demo mode, the unit tests and `npm run mock-api` all run. */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  const now = options.now ?? (() => new Date())
  const seedCount = options.seedCount ?? DEFAULT_SEED_COUNT
  let seedTime = options.seedTime ?? now()
  const reseed = (count: number) => {
    seedTime = now()
    return createSeed({ now: seedTime, count })
  }
  const store = new ApiKeyStore(options.initial ?? createSeed({ now: seedTime, count: seedCount }))
  const api = createMockApi({
    store,
    reseed,
    now,
    dialect: options.dialect,
    seedCount,
    organizationId: DEFAULT_ORGANIZATION_ID,
    credentials: {
      [options.adminKey]: ['*'],
      [`${options.adminKey}-readonly`]: ['api-keys:read'],
      [`${options.adminKey}-noaccess`]: ['runs:read'],
    },
  })
  return { store, api, seedTime: () => seedTime }
}
