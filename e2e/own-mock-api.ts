import type { APIRequestContext } from '@playwright/test'
import type { AddressInfo } from 'node:net'
import type { ApiKeyRecord } from '../src/api/api-key-schema'
import { createMockBackend } from '../src/mocks/backend'
import { createMockHttpServer } from '../src/mocks/http/node-adapter'
import type { MockDialect } from '../src/mocks/dialect'
import type { AuditEntry } from '../src/mocks/store'
import { ADMIN_KEY, unexpectedConsoleErrors } from './connected-helpers'
import { expect, test as base, type FaultConfig } from './fixtures'

/** A record as the e2e helpers take keys (they read a missing environment as undefined). */
export type OwnKey = Omit<ApiKeyRecord, 'environment'> & { environment?: string }

export interface OwnMockApi {
  baseUrl: string
  /** The full-access key it takes. */
  adminKey: string
  /** Its keys' records, to pick keys from (change them over HTTP, as another client would). */
  keys: () => OwnKey[]
  close: () => Promise<void>
}

/**
 * A mock API of the test's own, in the test's process on a port the system picks: unlike the
 * shared one (reset by connected.spec.ts before each of its tests), nothing else changes its keys.
 * `adminKey`: a key of the test's own, e.g. to find it in a heap snapshot.
 */
export async function startOwnMockApi({ adminKey = ADMIN_KEY, dialect }: { adminKey?: string; dialect?: MockDialect } = {}): Promise<OwnMockApi> {
  const { api, store } = createMockBackend({ adminKey, dialect })
  const server = createMockHttpServer(api, '*')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    adminKey,
    keys: () => store.all().map((record) => ({ ...record, environment: record.environment ?? undefined })),
    close: () =>
      new Promise<void>((resolve) => {
        // The browser keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Every key of a test's own mock API, by id, read over HTTP as another client would. */
export async function ownServerKeys(request: APIRequestContext, api: OwnMockApi): Promise<Map<string, OwnKey>> {
  const keys = new Map<string, OwnKey>()
  let token = ''
  do {
    const response = await request.get(`${api.baseUrl}/v1/api-keys?status=ACTIVE,SUSPENDED,REVOKED,EXPIRED&page_size=100&page_token=${token}`, { headers: { 'x-api-key': ADMIN_KEY } })
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { api_keys: OwnKey[]; next_page_token: string | null }
    for (const key of body.api_keys) keys.set(key.id, key)
    token = body.next_page_token ?? ''
  } while (token)
  return keys
}

/** Sets the faults of a test's own mock API (the shared one has `setFaults` in connected-helpers). */
export async function setOwnMockFaults(request: APIRequestContext, api: OwnMockApi, config: FaultConfig): Promise<void> {
  const response = await request.post(`${api.baseUrl}/__mock/faults`, { data: config })
  expect(response.status(), await response.text()).toBe(200)
}

/** Its audit trail: every change since the seed, with the reason each status change sent. */
export async function ownMockAudit(request: APIRequestContext, api: OwnMockApi): Promise<AuditEntry[]> {
  const response = await request.get(`${api.baseUrl}/__mock/audit`)
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { entries: AuditEntry[] }).entries
}

export interface OwnMockOptions {
  /** The admin key, or how to make one per test (e.g. `uniqueAdminKey`, to find it in a heap snapshot). */
  adminKey?: string | (() => string)
  /** A seed of this many keys in place of the usual 320. */
  seedCount?: number
  /** The server to play: Coval's (`coval`) unless told, e.g. `documented`, which ignores filters. */
  dialect?: MockDialect
}

/**
 * `test` with `ownMock`: a mock API of the test's own, started before the test and closed after it,
 * then the console checked for errors the test did not allow (`allowFailedLoads`).
 * `test.use({ ownMockOptions: {...} })` changes its admin key, seed or dialect.
 */
export const test = base.extend<{ ownMock: OwnMockApi; ownMockOptions: OwnMockOptions }>({
  ownMockOptions: [{}, { option: true }],
  ownMock: async ({ ownMockOptions, consoleErrors, request }, use, testInfo) => {
    const { adminKey, seedCount, dialect } = ownMockOptions
    const api = await startOwnMockApi({ adminKey: typeof adminKey === 'function' ? adminKey() : adminKey, dialect })
    if (seedCount !== undefined) {
      const response = await request.post(`${api.baseUrl}/__mock/settings`, { data: { seedCount } })
      expect(response.status(), await response.text()).toBe(200)
    }
    await use(api)
    await api.close()
    expect(unexpectedConsoleErrors(consoleErrors, testInfo)).toEqual([])
  },
})
