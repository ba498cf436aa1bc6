import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { LazyBoundary, lazyWithRetry } from './lazy-boundary'

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>
}

// A load that settles inside a test must do so within an awaited act (in a browser it just does).
async function renderSettled(ui: ReactNode): Promise<void> {
  await act(async () => {
    render(ui)
  })
}

describe('LazyBoundary with lazyWithRetry', () => {
  it('shows the component once it loads', async () => {
    const Lazy = lazyWithRetry(() => Promise.resolve(Greeting))
    await renderSettled(
      <LazyBoundary what="the greeting" fallback={<p>Loading…</p>}>
        <Lazy name="Ana" />
      </LazyBoundary>,
    )
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('says what failed and loads again on Retry', async () => {
    // React logs the failed load; it is the point of this test.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting)
    const Lazy = lazyWithRetry(load)
    const onDismiss = vi.fn<() => void>()
    await renderSettled(
      <LazyBoundary what="the greeting" onDismiss={onDismiss}>
        <Lazy name="Ana" />
      </LazyBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the greeting.')
    expect(load).toHaveBeenCalledTimes(1)
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
    const retry = screen.getByRole('button', { name: 'Retry' })
    await act(async () => retry.click())
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
