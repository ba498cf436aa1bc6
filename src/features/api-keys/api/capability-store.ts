import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import type { ApiClient } from '../../../api/http-client'
import { useApiClient } from '../../../hooks/use-api-client'
import { ASSUMED_CAPABILITIES, type Capabilities, type Capability, type Support } from '../model/server-capabilities'
import { ownedByQueryClient } from './owned-by-query-client'

/**
 * What this session has learnt about each server (by base URL). Learning only ever narrows:
 * evidence that a parameter is ignored or refused is never overruled by a later lucky answer.
 */
export class CapabilityStore {
  readonly #servers = new Map<string, Capabilities>()
  readonly #listeners = new Set<() => void>()

  get(baseUrl: string): Capabilities {
    return this.#servers.get(baseUrl) ?? ASSUMED_CAPABILITIES
  }

  learn(baseUrl: string, capability: Capability, support: Exclude<Support, 'unknown'>): void {
    const known = this.get(baseUrl)
    const current = known[capability]
    if (current === support || current === 'ignored' || current === 'refused') return
    if (current === 'honoured' && support === 'honoured') return
    this.#servers.set(baseUrl, { ...known, [capability]: support })
    for (const listener of this.#listeners) listener()
  }

  /** The server behind this base URL changed (the demo's behaviour was switched): start over. */
  forget(baseUrl: string): void {
    if (!this.#servers.delete(baseUrl)) return
    for (const listener of this.#listeners) listener()
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}

// One store per query client: it lives as long as the app's cache, and a test's fresh client starts afresh.
export const capabilityStore: (queryClient: QueryClient) => CapabilityStore = ownedByQueryClient(() => new CapabilityStore())

/** Forgets what was learnt about a server, e.g. when the demo starts playing another one. */
export function forgetServer(queryClient: QueryClient, baseUrl: string): void {
  capabilityStore(queryClient).forget(baseUrl)
}

/** The server requests go to now, and what is known about it. */
export function useServerCapabilities(): { api: ApiClient; baseUrl: string; capabilities: Capabilities; store: CapabilityStore } {
  const store = capabilityStore(useQueryClient())
  const api = useApiClient()
  const { baseUrl } = api.config()
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store])
  const capabilities = useSyncExternalStore(subscribe, () => store.get(baseUrl))
  return { api, baseUrl, capabilities, store }
}
