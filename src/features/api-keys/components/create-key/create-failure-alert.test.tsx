import { act, render, screen } from '@testing-library/react'
import { ApiError } from '../../../../api/api-error'
import { CreateFailureAlert } from './create-failure-alert'
import { describeCreateFailure } from './create-failure'

const NOW = Date.parse('2026-12-05T12:00:00Z')
const throttled = (retryAfterMs: number | null) =>
  new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Too many requests.', requestId: 'req_01JCREATE', retryAfterMs })

beforeEach(() => vi.useFakeTimers({ now: NOW }))
afterEach(() => vi.useRealTimers())

describe('a create refused with 429', () => {
  it('counts the wait the server asked for down, as the action dialogs do (FailureMessage)', () => {
    const failure = describeCreateFailure(throttled(5_000))
    expect(failure.wait).toEqual({ advice: 'Try again in 5 s.', until: NOW + 5_000 })
    render(<CreateFailureAlert failure={failure} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The key was not created')
    act(() => vi.advanceTimersByTime(2_000))
    expect(alert.querySelector('[data-wait-left]')).toHaveTextContent('Try again in 3 s.')
    expect(alert).toHaveTextContent('Request ID: req_01JCREATE')
  })

  it('says the plain advice, with nothing to count, without a Retry-After', () => {
    const failure = describeCreateFailure(throttled(null))
    expect(failure.wait).toBeUndefined()
    render(<CreateFailureAlert failure={failure} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Wait a moment, then try again.')
    expect(screen.getByRole('alert').querySelector('[data-wait-left]')).toBeNull()
  })
})

describe('a create that may have made the key', () => {
  it('after a 5xx says the server answered with an error, not that the answer was lost', () => {
    render(<CreateFailureAlert failure={describeCreateFailure(new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Internal error.' }))} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The key may have been created')
    expect(alert).toHaveTextContent('The server answered with an error of its own, which may have come after it made the key')
    expect(alert).not.toHaveTextContent('answer was lost')
  })

  it('after a dropped connection says the answer was lost', () => {
    render(<CreateFailureAlert failure={describeCreateFailure(new ApiError({ kind: 'network', status: null, code: 'NETWORK_ERROR', message: 'Unreachable.' }))} />)
    expect(screen.getByRole('alert')).toHaveTextContent('The request may have reached the server before the answer was lost, so the key may exist, even twice.')
  })

  it('once the lookup found no key it could have made, says the key was not created, keeping the server’s words', () => {
    const failure = describeCreateFailure(new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Internal error.', requestId: 'req_01JLOOKED' }))
    render(<CreateFailureAlert failure={failure} ruledOut />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The key was not created')
    expect(alert).toHaveTextContent('Internal error.')
    expect(alert).toHaveTextContent('Request ID: req_01JLOOKED')
    expect(alert).not.toHaveTextContent(/may have been created|may exist/)
  })
})
