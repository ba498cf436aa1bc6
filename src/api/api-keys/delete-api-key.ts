import { apiRequest } from '../http-client'

/** Deletes the record for good; the API answers 204 with no body. */
export function deleteApiKey(id: string, signal?: AbortSignal): Promise<void> {
  return apiRequest<void>({ method: 'DELETE', path: `/v1/api-keys/${encodeURIComponent(id)}`, signal })
}
