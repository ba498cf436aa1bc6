import { SCOPE_CATALOGUE, SCOPE_RESOURCES, type ScopeResource } from '../../../api/scopes'

/** Every action some resource has, in a stable order: the columns of the permissions grid. */
export const SCOPE_ACTIONS = ['read', 'write', 'submit', 'delete'] as const
export type ScopeAction = (typeof SCOPE_ACTIONS)[number]

export const ACTION_LABELS: Record<ScopeAction, string> = {
  read: 'Read',
  write: 'Write',
  submit: 'Submit',
  delete: 'Delete',
}

export function actionsOf(resource: ScopeResource): readonly string[] {
  return SCOPE_CATALOGUE[resource]
}

/** `resource:*`: every action on the resource, including ones the API adds later. */
export function wholeResourceScope(resource: ScopeResource): string {
  return `${resource}:*`
}

export function hasWholeResource(selected: readonly string[], resource: ScopeResource): boolean {
  return selected.includes(wholeResourceScope(resource))
}

/** True when the list grants the action, directly or through `resource:*`. */
export function grants(selected: readonly string[], resource: ScopeResource, action: string): boolean {
  return hasWholeResource(selected, resource) || selected.includes(`${resource}:${action}`)
}

/** The single actions picked on a resource (not counting `resource:*`). */
export function pickedActions(selected: readonly string[], resource: ScopeResource): string[] {
  return actionsOf(resource).filter((action) => selected.includes(`${resource}:${action}`))
}

function withoutResource(selected: readonly string[], resource: ScopeResource): string[] {
  return selected.filter((scope) => scope.split(':')[0] !== resource)
}

export function setAction(selected: readonly string[], resource: ScopeResource, action: string, on: boolean): string[] {
  const scope = `${resource}:${action}`
  const rest = selected.filter((s) => s !== scope)
  return on ? [...rest, scope] : rest
}

/** Ticking "All" replaces the single actions with `resource:*`; unticking it clears the resource. */
export function setWholeResource(selected: readonly string[], resource: ScopeResource, on: boolean): string[] {
  const rest = withoutResource(selected, resource)
  return on ? [...rest, wholeResourceScope(resource)] : rest
}

/** Resources whose name (or one of whose scopes) contains the query; all of them for an empty query. */
export function searchResources(query: string): ScopeResource[] {
  const needle = query.trim().toLowerCase()
  if (!needle) return SCOPE_RESOURCES
  return SCOPE_RESOURCES.filter(
    (resource) => resource.includes(needle) || actionsOf(resource).some((action) => `${resource}:${action}`.includes(needle)),
  )
}

/** "2 scopes on 2 resources", for the grid's live summary. */
export function selectionSummary(selected: readonly string[]): string {
  if (selected.length === 0) return 'No permissions chosen'
  const resources = new Set(selected.map((scope) => scope.split(':')[0])).size
  const scopes = selected.length === 1 ? '1 scope' : `${selected.length} scopes`
  return `${scopes} on ${resources === 1 ? '1 resource' : `${resources} resources`}`
}
