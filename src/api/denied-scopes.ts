import { useQuery, type QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

/**
 * Scopes the server refused the connected key (a 403 on a write). Kept in the query cache, so a
 * new connection (which clears the cache) starts with none, and nothing module-level remembers.
 */
const deniedScopesKey = ['session', 'denied-scopes'] as const

/**
 * What a 403 on a write needing `scope` adds to the server's words: the permission the connected key
 * lacks, unless the server's message names it already (Coval's usually does; said twice, it read
 * "…lacks the api-keys:write permission. The API key lacks…"). Null for any other error.
 */
export function lacksScopeNote(error: unknown, scope: string): string | null {
  if (!isApiError(error) || error.status !== 403 || error.message.includes(scope)) return null
  return `The API key you connected with lacks the ${scope} permission.`
}

/** A mutation names the scope it needs in `meta`, so a 403 on it is remembered. */
export const scopeMeta = (scope: string) => ({ scope })

export function noteDeniedScope(queryClient: QueryClient, error: unknown, meta: Record<string, unknown> | undefined): void {
  const scope = meta?.['scope']
  if (!isApiError(error) || error.status !== 403 || typeof scope !== 'string') return
  queryClient.setQueryData<readonly string[]>(deniedScopesKey, (old = []) => (old.includes(scope) ? old : [...old, scope]))
}

/**
 * A write needing `scope` went through: the server allows it now (the key's permissions were
 * changed, or the 403 was a passing one), so the actions needing it no longer say they need it.
 */
export function noteAllowedScope(queryClient: QueryClient, meta: Record<string, unknown> | undefined): void {
  const scope = meta?.['scope']
  if (typeof scope !== 'string') return
  const denied = queryClient.getQueryData<readonly string[]>(deniedScopesKey)
  if (denied?.includes(scope)) queryClient.setQueryData<readonly string[]>(deniedScopesKey, denied.filter((s) => s !== scope))
}

/** Whether a write needing `scope` was refused in this connection, and none needing it has gone through since. */
export function useScopeDenied(scope: string): boolean {
  const { data } = useQuery<readonly string[]>({
    queryKey: deniedScopesKey,
    // Never fetched: an invalidation must not forget what the server said.
    queryFn: ({ client }) => client.getQueryData<readonly string[]>(deniedScopesKey) ?? [],
    initialData: [],
    staleTime: Infinity,
    gcTime: Infinity,
  })
  return data.includes(scope)
}
