import { isApiError } from '../../api/api-error'
import { listApiKeys } from '../../api/api-keys/list-api-keys'
import { KEY_STATUSES } from '../../api/enums'
import { createApiClient, networkFetch } from '../../api/http-client'

/** `field`: the field the failure points at (the URL when nothing answered like the API, the key when it was refused). */
export type ConnectionCheck = { ok: true; message: string } | { ok: false; message: string; hint?: string; field?: 'url' | 'key' }

/** One one-item list request with the candidate URL and key, explained in plain words. */
export async function testConnection(baseUrl: string, apiKey: string, signal?: AbortSignal): Promise<ConnectionCheck> {
  try {
    // A client of its own: a rejected key here is the answer to the test, not a reason to drop the current one.
    const candidate = createApiClient({ baseUrl, apiKey, fetch: networkFetch })
    const page = await listApiKeys(candidate, { statuses: KEY_STATUSES, pageSize: 1 }, signal)
    const count = page.total_count
    return { ok: true, message: `Connected. This organisation has ${count} ${count === 1 ? 'key' : 'keys'}.` }
  } catch (error) {
    if (!isApiError(error)) return { ok: false, message: 'The connection test failed unexpectedly.' }
    const id = error.requestId ? ` (Request ID: ${error.requestId})` : ''
    switch (error.kind === 'http' ? error.status : error.kind) {
      case 401:
        return { ok: false, field: 'key', message: 'The API key was not accepted.', hint: 'Check that you copied all of it and that it has not been revoked or suspended.' }
      case 403:
        return { ok: false, field: 'key', message: 'The key was accepted but lacks the api-keys:read permission.', hint: 'Use an admin key, or one with the api-keys scopes.' }
      case 'network':
        return {
          ok: false,
          field: 'url',
          message: 'The server could not be reached, or the browser blocked the request (CORS).',
          hint: 'Check the URL. If it is right, run the dashboard through its dev proxy (npm run connected) or serve it on the same origin as the API.',
        }
      case 'timeout':
        return { ok: false, field: 'url', message: 'The server took too long to answer.', hint: 'Check the URL, or try again in a moment.' }
      case 404:
      case 405:
        // The dashboard's own address, or the API's with a wrong path: "Not found." alone blamed nothing.
        return {
          ok: false,
          field: 'url',
          message: `That URL has no Coval API: asked for its keys, it answered ${error.status === 405 ? '405 Method Not Allowed' : '404 Not Found'}${id}.`,
          hint: 'Check the base URL: it should be the API, such as https://api.coval.dev, not this dashboard’s address.',
        }
      case 'invalid-response':
        return { ok: false, field: 'url', message: `That URL answered, but not like the Coval API${id}.`, hint: 'Check the base URL: it should be the API, such as https://api.coval.dev.' }
      default:
        return { ok: false, message: `${error.message}${id}` }
    }
  }
}
