import { ApiError } from '../../../../api/api-error'
import { CreateNotSent } from '../../api/use-create-api-key'
import { NO_DESCRIPTION, describeCreateFailure } from './create-failure'

const invalid = (details: { field: string | null; description: string | null }[], message = 'The request is not valid.') =>
  new ApiError({ kind: 'http', status: 400, code: 'INVALID_ARGUMENT', message, details, requestId: 'req_1' })

describe('describeCreateFailure', () => {
  it('says a create kept back offline was not sent, so no key can exist', () => {
    expect(describeCreateFailure(new CreateNotSent())).toEqual({
      fields: [],
      message: 'You are offline, so nothing was sent. Create it once the connection is back: the form keeps what you entered.',
      mayExist: false,
      requestId: null,
    })
  })

  it('puts each INVALID_ARGUMENT detail on the field it names, in form order, first one per field', () => {
    const failure = describeCreateFailure(
      invalid([
        { field: 'permissions[1]', description: 'Unknown permission scope: runs:fly.' },
        { field: 'name', description: 'The name is taken.' },
        { field: 'name', description: 'A second complaint.' },
        { field: 'key_type', description: 'key_type must be one of SERVICE, USER.' },
      ]),
    )
    expect(failure.fields).toEqual([
      { field: 'name', message: 'The name is taken.' },
      { field: 'key_type', message: 'key_type must be one of SERVICE, USER.' },
      { field: 'permissions', message: 'Unknown permission scope: runs:fly.' },
    ])
    expect(failure).toMatchObject({ message: null, mayExist: false, requestId: 'req_1' })
  })

  it('says above the form what no field can show', () => {
    expect(describeCreateFailure(invalid([{ field: null, description: 'Quota reached.' }], 'Quota reached.'))).toMatchObject({
      fields: [],
      message: 'Quota reached.',
    })
    expect(describeCreateFailure(invalid([{ field: 'name', description: 'Taken.' }, { field: 'org', description: 'Frozen.' }])).message).toBe('Frozen.')
  })

  it('shows a generic text on a field the server named without a description, and keeps the other details', () => {
    const failure = describeCreateFailure(
      invalid([
        { field: 'name', description: null },
        { field: 'environment', description: 'Production keys are disabled.' },
        { field: null, description: null },
      ]),
    )
    expect(failure.fields).toEqual([
      { field: 'name', message: NO_DESCRIPTION },
      { field: 'environment', message: 'Production keys are disabled.' },
    ])
    expect(failure.message).toBeNull()
    expect(describeCreateFailure(invalid([{ field: 'org', description: null }], 'Frozen.')).message).toBe('Frozen.')
  })

  it('ignores the details of errors other than INVALID_ARGUMENT', () => {
    const denied = new ApiError({ kind: 'http', status: 403, code: 'PERMISSION_DENIED', message: 'Lacks api-keys:write.', details: [{ field: 'permissions', description: 'Requires api-keys:write.' }] })
    expect(describeCreateFailure(denied)).toMatchObject({ fields: [], message: 'Lacks api-keys:write.', mayExist: false })
  })

  it('says the key may exist when the request may have reached the server', () => {
    const network = new ApiError({ kind: 'network', status: null, code: 'NETWORK_ERROR', message: 'Unreachable.' })
    const timeout = new ApiError({ kind: 'timeout', status: null, code: 'TIMEOUT', message: 'Too slow.' })
    const unreadable = new ApiError({ kind: 'invalid-response', status: null, code: 'INVALID_RESPONSE', message: 'Unreadable.' })
    const server = new ApiError({ kind: 'http', status: 502, code: 'SERVER_ERROR', message: 'Bad gateway.' })
    const throttled = new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Slow down.' })
    expect([network, timeout, unreadable, server, throttled].map((e) => describeCreateFailure(e).mayExist)).toEqual([true, true, true, true, false])
    // Only the 5xx was an answer: the alert says the server answered with an error, not that an answer was lost.
    expect([network, timeout, unreadable, server].map((e) => describeCreateFailure(e).serverError === true)).toEqual([false, false, false, true])
    expect(describeCreateFailure(new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Slow down.', retryAfterMs: 90_000 }))).toMatchObject({
      message: 'Slow down. Try again in 90 s.',
    })
    expect(describeCreateFailure(new TypeError('boom'))).toMatchObject({ mayExist: true, message: 'Something went wrong while creating the key.' })
  })

  it('names the permission a terse 403 means, once: not when the server’s words name it already', () => {
    const forbidden = (message: string) => new ApiError({ kind: 'http', status: 403, code: 'PERMISSION_DENIED', message, details: [], requestId: 'req_3' })
    expect(describeCreateFailure(forbidden('Injected failure.')).message).toBe('The API key you connected with lacks the api-keys:write permission. Injected failure.')
    expect(describeCreateFailure(forbidden('The API key lacks the api-keys:write permission.')).message).toBe('The API key lacks the api-keys:write permission.')
  })
})
