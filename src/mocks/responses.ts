/** Answered by the transport (msw or the HTTP server) as a dropped connection. */
export const NETWORK_ERROR = Symbol('network error')
export type MockResult = Response | typeof NETWORK_ERROR

export type ErrorCode = 'UNAUTHENTICATED' | 'PERMISSION_DENIED' | 'NOT_FOUND' | 'INVALID_ARGUMENT'

export interface FieldViolation {
  field: string
  description: string
}

const STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  INVALID_ARGUMENT: 400,
}

/** Thrown inside a handler, answered as the contract's error envelope. */
export class MockApiError extends Error {
  readonly code: ErrorCode
  readonly details: FieldViolation[]
  constructor(code: ErrorCode, message: string, details: FieldViolation[] = []) {
    super(message)
    this.code = code
    this.details = details
  }
}

/** The request's JSON body; anything unreadable is a 400. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw new MockApiError('INVALID_ARGUMENT', 'The request body is not valid JSON.')
  }
}

export function invalidArgument(field: string, description: string): MockApiError {
  return new MockApiError('INVALID_ARGUMENT', description, [{ field, description }])
}

/**
 * A JSON response that also keeps its text: in the page (demo mode) reading it needs no body
 * stream, whose read waits for a task, so an answer lands before the next frame as it would
 * from a fast network. Over HTTP and in msw it is an ordinary Response.
 */
class JsonResponse extends Response {
  readonly #text: string
  constructor(text: string, init: ResponseInit) {
    super(text, init)
    this.#text = text
  }
  override text(): Promise<string> {
    return this.bodyUsed ? super.text() : Promise.resolve(this.#text)
  }
  override json(): Promise<unknown> {
    return this.bodyUsed ? super.json() : Promise.resolve().then(() => JSON.parse(this.#text) as unknown)
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new JsonResponse(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
}

export function errorResponse(error: MockApiError, headers: Record<string, string> = {}): Response {
  const envelope = { error: { code: error.code, message: error.message, details: error.details } }
  return jsonResponse(envelope, STATUS_OF[error.code], headers)
}
