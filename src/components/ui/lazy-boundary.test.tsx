import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { LazyBoundary, lazyPart, lazyWithRetry } from './lazy-boundary'

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
    const Lazy = lazyWithRetry(() => Promise.resolve(Greeting), (G) => G)
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
    const Lazy = lazyWithRetry(load, (G) => G)
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

describe('lazyPart', () => {
  const failing = () =>
    vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting)

  it('says in its place what could not load, offers a reload for the latest version, and Retry loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const reload = vi.fn<() => void>()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
    const load = failing()
    const Part = lazyPart(load, (G) => G, 'the greeting')
    await renderSettled(
      <>
        <p>Already on screen</p>
        <Part name="Ana" />
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the greeting.')
    expect(screen.getByText('Already on screen')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Reload for the latest version' }))
    expect(reload).toHaveBeenCalledTimes(1)
    await act(async () => screen.getByRole('button', { name: 'Retry' }).click())
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('offers Dismiss through the prop that closes it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const onClose = vi.fn<() => void>()
    const Part = lazyPart(failing(), (G) => (props: { name: string; onClose: () => void }) => <G name={props.name} />, 'the greeting', {
      dismiss: (props) => props.onClose,
    })
    await renderSettled(<Part name="Ana" onClose={onClose} />)
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('loads again when mounted again after a failure, and says when it is loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const load = failing()
    const Part = lazyPart(load, (G) => G, 'the greeting')
    await renderSettled(<Part name="Ana" />)
    expect(screen.getByRole('alert')).toBeInTheDocument()
    expect(Part.isLoaded()).toBe(false)
    cleanup()
    await renderSettled(<Part name="Ana" />)
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
    expect(Part.isLoaded()).toBe(true)
  })
})
