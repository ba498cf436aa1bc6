import type { Fault } from './faults'
import { NETWORK_ERROR, jsonResponse, type MockResult } from './responses'

/** What a request suffering `fault` gets instead of its answer. */
export function faultResponse(fault: Fault, requestId: string): MockResult {
  if (fault.kind === 'network') return NETWORK_ERROR
  const headers: Record<string, string> = { 'x-request-id': requestId }
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds)
  if (fault.body === 'html') {
    return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
      status: fault.status,
      headers: { ...headers, 'content-type': 'text/html' },
    })
  }
  const known = { 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 400: 'INVALID_ARGUMENT' } as const
  const code = (known as Record<number, string>)[fault.status] ?? (fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL')
  const message = fault.status === 429 ? 'Rate limit exceeded.' : fault.status >= 500 ? 'Internal error (injected).' : 'Injected failure.'
  return jsonResponse({ error: { code, message, details: [] } }, fault.status, headers)
}
