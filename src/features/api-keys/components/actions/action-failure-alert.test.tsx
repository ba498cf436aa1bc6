import { act, render, screen } from '@testing-library/react'
import { ApiError } from '../../../../api/api-error'
import { ActionFailureAlert } from './action-failure-alert'
import { failureWait } from '../../../../api/failure-wait'
import { describeError } from './use-run-key-action'

const NOW = Date.parse('2026-12-03T12:00:00Z')

function refused(retryAfterMs: number | null): ApiError {
  return new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Too many requests.', requestId: 'req_01JBCDEFGH', retryAfterMs })
}

beforeEach(() => vi.useFakeTimers({ now: NOW }))
afterEach(() => vi.useRealTimers())

describe('a write refused with 429 and Retry-After', () => {
  it('counts the wait down on screen; screen readers get what the server said, then, once, that the wait is over', () => {
    const error = refused(5_000)
    const wait = failureWait(error)
    expect(wait).toEqual({ advice: 'Try again in 5 s.', until: NOW + 5_000 })
    render(<ActionFailureAlert title="Could not suspend CI deploys" message={describeError(error, 'suspend')} wait={wait} />)
    const alert = screen.getByRole('alert')
    const shown = () => alert.querySelector('[data-wait-left]')?.textContent
    expect(shown()).toBe('Try again in 5 s.')
    // What assistive technology reads does not change with the count: the server's words, once.
    expect(alert).toHaveTextContent('Too many requests. Try again in 5 s.Try again in 5 s. (Request ID: req_01JBCDEFGH)')
    expect(alert.querySelector('.sr-only')).toHaveTextContent('Try again in 5 s.')
    expect(alert.querySelector('[data-wait-left]')).toHaveAttribute('aria-hidden', 'true')
    act(() => vi.advanceTimersByTime(2_000))
    expect(shown()).toBe('Try again in 3 s.')
    expect(alert.querySelector('.sr-only')).toHaveTextContent('Try again in 5 s.')
    act(() => vi.advanceTimersByTime(3_000))
    expect(shown()).toBe('You can try again now.')
    // Not a wait already over: read later, the alert says what is true now.
    expect(alert.querySelector('.sr-only')).toHaveTextContent(/^You can try again now\.$/)
    expect(alert).not.toHaveTextContent('Try again in 5 s.')
    expect(alert).toHaveTextContent('(Request ID: req_01JBCDEFGH)')
  })

  it('is scrolled into sight when it comes, once for each failure (a dialog scrolled down to its reason hid it)', () => {
    // Chromium's scrollIntoView returns a promise: an effect that returned it crashed the dialog as it closed.
    const scrolled = vi.fn<(options?: ScrollIntoViewOptions | boolean) => Promise<void>>(() => Promise.resolve())
    Element.prototype.scrollIntoView = scrolled
    const { rerender, unmount } = render(<ActionFailureAlert key="one" title="Could not suspend CI deploys" message="Too many requests." />)
    rerender(<ActionFailureAlert key="one" title="Could not suspend CI deploys" message="Too many requests." />)
    expect(scrolled).toHaveBeenCalledOnce()
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' })
    rerender(<ActionFailureAlert key="two" title="Could not suspend CI deploys" message="Too many requests. (Request ID: req_2)" />)
    expect(scrolled).toHaveBeenCalledTimes(2)
    expect(unmount).not.toThrow()
    // @ts-expect-error jsdom has none: put back as it was.
    delete Element.prototype.scrollIntoView
  })

  it('has nothing to count without a Retry-After, or when it is under a second', () => {
    expect(failureWait(refused(null))).toBeUndefined()
    expect(failureWait(refused(400))).toBeUndefined()
    expect(failureWait(new ApiError({ kind: 'http', status: 503, code: 'UNAVAILABLE', message: 'Down.', retryAfterMs: 5_000 }))).toBeUndefined()
    render(<ActionFailureAlert title="Could not suspend CI deploys" message={describeError(refused(null), 'suspend')} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Wait a moment, then try again.')
    expect(screen.getByRole('alert').querySelector('[data-wait-left]')).toBeNull()
  })
})
