import type { ApiKey } from '../../../api/api-key-schema'
import { allowedTransitions } from '../../../api/lifecycle'
import type { KeyStatus } from '../../../api/enums'
import { showHiddenCharacters, withoutInvisibleCharacters } from '../../../lib/hidden-characters'

export const KEY_ACTIONS = ['suspend', 'reactivate', 'revoke', 'delete'] as const
export type KeyAction = (typeof KEY_ACTIONS)[number]

/** The status each status-changing action moves a key to. */
export const ACTION_TARGET: Record<Exclude<KeyAction, 'delete'>, KeyStatus> = {
  suspend: 'SUSPENDED',
  reactivate: 'ACTIVE',
  revoke: 'REVOKED',
}

/** The scope the server asks of the connected key for an action. */
export function requiredScope(action: KeyAction): 'api-keys:write' | 'api-keys:delete' {
  return action === 'delete' ? 'api-keys:delete' : 'api-keys:write'
}

export const ACTION_LABELS: Record<KeyAction, { verb: string; past: string; doing: string }> = {
  suspend: { verb: 'Suspend', past: 'suspended', doing: 'Suspending' },
  reactivate: { verb: 'Reactivate', past: 'reactivated', doing: 'Reactivating' },
  revoke: { verb: 'Revoke', past: 'revoked', doing: 'Revoking' },
  delete: { verb: 'Delete', past: 'deleted', doing: 'Deleting' },
}

/** The action a change waiting for the network will send: the verb of its target status (or `delete`), else "Change". */
export function waitingVerb(target: string): string {
  const action = KEY_ACTIONS.find((a) => (a === 'delete' ? target === 'delete' : ACTION_TARGET[a] === target))
  return action ? ACTION_LABELS[action].verb : 'Change'
}

/** Revoke and delete cannot be undone: they ask for the name (or the count) to be typed. */
export const TERMINAL_ACTIONS: ReadonlySet<KeyAction> = new Set(['revoke', 'delete'])

/** A key as the actions see it: the server may have left its status out. */
export type WithStatus = { status?: string | null }

/** What the lifecycle allows for a key: delete always; the others by its status (none when it is unknown or missing). */
export function canDo(action: KeyAction, key: WithStatus): boolean {
  if (action === 'delete') return true
  return key.status !== undefined && key.status !== null && allowedTransitions(key.status).includes(ACTION_TARGET[action])
}

export function availableActions(key: WithStatus): KeyAction[] {
  return KEY_ACTIONS.filter((action) => canDo(action, key))
}

/**
 * The key's name as it is shown (hidden characters as `⟨U+202E⟩`, see showHiddenCharacters), or
 * "Untitled key <id>" when it has none (null, blank) or the server left it out.
 */
export function keyDisplayName(key: Pick<ApiKey, 'name' | 'id'>): string {
  return shownName(key) ?? `Untitled key ${key.id}`
}

/** The key's name as it is shown (hidden characters as `⟨U+202E⟩`), or null when it has none (null, blank, left out). */
export function shownName(key: Pick<ApiKey, 'name'>): string | null {
  return key.name?.trim() ? showHiddenCharacters(key.name) : null
}

/**
 * What must be typed to confirm a terminal action on one key: its name, or its id when it has none
 * (nor any character but hidden ones, which are not typed).
 */
export function confirmationPhrase(key: Pick<ApiKey, 'name' | 'id'>): string {
  return confirmedBy(key) === 'name' ? (key.name?.trim() ?? key.id) : key.id
}

/** Whether a key's terminal action is confirmed by its name or, when it has none, its ID. */
export function confirmedBy(key: Pick<ApiKey, 'name'>): 'name' | 'id' {
  const name = key.name?.trim()
  return name && withoutInvisibleCharacters(name).trim() ? 'name' : 'id'
}
