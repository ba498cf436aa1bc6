import { isRecord } from './read-json'
import { tryAgainAdvice } from './wait-text'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

export interface ApiErrorDetail {
  field: string | null
  /** The contract lets the server leave it out: null then, and whoever shows it says something generic. */
  description: string | null
}

export const KNOWN_ERROR_CODES = ['UNAUTHENTICATED', 'PERMISSION_DENIED', 'NOT_FOUND', 'INVALID_ARGUMENT', 'INTERNAL'] as const

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** The envelope's `error`, when it has the code and message the contract promises. */
function envelopeError(body: unknown): { code: string; message: string; details: unknown } | null {
  const error = isRecord(body) ? body.error : undefined
  if (!isRecord(error) || typeof error.code !== 'string' || typeof error.message !== 'string') return null
  return { code: error.code, message: error.message, details: error.details }
}

/** The response's request id: `x-request-id`, else `x-amzn-requestid` (as Coval's SDK reads it), else the error envelope's. */
export function requestIdOf(headers: Headers, body?: unknown): string | null {
  const fromHeaders = headers.get('x-request-id') || headers.get('x-amzn-requestid')
  if (fromHeaders) return fromHeaders
  // Read on its own: an envelope too odd to show may still carry the id support needs.
  const requestId = isRecord(body) && isRecord(body.error) ? body.error.request_id : undefined
  return typeof requestId === 'string' && requestId !== '' ? requestId : null
}

/** The details worth keeping: each entry that names a field or says something, whatever the others look like. */
function readDetails(entries: unknown): ApiErrorDetail[] {
  const details: ApiErrorDetail[] = []
  // Entries are read one by one, so one odd entry cannot cost the others.
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (!isRecord(entry)) continue
    const field = textOrNull(entry.field)
    const description = textOrNull(entry.description)
    if (field || description) details.push({ field: field || null, description: description || null })
  }
  return details
}

interface ApiErrorInit {
  kind: ApiErrorKind
  status: number | null
  code: string
  message: string
  details?: ApiErrorDetail[]
  requestId?: string | null
  retryAfterMs?: number | null
}

/** Every failure of a request to the API, whatever went wrong, is one of these. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number | null
  /** The envelope's code; `SERVER_ERROR`, `NETWORK_ERROR`, `TIMEOUT`... when there was none. */
  readonly code: string
  readonly details: ApiErrorDetail[]
  readonly requestId: string | null
  readonly retryAfterMs: number | null

  constructor(init: ApiErrorInit) {
    super(init.message)
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.details = init.details ?? []
    this.requestId = init.requestId ?? null
    this.retryAfterMs = init.retryAfterMs ?? null
  }

  /** What the server said about one field: undefined when it named no such field, null when it named it without a description. */
  detailFor(field: string): string | null | undefined {
    return this.details.find((d) => d.field === field)?.description
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** What the server said, with its request id so support can find it. */
export function describeApiError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong.'
  // A refused write says when it may be sent again.
  const advice = error.status === 429 ? ` ${tryAgainAdvice(error.retryAfterMs)}` : ''
  return `${error.message}${advice}${error.requestId ? ` (Request ID: ${error.requestId})` : ''}`
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

// Without a usable envelope, the status alone says what happened; anything else is a server error.
const BY_STATUS: Record<number, { code: string; message: string }> = {
  401: { code: 'UNAUTHENTICATED', message: 'The API key was not accepted.' },
  403: { code: 'PERMISSION_DENIED', message: 'The API key is not allowed to do this.' },
  404: { code: 'NOT_FOUND', message: 'Not found.' },
  429: { code: 'RESOURCE_EXHAUSTED', message: 'Too many requests.' },
}

/** Builds the ApiError of a non-2xx response; the raw body is never shown to the user. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
  const body = await response.text().catch(() => '')
  let json: unknown = undefined
  try {
    json = JSON.parse(body)
  } catch {
    // Not JSON (an HTML error page from a proxy, say): fall through to the generic message.
  }
  const requestId = requestIdOf(response.headers, json)
  const envelope = envelopeError(json)
  if (envelope && (KNOWN_ERROR_CODES as readonly string[]).includes(envelope.code)) {
    const { code, message, details } = envelope
    return new ApiError({
      kind: 'http',
      status: response.status,
      code,
      message,
      details: readDetails(details),
      requestId,
      retryAfterMs,
    })
  }
  const known = BY_STATUS[response.status]
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: known?.code ?? 'SERVER_ERROR',
    message: known?.message ?? `The server failed to answer (HTTP ${response.status}).`,
    requestId,
    retryAfterMs,
  })
}
