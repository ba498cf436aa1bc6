import { SCOPE_CATALOGUE, SCOPE_RESOURCES, isValidScope, type ScopeResource } from '../../../api/scopes'

/** A resource as people say it: `test-sets` → "test sets", `api-keys` → "API keys". */
export function resourceWords(resource: string): string {
  return resource === 'api-keys' ? 'API keys' : resource.replace(/-/g, ' ')
}

const ACTION_MEANING: Record<string, (things: string) => string> = {
  read: (things) => `See ${things}`,
  write: (things) => `Create and change ${things}`,
  submit: (things) => `Submit ${things}`,
  delete: (things) => `Delete ${things}`,
}

export interface ScopeMeaning {
  readonly scope: string
  /** What the scope lets the key do, in a sentence; unknown scopes say so. */
  readonly allows: string
  readonly known: boolean
}

export interface ScopeGroup {
  /** The resource, or null for scopes that name none this dashboard knows. */
  readonly resource: ScopeResource | null
  readonly label: string
  readonly scopes: readonly ScopeMeaning[]
}

export const FULL_ACCESS_MEANING =
  'This key can do everything the API allows, on every resource, including resources and actions added later. An empty permission list means full access.'

function meaning(scope: string): ScopeMeaning {
  if (!isValidScope(scope)) return { scope, allows: 'Not a scope this dashboard knows: the server decides what it allows.', known: false }
  const [resource = '', action = ''] = scope.split(':')
  const things = resourceWords(resource)
  if (action === '*') return { scope, allows: `Every action on ${things}, including ones added later`, known: true }
  return { scope, allows: ACTION_MEANING[action]?.(things) ?? `${action} ${things}`, known: true }
}

/** A key's scopes grouped by resource, in the catalogue's order; unknown ones last, as they are. */
export function groupScopes(permissions: readonly string[]): ScopeGroup[] {
  const groups: ScopeGroup[] = []
  for (const resource of SCOPE_RESOURCES) {
    const scopes = permissions.filter((scope) => scope.split(':')[0] === resource && isValidScope(scope))
    if (scopes.length === 0) continue
    const order = ['*', ...SCOPE_CATALOGUE[resource]]
    scopes.sort((a, b) => order.indexOf(a.split(':')[1] ?? '') - order.indexOf(b.split(':')[1] ?? ''))
    const label = resourceWords(resource)
    groups.push({ resource, label: `${label.charAt(0).toUpperCase()}${label.slice(1)}`, scopes: scopes.map(meaning) })
  }
  const unknown = permissions.filter((scope) => !isValidScope(scope))
  if (unknown.length > 0) groups.push({ resource: null, label: 'Other scopes', scopes: unknown.map(meaning) })
  return groups
}
