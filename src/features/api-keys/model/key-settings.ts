import type { DefaultValues } from 'react-hook-form'
import { NAME_MAX, type ApiKey } from '../../../api/api-key-schema'
import type { CreateApiKeyInput } from '../../../api/api-keys/create-api-key'
import { ENVIRONMENTS, KEY_TYPES, type Environment, type KeyType } from '../../../api/enums'
import { isValidScope } from '../../../api/scopes'
import { removeHiddenCharacters } from '../../../lib/hidden-characters'

/** A key's settings as the create form takes them, and what could not be carried over. */
export interface CarriedSettings {
  values: DefaultValues<CreateApiKeyInput>
  /** Scopes the server holds for the key that the create form does not know (left out). */
  droppedScopes: string[]
  /** Fields the key did not say (missing, or a value this client does not know): chosen anew. */
  unknownFields: Array<'type' | 'environment' | 'permissions'>
}

const isKeyType = (value: unknown): value is KeyType => (KEY_TYPES as readonly unknown[]).includes(value)
const isEnvironment = (value: unknown): value is Environment => (ENVIRONMENTS as readonly unknown[]).includes(value)

/**
 * The create form prefilled from an existing key: type, environment, permissions and description,
 * under the given name. Nothing is guessed: what the key does not say is left for the user to choose.
 */
export function settingsFromKey(key: ApiKey, name: string): CarriedSettings {
  const unknownFields: CarriedSettings['unknownFields'] = []
  const values: DefaultValues<CreateApiKeyInput> = { name, description: key.description ?? '' }
  if (isKeyType(key.key_type)) values.key_type = key.key_type
  else unknownFields.push('type')
  if (isEnvironment(key.environment)) values.environment = key.environment
  else unknownFields.push('environment')
  const permissions = key.permissions
  let droppedScopes: string[] = []
  if (permissions === undefined) {
    unknownFields.push('permissions')
  } else if (permissions.length === 0 || permissions.includes('*')) {
    values.access = 'FULL'
    values.permissions = []
  } else {
    const known = permissions.filter(isValidScope)
    droppedScopes = permissions.filter((scope) => !isValidScope(scope))
    if (known.length > 0) {
      values.access = 'RESTRICTED'
      values.permissions = known
    } else unknownFields.push('permissions')
  }
  return { values, droppedScopes, unknownFields }
}

/** A name's rotation dates at its end: " (rotated 2026-12-01)" or " (rotated 2026-12-01 14:05 UTC)", once or more. */
const ROTATED_SUFFIX = /(?:\s*\(rotated \d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})? UTC)?\))+$/

/**
 * The replacement's suggested name: "<name> (rotated 2026-12-01)", dated in UTC. A key rotated
 * before has its old date replaced, not another added ("… (rotated …) (rotated …)"). A key
 * rotated earlier the same day gets the time too, to the second if need be: the date alone named
 * the new key as the old one, which a confirmation that asks for the name typed cannot tell apart.
 */
export function rotatedName(key: Pick<ApiKey, 'name' | 'id'>, now: Date): string {
  const iso = now.toISOString()
  // Without hidden characters (bidi controls, zero-width ones), which the form refuses.
  const base = Array.from(removeHiddenCharacters(key.name ?? '').trim().replace(ROTATED_SUFFIX, '') || `Key ${key.id}`)
  const named = (stamp: string) => {
    const suffix = ` (rotated ${stamp})`
    // Within the server's 200 code points: a long name is shortened, never the date.
    const room = NAME_MAX - Array.from(suffix).length
    return `${base.length > room ? `${base.slice(0, room - 1).join('')}…` : base.join('')}${suffix}`
  }
  const day = iso.slice(0, 10)
  const seconds = `${day} ${iso.slice(11, 19)} UTC`
  const stamps = key.name?.includes(`(rotated ${day}`) ? [`${day} ${iso.slice(11, 16)} UTC`, seconds] : [day]
  return stamps.map(named).find((name) => name !== key.name) ?? named(seconds)
}

/** What the old key's status change says, kept by the server for audit. */
export function rotationReason(newKeyId: string): string {
  return `Rotated: replaced by ${newKeyId}`
}
