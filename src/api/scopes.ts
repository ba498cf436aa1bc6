// The API's own scope list (API-CONTRACT.md, "Permission scopes"): what the server accepts.
export const SCOPE_CATALOGUE = {
  runs: ['read', 'write'],
  agents: ['read', 'write'],
  conversations: ['read', 'submit'],
  metrics: ['read'],
  'test-sets': ['read', 'write'],
  'test-cases': ['read', 'write'],
  personas: ['read', 'write', 'delete'],
  simulations: ['read', 'write'],
  traces: ['read'],
  dashboards: ['read', 'write', 'delete'],
  'api-keys': ['read', 'write', 'delete'],
  'scheduled-runs': ['read', 'write', 'delete'],
  'run-templates': ['read', 'write', 'delete'],
  reports: ['read', 'write', 'delete'],
} as const satisfies Record<string, readonly string[]>

export type ScopeResource = keyof typeof SCOPE_CATALOGUE
export const SCOPE_RESOURCES = Object.keys(SCOPE_CATALOGUE) as ScopeResource[]

/** Every scope string the server accepts: `resource:action`, `resource:*` and `*`. */
export function isValidScope(scope: string): boolean {
  if (scope === '*') return true
  const [resource, action, ...rest] = scope.split(':')
  if (rest.length > 0 || resource === undefined || action === undefined) return false
  if (!Object.hasOwn(SCOPE_CATALOGUE, resource)) return false
  const actions: readonly string[] = SCOPE_CATALOGUE[resource as ScopeResource]
  return action === '*' || actions.includes(action)
}
