import { apiRequest, type ApiClient } from '../http-client'

/** Deletes the record for good; the API answers 204 with no body. */
export function deleteApiKey(api: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  return apiRequest<void>(api, { method: 'DELETE', path: `/v1/api-keys/${encodeURIComponent(id)}`, signal })
}
