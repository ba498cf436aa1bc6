import { REASON_MAX, readApiKey, type ApiKey } from '../api-key-schema'
import { KEY_STATUSES, isKnown, type KeyStatus } from '../enums'
import { apiRequest, type ApiClient } from '../http-client'
import { isRecord } from '../read-json'
import { codePointLength, tooLongMessage } from '../text-length'

export interface UpdateApiKeyStatusInput {
  status: KeyStatus
  reason?: string
}

/** What is wrong with a reason, trimmed, as the server counts it (code points); null when it may be sent. */
export function reasonProblem(reason: string): string | null {
  const length = codePointLength(reason.trim())
  return length > REASON_MAX ? tooLongMessage(REASON_MAX, length) : null
}

export async function updateApiKeyStatus(api: ApiClient, id: string, input: UpdateApiKeyStatusInput, signal?: AbortSignal): Promise<ApiKey> {
  // The dialogs check both first: reaching here otherwise is a bug, not something to send.
  if (!isKnown(KEY_STATUSES, input.status)) throw new TypeError(`Unknown status ${JSON.stringify(input.status)}`)
  const problem = input.reason === undefined ? null : reasonProblem(input.reason)
  if (problem) throw new RangeError(problem)
  const reason = input.reason?.trim()
  const response = await apiRequest(api, {
    method: 'PATCH',
    path: `/v1/api-keys/${encodeURIComponent(id)}`,
    body: { status: input.status, ...(reason ? { reason } : {}) },
    signal,
    read: (json) => (isRecord(json) ? readApiKey(json.api_key) : undefined),
  })
  return response
}
