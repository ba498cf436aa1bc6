import { DESCRIPTION_MAX, NAME_MAX } from '../api/api-key-schema'
import { visibleLength } from '../api/visible-length'
import { ENVIRONMENTS, KEY_TYPES, isKnown, type Environment, type KeyType } from '../api/enums'
import { isValidScope } from '../api/scopes'
import { MockApiError, type FieldViolation } from './responses'

export interface ValidCreate {
  name: string
  description: string | null
  key_type: KeyType
  environment: Environment
  permissions: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks a create body as the server does and says what is wrong with every field at once. */
export function validateCreate(body: unknown): ValidCreate {
  if (!isRecord(body)) throw new MockApiError('INVALID_ARGUMENT', 'The request body must be a JSON object.')
  const violations: FieldViolation[] = []
  const fail = (field: string, description: string) => violations.push({ field, description })

  const name = typeof body.name === 'string' ? body.name.trim() : null
  if (name === null || name.length === 0) fail('name', 'A name is required.')
  else if (visibleLength(name) > NAME_MAX) fail('name', `The name must be at most ${NAME_MAX} characters.`)

  let description: string | null = null
  if (typeof body.description === 'string') {
    description = body.description.trim() || null
    if (visibleLength(body.description.trim()) > DESCRIPTION_MAX) fail('description', `The description must be at most ${DESCRIPTION_MAX} characters.`)
  } else if (body.description !== undefined && body.description !== null) fail('description', 'The description must be a string.')

  const keyType = typeof body.key_type === 'string' && isKnown(KEY_TYPES, body.key_type) ? body.key_type : null
  if (keyType === null) fail('key_type', `key_type must be one of ${KEY_TYPES.join(', ')}.`)

  const environment = typeof body.environment === 'string' && isKnown(ENVIRONMENTS, body.environment) ? body.environment : null
  if (environment === null) fail('environment', `environment must be one of ${ENVIRONMENTS.join(', ')}.`)

  let permissions: string[] = []
  if (Array.isArray(body.permissions)) {
    const unknown = body.permissions.filter((p) => typeof p !== 'string' || !isValidScope(p))
    if (unknown.length > 0) fail('permissions', `Unknown permission scope: ${unknown.map(String).join(', ')}.`)
    else permissions = [...new Set(body.permissions as string[])]
  } else if (body.permissions !== undefined && body.permissions !== null) fail('permissions', 'permissions must be a list of scopes.')

  if (violations.length > 0 || name === null || keyType === null || environment === null) {
    const first = violations[0]
    throw new MockApiError('INVALID_ARGUMENT', first ? first.description : 'The request is not valid.', violations)
  }
  return { name, description, key_type: keyType, environment, permissions }
}
