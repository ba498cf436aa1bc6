import { DESCRIPTION_MAX, NAME_MAX } from '../api/api-key-schema'
import { ENVIRONMENTS, KEY_TYPES, isKnown, type Environment, type KeyType } from '../api/enums'
import { isValidScope } from '../api/scopes'
import { codePointLength } from '../api/text-length'
import { MockApiError, type FieldViolation } from './responses'

export interface ValidCreate {
  name: string | null
  description: string | null
  key_type: KeyType
  environment: Environment | null
  permissions: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null
}

/**
 * Checks a create body as the server does: every field is optional (`key_type` defaults to SERVICE,
 * a missing name or environment is stored as null), but a field that is sent must be right.
 * Says what is wrong with every field at once; lengths are in code points, as JSON Schema counts.
 */
export function validateCreate(body: unknown): ValidCreate {
  if (!isRecord(body)) throw new MockApiError('INVALID_ARGUMENT', 'The request body must be a JSON object.')
  const violations: FieldViolation[] = []
  const fail = (field: string, description: string) => violations.push({ field, description })

  let name: string | null = null
  if (typeof body.name === 'string') {
    name = body.name.trim() || null
    if (codePointLength(body.name.trim()) > NAME_MAX) fail('name', `The name must be at most ${NAME_MAX} characters.`)
  } else if (!isAbsent(body.name)) fail('name', 'The name must be a string.')

  let description: string | null = null
  if (typeof body.description === 'string') {
    description = body.description.trim() || null
    if (codePointLength(body.description.trim()) > DESCRIPTION_MAX) fail('description', `The description must be at most ${DESCRIPTION_MAX} characters.`)
  } else if (!isAbsent(body.description)) fail('description', 'The description must be a string.')

  let keyType: KeyType = 'SERVICE'
  if (typeof body.key_type === 'string' && isKnown(KEY_TYPES, body.key_type)) keyType = body.key_type
  else if (!isAbsent(body.key_type)) fail('key_type', `key_type must be one of ${KEY_TYPES.join(', ')}.`)

  let environment: Environment | null = null
  if (typeof body.environment === 'string' && isKnown(ENVIRONMENTS, body.environment)) environment = body.environment
  else if (!isAbsent(body.environment)) fail('environment', `environment must be one of ${ENVIRONMENTS.join(', ')}.`)

  let permissions: string[] = []
  if (Array.isArray(body.permissions)) {
    const unknown = body.permissions.filter((p) => typeof p !== 'string' || !isValidScope(p))
    if (unknown.length > 0) fail('permissions', `Unknown permission scope: ${unknown.map(String).join(', ')}.`)
    else permissions = [...new Set(body.permissions as string[])]
  } else if (!isAbsent(body.permissions)) fail('permissions', 'permissions must be a list of scopes.')

  const [first] = violations
  if (first) throw new MockApiError('INVALID_ARGUMENT', first.description, violations)
  return { name, description, key_type: keyType, environment, permissions }
}
