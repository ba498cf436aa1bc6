import { act, fireEvent, render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ApiError } from '../../../api/api-error'
import { QueryErrorState, preloadRateLimitedState } from './query-error-state'

// The countdown loads on demand; loaded first, it renders at once, as after a first 429.
beforeAll(() => preloadRateLimitedState())

const tooMany = (retryAfterMs: number | null) => new ApiError({ kind: 'http', status: 429, code: 'RESOURCE_EXHAUSTED', message: 'Rate limit exceeded.', retryAfterMs, requestId: 'req_7' })

// The retry deadlines belong to the app's query client: each test's is fresh.
let queryClient: QueryClient
const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
beforeEach(() => {
  vi.useFakeTimers()
  queryClient = new QueryClient()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('QueryErrorState after a 429', () => {
  it('counts an hour-long Retry-After down from a minute, then reads again once', () => {
    const onRetry = vi.fn<() => void>()
    render(<QueryErrorState error={tooMany(3_600_000)} onRetry={onRetry} />, { wrapper })
    expect(screen.getByText('Rate limited, retrying in 60 s')).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the keys: the server is limiting requests. Retrying on its own in 60 seconds.')
    act(() => vi.advanceTimersByTime(2_000))
    expect(screen.getByText('Rate limited, retrying in 58 s')).toBeVisible()
    expect(onRetry).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(58_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Rate limited, retrying now…')).toBeVisible()
    act(() => vi.advanceTimersByTime(10_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('reads at once on Retry now, and not again when the countdown ends', () => {
    const onRetry = vi.fn<() => void>()
    render(<QueryErrorState error={tooMany(5_000)} onRetry={onRetry} title="Could not load this key" />, { wrapper })
    expect(screen.getByText('Rate limited, retrying in 5 s')).toBeVisible()
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
    act(() => vi.advanceTimersByTime(6_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(screen.getByText('req_7')).toBeVisible()
  })

  it('starts a new wait for a new 429', () => {
    const onRetry = vi.fn<() => void>()
    const { rerender } = render(<QueryErrorState error={tooMany(2_000)} onRetry={onRetry} />, { wrapper })
    act(() => vi.advanceTimersByTime(2_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
    rerender(<QueryErrorState error={tooMany(3_000)} onRetry={onRetry} />)
    expect(screen.getByText('Rate limited, retrying in 3 s')).toBeVisible()
    act(() => vi.advanceTimersByTime(3_000))
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('says what the wait leaves on screen, as the plain error does (rows of the page before, say)', () => {
    render(<QueryErrorState error={tooMany(5_000)} onRetry={() => undefined} note="The keys below are still page 2’s." />, { wrapper })
    expect(screen.getByText('The keys below are still page 2’s.')).toBeInTheDocument()
  })

  it('counts down a 503 that says when to come back, in its own words', () => {
    const onRetry = vi.fn<() => void>()
    render(<QueryErrorState error={new ApiError({ kind: 'http', status: 503, code: 'SERVER_ERROR', message: 'Maintenance.', retryAfterMs: 120_000 })} onRetry={onRetry} />, { wrapper })
    expect(screen.getByText('Server unavailable, retrying in 60 s')).toBeVisible()
    act(() => vi.advanceTimersByTime(60_000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('keeps other errors as they were: no countdown, a plain Retry', () => {
    render(<QueryErrorState error={new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Broken.' })} onRetry={() => undefined} />, { wrapper })
    expect(screen.getByRole('alert')).toHaveTextContent('Broken.')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(screen.queryByText(/Rate limited/)).toBeNull()
  })
})

describe('QueryErrorState while its Retry runs', () => {
  const failed = new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'Internal error.', retryAfterMs: null, requestId: 'req_8' })

  it.each([
    ['a plain failure', failed, 'Retry'],
    ['a 429', tooMany(30_000), 'Retry now'],
  ] as const)('after %s, says it retries and sends nothing more, keeping its button', (_, error, label) => {
    const onRetry = vi.fn<() => void>()
    const { rerender } = render(<QueryErrorState error={error} onRetry={onRetry} />, { wrapper })
    const button = screen.getByRole('button', { name: label })
    button.focus()
    rerender(<QueryErrorState error={error} onRetry={onRetry} retrying />)
    expect(button).toHaveAccessibleName('Retrying…')
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveFocus()
    fireEvent.click(button)
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('hands the focus on when it goes with the focus in it', () => {
    const heading = document.body.appendChild(Object.assign(document.createElement('h1'), { tabIndex: -1 }))
    const { rerender } = render(<QueryErrorState error={failed} onRetry={() => {}} focusWhenGone={() => heading} />, { wrapper })
    screen.getByRole('button', { name: 'Retry' }).focus()
    rerender(<></>)
    expect(heading).toHaveFocus()
    heading.remove()
  })
})
