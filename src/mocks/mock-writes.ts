// The mock's writes (create, status change, delete): their own module, loaded by mock-api.ts on the
// first write, so the demo's first screen (which only reads) does not load their code.
import type { ApiKeyRecord } from '../api/api-key-schema'
import { KEY_STATUSES, isKnown } from '../api/enums'
import { canTransition } from '../api/lifecycle'
import { REASON_MAX } from '../api/api-key-schema'
import { codePointLength } from '../api/text-length'
import { maskSecret, newSecret } from './mask'
import { MockApiError, invalidArgument, jsonResponse, readJson } from './responses'
import type { ApiKeyStore } from './store'
import { ulid } from './ulid'
import { validateCreate } from './validate-create'

export interface WriteContext {
  store: ApiKeyStore
  organizationId: string
  now: () => Date
}

/** POST /v1/api-keys: the new key, with its secret shown this once. */
export async function createKey(request: Request, { store, organizationId, now }: WriteContext): Promise<Response> {
  const input = validateCreate(await readJson(request))
  const time = now()
  const secret = newSecret(input.environment)
  const record: ApiKeyRecord = {
    id: ulid(time.getTime()),
    organization_id: organizationId,
    api_key: maskSecret(secret),
    ...input,
    status: 'ACTIVE',
    create_time: time.toISOString(),
    update_time: null,
    last_used_at: null,
  }
  store.insert(record)
  return jsonResponse({ api_key: { ...record, api_key: secret } }, 201)
}

/** PATCH /v1/api-keys/{id}: a status change the lifecycle allows, with an optional reason. */
export async function changeStatus(request: Request, id: string, { store, now }: WriteContext): Promise<Response> {
  const body = await readJson(request)
  const current = store.get(id)
  if (!current) throw new MockApiError('NOT_FOUND', `API key ${id} not found.`)
  const { status, reason } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (typeof status !== 'string' || !isKnown(KEY_STATUSES, status)) {
    throw invalidArgument('status', `status must be one of ${KEY_STATUSES.join(', ')}.`)
  }
  if (reason !== undefined && reason !== null && (typeof reason !== 'string' || codePointLength(reason) > REASON_MAX)) {
    throw invalidArgument('reason', `The reason must be text of at most ${REASON_MAX} characters.`)
  }
  if (!canTransition(current.status, status)) {
    const why = current.status === 'REVOKED' ? 'A revoked key cannot change status.' : `A key cannot go from ${current.status} to ${status}.`
    throw invalidArgument('status', why)
  }
  const updated = store.setStatus(id, status, now().toISOString(), typeof reason === 'string' ? reason : undefined)
  return jsonResponse({ api_key: updated })
}

/** DELETE /v1/api-keys/{id}. */
export function deleteKey(id: string, { store, now }: WriteContext): Response {
  if (!store.remove(id, now().toISOString())) throw new MockApiError('NOT_FOUND', `API key ${id} not found.`)
  return new Response(null, { status: 204 })
}
