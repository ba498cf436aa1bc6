import { HttpResponse, delay, http } from 'msw'
import { setupServer } from 'msw/node'
import { ApiError, parseRetryAfter } from './api-error'
import { apiRequest, buildUrl, createApiClient, type ApiClient } from './http-client'

const BASE = 'https://client.test'
const server = setupServer()
/** Reads `{ ok: boolean }`, as an endpoint's reader does. */
const readOk = (json: unknown) => (typeof json === 'object' && json !== null && typeof (json as { ok?: unknown }).ok === 'boolean' ? { ok: (json as { ok: boolean }).ok } : undefined)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
let api: ApiClient
beforeEach(() => {
  api = createApiClient({ baseUrl: BASE, apiKey: 'secret-admin', timeoutMs: 2000 })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('apiRequest', () => {
  it('sends the key, JSON and the query, and parses the response', async () => {
    let seen: Request | undefined
    server.use(
      http.post(`${BASE}/v1/things`, ({ request }) => {
        seen = request.clone()
        return HttpResponse.json({ ok: true, extra: 'tolerated' })
      }),
    )
    const result = await apiRequest(api, { method: 'POST', path: '/v1/things', query: { a: 'x y', b: undefined, c: '' }, body: { n: 1 }, read: readOk })
    expect(result).toEqual({ ok: true })
    expect(seen?.headers.get('x-api-key')).toBe('secret-admin')
    expect(seen?.headers.get('content-type')).toBe('application/json')
    expect(new URL(seen?.url ?? '').search).toBe('?a=x+y')
    expect(await seen?.json()).toEqual({ n: 1 })
  })

  it('turns the error envelope into an ApiError with details, request id and Retry-After', async () => {
    server.use(
      http.get(`${BASE}/v1/things`, () =>
        HttpResponse.json(
          { error: { code: 'INVALID_ARGUMENT', message: 'Bad name', details: [{ field: 'name', description: 'Too long' }] } },
          { status: 400, headers: { 'x-request-id': 'req_123', 'retry-after': '7' } },
        ),
      ),
    )
    const error = await failure(apiRequest(api, { method: 'GET', path: '/v1/things', read: readOk }))
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'INVALID_ARGUMENT', message: 'Bad name', requestId: 'req_123', retryAfterMs: 7000 })
    expect(error.details).toEqual([{ field: 'name', description: 'Too long' }])
    expect(error.detailFor('name')).toBe('Too long')
  })

  it('never shows a non-JSON error body: an HTML page reads as a server error', async () => {
    server.use(http.get(`${BASE}/v1/things`, () => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, headers: { 'x-request-id': 'req_9' } })))
    const error = await failure(apiRequest(api, { method: 'GET', path: '/v1/things', read: readOk }))
    expect(error).toMatchObject({ status: 502, code: 'SERVER_ERROR', requestId: 'req_9' })
    expect(error.message).not.toContain('<')
  })

  it('treats an unknown error code or a malformed envelope as a server error', async () => {
    server.use(http.get(`${BASE}/v1/a`, () => HttpResponse.json({ error: { code: 'DATA_LOSS', message: 'raw internals' } }, { status: 500 })))
    server.use(http.get(`${BASE}/v1/b`, () => HttpResponse.json({ error: 'nope' }, { status: 400 })))
    const unknown = await failure(apiRequest(api, { method: 'GET', path: '/v1/a' }))
    expect(unknown).toMatchObject({ code: 'SERVER_ERROR', status: 500 })
    expect(unknown.message).not.toContain('raw internals')
    const malformed = await failure(apiRequest(api, { method: 'GET', path: '/v1/b' }))
    expect(malformed).toMatchObject({ code: 'SERVER_ERROR', status: 400 })
  })

  it('shows an INTERNAL error’s own message, as a known code', async () => {
    server.use(http.get(`${BASE}/v1/things`, () => HttpResponse.json({ error: { code: 'INTERNAL', message: 'Database unavailable, try again.' } }, { status: 500 })))
    const error = await failure(apiRequest(api, { method: 'GET', path: '/v1/things' }))
    expect(error).toMatchObject({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Database unavailable, try again.' })
  })

  it('takes the request id from x-request-id, else x-amzn-requestid, else the envelope', async () => {
    const envelope = { error: { code: 'NOT_FOUND', message: 'Gone.', request_id: 'req_body' } }
    server.use(
      http.get(`${BASE}/v1/both`, () => HttpResponse.json(envelope, { status: 404, headers: { 'x-request-id': 'req_header', 'x-amzn-requestid': 'amzn_1' } })),
      http.get(`${BASE}/v1/amzn`, () => HttpResponse.json(envelope, { status: 404, headers: { 'x-amzn-requestid': 'amzn_1' } })),
      http.get(`${BASE}/v1/body`, () => HttpResponse.json(envelope, { status: 404 })),
      http.get(`${BASE}/v1/odd`, () => HttpResponse.json({ error: { code: 'DATA_LOSS', message: 'raw', request_id: 'req_odd' } }, { status: 500 })),
      http.get(`${BASE}/v1/none`, () => HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'Gone.' } }, { status: 404 })),
    )
    const idOf = async (path: string) => (await failure(apiRequest(api, { method: 'GET', path }))).requestId
    expect(await idOf('/v1/both')).toBe('req_header')
    expect(await idOf('/v1/amzn')).toBe('amzn_1')
    expect(await idOf('/v1/body')).toBe('req_body')
    expect(await idOf('/v1/odd')).toBe('req_odd')
    expect(await idOf('/v1/none')).toBeNull()
  })

  it('keeps every usable detail when one lacks its description', async () => {
    const details = [{ field: 'name' }, { field: 'description', description: 'Too long' }, 'garbage', {}, { description: 'Quota reached.' }, { field: 7, description: 'Odd field.' }]
    server.use(http.post(`${BASE}/v1/things`, () => HttpResponse.json({ error: { code: 'INVALID_ARGUMENT', message: 'Bad.', details } }, { status: 400 })))
    const error = await failure(apiRequest(api, { method: 'POST', path: '/v1/things', body: {} }))
    expect(error.details).toEqual([
      { field: 'name', description: null },
      { field: 'description', description: 'Too long' },
      { field: null, description: 'Quota reached.' },
      { field: null, description: 'Odd field.' },
    ])
    expect(error.detailFor('name')).toBeNull()
    expect(error.detailFor('description')).toBe('Too long')
    expect(error.detailFor('environment')).toBeUndefined()
  })

  it('accepts a 201 and parses its body', async () => {
    server.use(http.post(`${BASE}/v1/things`, () => HttpResponse.json({ ok: true }, { status: 201 })))
    await expect(apiRequest(api, { method: 'POST', path: '/v1/things', body: {}, read: readOk })).resolves.toEqual({ ok: true })
  })

  it('keeps 429 recognisable with its Retry-After even without an envelope', async () => {
    server.use(http.get(`${BASE}/v1/things`, () => new HttpResponse('slow down', { status: 429, headers: { 'retry-after': '3' } })))
    const error = await failure(apiRequest(api, { method: 'GET', path: '/v1/things' }))
    expect(error).toMatchObject({ status: 429, code: 'RESOURCE_EXHAUSTED', retryAfterMs: 3000 })
  })

  it('rejects a 2xx body that its reader does not understand, without asserting it', async () => {
    server.use(http.get(`${BASE}/v1/things`, () => HttpResponse.json({ ok: 'yes' })))
    server.use(http.get(`${BASE}/v1/text`, () => new HttpResponse('not json', { status: 200 })))
    expect(await failure(apiRequest(api, { method: 'GET', path: '/v1/things', read: readOk }))).toMatchObject({ kind: 'invalid-response' })
    expect(await failure(apiRequest(api, { method: 'GET', path: '/v1/text', read: readOk }))).toMatchObject({ kind: 'invalid-response' })
  })

  it('names the request of an unreadable success by x-request-id, else x-amzn-requestid', async () => {
    server.use(http.get(`${BASE}/v1/a`, () => HttpResponse.json({ ok: 'yes' }, { headers: { 'x-request-id': 'req_a', 'x-amzn-requestid': 'amzn_a' } })))
    server.use(http.get(`${BASE}/v1/b`, () => HttpResponse.json({ ok: 'yes' }, { headers: { 'x-amzn-requestid': 'amzn_b' } })))
    expect(await failure(apiRequest(api, { method: 'GET', path: '/v1/a', read: readOk }))).toMatchObject({ kind: 'invalid-response', requestId: 'req_a' })
    expect(await failure(apiRequest(api, { method: 'GET', path: '/v1/b', read: readOk }))).toMatchObject({ kind: 'invalid-response', requestId: 'amzn_b' })
  })

  it('times out a request that takes too long', async () => {
    api.configure({ timeoutMs: 50 })
    server.use(
      http.get(`${BASE}/v1/slow`, async () => {
        await delay(1000)
        return HttpResponse.json({ ok: true })
      }),
    )
    const error = await failure(apiRequest(api, { method: 'GET', path: '/v1/slow', read: readOk }))
    expect(error).toMatchObject({ kind: 'timeout', code: 'TIMEOUT', status: null })
  })

  it('reports a network failure as such', async () => {
    server.use(http.get(`${BASE}/v1/down`, () => HttpResponse.error()))
    expect(await failure(apiRequest(api, { method: 'GET', path: '/v1/down' }))).toMatchObject({ kind: 'network', code: 'NETWORK_ERROR' })
  })

  it("lets a caller's abort through as an abort, not an ApiError", async () => {
    server.use(
      http.get(`${BASE}/v1/slow`, async () => {
        await delay(1000)
        return HttpResponse.json({ ok: true })
      }),
    )
    const controller = new AbortController()
    const pending = apiRequest(api, { method: 'GET', path: '/v1/slow', signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ApiError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('resolves a 204 to undefined', async () => {
    server.use(http.delete(`${BASE}/v1/things/1`, () => new HttpResponse(null, { status: 204 })))
    await expect(apiRequest<void>(api, { method: 'DELETE', path: '/v1/things/1' })).resolves.toBeUndefined()
  })
})

describe('helpers', () => {
  it('parses Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('12', now)).toBe(12_000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
  })

  it('builds URLs without doubled slashes or empty parameters', () => {
    expect(buildUrl('https://x.dev/', '/v1/api-keys', { status: 'ACTIVE,REVOKED', filter: '' })).toBe('https://x.dev/v1/api-keys?status=ACTIVE%2CREVOKED')
    expect(buildUrl('/api-proxy', '/v1/api-keys')).toBe('/api-proxy/v1/api-keys')
  })
})
