import { isApiError } from '../../../../api/api-error'
import { lacksScopeNote } from '../../../../api/denied-scopes'
import { tryAgainAdvice } from '../../../../api/wait-text'
import { failureWait, type FailureWait } from '../../../../api/failure-wait'
import { CreateNotSent, mayHaveCreated } from '../../api/use-create-api-key'

/** The form's fields that a server's INVALID_ARGUMENT detail can name, in the order they appear. */
export const SERVER_FIELDS = ['name', 'description', 'key_type', 'environment', 'permissions'] as const
export type ServerField = (typeof SERVER_FIELDS)[number]

export interface CreateFailure {
  /** Messages that land on the field they name, in form order. */
  fields: { field: ServerField; message: string }[]
  /** What to say above the form; null when every problem sits on a field. */
  message: string | null
  /** The request may have reached the server: the key may exist. */
  mayExist: boolean
  /** The server answered with an error of its own (a 5xx), rather than the answer being lost or unreadable. */
  serverError?: boolean
  requestId: string | null
  /** A 429's Retry-After: the message's advice counts down to it. */
  wait?: FailureWait
}

/** What a field shows when the server refused it without a description. */
export const NO_DESCRIPTION = 'The server did not accept this value.'

/** `permissions[2]` and `permissions.2` name the permissions field. */
function serverField(name: string | null): ServerField | undefined {
  const root = name?.split(/[.[]/)[0]
  return SERVER_FIELDS.find((field) => field === root)
}

/** Sorts a failed create into field errors and a message, saying whether the key may exist anyway. */
export function describeCreateFailure(error: unknown, now = Date.now()): CreateFailure {
  if (!isApiError(error)) {
    const message = error instanceof CreateNotSent ? error.message : 'Something went wrong while creating the key.'
    return { fields: [], message, mayExist: mayHaveCreated(error), requestId: null }
  }
  const fields: CreateFailure['fields'] = []
  const unplaced: string[] = []
  // Only a validation failure names fields; a 403's details name what the caller lacks.
  const details = error.code === 'INVALID_ARGUMENT' ? error.details : []
  for (const detail of details) {
    const field = serverField(detail.field)
    // The server may name a field without saying why: the field still shows that it was refused.
    if (field && !fields.some((f) => f.field === field)) fields.push({ field, message: detail.description ?? NO_DESCRIPTION })
    else if (!field && detail.description !== null) unplaced.push(detail.description)
  }
  fields.sort((a, b) => SERVER_FIELDS.indexOf(a.field) - SERVER_FIELDS.indexOf(b.field))
  const lines = fields.length > 0 ? unplaced : [error.message, ...unplaced.filter((line) => line !== error.message)]
  // A terse 403 says which permission creating a key needs, as a refused status change does.
  const lacks = lacksScopeNote(error, 'api-keys:write')
  if (lacks) lines.unshift(lacks)
  // A rate-limited create says when it may be sent again.
  if (error.status === 429) lines.push(tryAgainAdvice(error.retryAfterMs))
  const wait = failureWait(error, now)
  const serverError = error.kind === 'http' && error.status !== null && error.status >= 500
  return { fields, message: lines.length > 0 ? lines.join(' ') : null, mayExist: mayHaveCreated(error), ...(serverError && { serverError }), requestId: error.requestId, ...(wait && { wait }) }
}
