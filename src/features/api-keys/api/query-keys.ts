import type { QueryKey } from '@tanstack/react-query'
import type { KeyStatus } from '../../../api/enums'
import type { ServerRequest } from '../model/list-plan'
import type { Capability } from '../model/server-capabilities'

/** Every query key of the feature; mutations invalidate by prefix (`all`, `lists()`). */
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  /** Page `page` (from 1) of a view the server answers. */
  serverPage: (request: ServerRequest, pageSize: number, page: number) => [...apiKeyKeys.lists(), 'server', request, pageSize, page] as const,
  /** Every key of these statuses, read in the browser. */
  keySet: (statuses: readonly KeyStatus[]) => [...apiKeyKeys.keySets(), statuses] as const,
  /** Every set of keys read in the browser, whatever its statuses. */
  keySets: () => [...apiKeyKeys.lists(), 'all'] as const,
  /** One key, found through the list (a list page of at most one key, so mutations update it too). */
  detail: (baseUrl: string, id: string) => [...apiKeyKeys.lists(), 'detail', baseUrl, id] as const,
  /** The command palette's quick search: keys by name, masked end or id (outside `lists()`: not a list page). */
  found: (baseUrl: string, text: string) => [...apiKeyKeys.all, 'found', baseUrl, text] as const,
  /** Whether a server honours a list parameter (outside `lists()`: a write does not change it). */
  probe: (baseUrl: string, capability: Capability) => [...apiKeyKeys.all, 'probe', baseUrl, capability] as const,
  /** The probes one view waits for, asked together (each still cached under `probe`). */
  probes: (baseUrl: string, capabilities: readonly Capability[]) => [...apiKeyKeys.all, 'probes', baseUrl, capabilities] as const,
}

/** The statuses a `keySet` query key reads, or null for any other key. */
export function keySetStatusesOf(queryKey: QueryKey): readonly unknown[] | null {
  const [all, list, kind, statuses] = queryKey
  return all === apiKeyKeys.all[0] && list === 'list' && kind === 'all' && Array.isArray(statuses) ? statuses : null
}

/** Whether a query key is a key's own page's (`detail`), of this key. */
export function isDetailOf(queryKey: QueryKey, id: string): boolean {
  const [all, list, kind] = queryKey
  return all === apiKeyKeys.all[0] && list === 'list' && kind === 'detail' && queryKey.at(-1) === id
}
