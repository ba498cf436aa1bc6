import * as z from 'zod/mini'
import { DESCRIPTION_MAX, NAME_MAX, readApiKey, type ApiKey } from '../api-key-schema'
import { ENVIRONMENTS, KEY_TYPES, type Environment, type KeyType } from '../enums'
import { apiRequest, type ApiClient } from '../http-client'
import { isRecord } from '../read-json'
import { SCOPE_RESOURCES, isValidScope } from '../scopes'
import { maxCodePoints } from '../max-code-points'
import { visibleText } from '../visible-text'

/** How the caller states what the key may do; the API itself only knows `permissions` ([] = everything). */
export const ACCESS_LEVELS = ['FULL', 'RESTRICTED'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

/** Drops duplicates and actions that a `resource:*` already grants, in the catalogue's order. */
export function normalizeScopes(scopes: readonly string[]): string[] {
  if (scopes.includes('*')) return ['*']
  const wholeResources = new Set(scopes.filter((s) => s.endsWith(':*')).map((s) => s.slice(0, -2)))
  const kept = new Set(scopes.filter((s) => s.endsWith(':*') || !wholeResources.has(s.split(':')[0] ?? '')))
  const rank = (scope: string) => SCOPE_RESOURCES.findIndex((resource) => resource === scope.split(':')[0])
  return [...kept].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/** What `createApiKey` sends. */
export interface CreateApiKeyBody {
  name: string
  description?: string
  key_type: KeyType
  environment: Environment
  permissions?: string[]
}

/**
 * The create payload: the form validates with it (as its resolver), and the request sends what it outputs.
 * `access` is the form's choice; the output carries it as `permissions` only.
 */
export const createApiKeyInputSchema = z.pipe(
  z
    .object({
      name: z.string({ error: 'Enter a name.' }).check(z.trim(), z.minLength(1, { error: 'Enter a name.' }), maxCodePoints(NAME_MAX), visibleText()),
      description: z.optional(z.string().check(z.trim(), maxCodePoints(DESCRIPTION_MAX), visibleText('description'))),
      key_type: z.enum(KEY_TYPES, { error: 'Choose a key type.' }),
      environment: z.enum(ENVIRONMENTS, { error: 'Choose an environment.' }),
      access: z.optional(z.enum(ACCESS_LEVELS, { error: 'Choose the access this key has.' })),
      permissions: z.optional(z.array(z.string().check(z.refine(isValidScope, { error: (issue) => `Unknown scope: ${String(issue.input)}.` })))),
    })
    .check(
      z.superRefine(
        (value, ctx) => {
          // An empty list means full access to the API, so "restricted to nothing" must never reach it.
          if (value.access === 'RESTRICTED' && !(Array.isArray(value.permissions) && value.permissions.length > 0)) {
            ctx.addIssue({ code: 'custom', path: ['permissions'], message: 'Choose at least one permission, or give the key full access.' })
          }
        },
        // Also when other fields are wrong, so one submit shows every problem.
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    ),
  z.transform(({ name, description, key_type, environment, access, permissions }): CreateApiKeyBody => {
    const body: CreateApiKeyBody = { name, key_type, environment }
    if (description) body.description = description
    if (access === 'FULL') body.permissions = []
    else if (permissions !== undefined) body.permissions = normalizeScopes(permissions)
    return body
  }),
)
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>

/** The new key, with its full secret in `api_key`. */
export type CreatedApiKey = ApiKey & { api_key: string }

// The one answer that carries the secret: without it the new key is of no use, so it is required here.
export function readCreatedKey(json: unknown): CreatedApiKey | undefined {
  const key = isRecord(json) ? readApiKey(json.api_key) : undefined
  return key && typeof key.api_key === 'string' && key.api_key !== '' ? { ...key, api_key: key.api_key } : undefined
}

/** Returns the new key with its full secret in `api_key`: the only time the API sends it. */
export async function createApiKey(api: ApiClient, body: CreateApiKeyBody, signal?: AbortSignal): Promise<CreatedApiKey> {
  return apiRequest(api, { method: 'POST', path: '/v1/api-keys', body, signal, read: readCreatedKey })
}
