import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { createToastStore, ToastStoreContext, type ToastStore } from './toast-store'
import { Toaster, preloadToastCard } from './toaster'

// The card loads on demand; loaded first, it renders at once, as after the page's idle preload.
beforeAll(() => preloadToastCard())

let store: ToastStore
beforeEach(() => {
  vi.useFakeTimers()
  store = createToastStore()
})

afterEach(() => {
  vi.useRealTimers()
})

const news = () => within(screen.getByRole('status'))
const AUTO_DISMISS_MS = 6000

// Fake timers: the 6 s an unused toast stays is driven, not waited for.
const setup = () =>
  render(
    <ToastStoreContext value={store}>
      <Toaster />
    </ToastStoreContext>,
  )

describe('Toaster', () => {
  it('lets plain news leave on its own, but keeps a toast whose action is still usable', () => {
    setup()
    const onClick = vi.fn<() => void>()
    act(() => {
      store.success('Alpha suspended', { action: { label: 'Undo', onClick } })
      store.info('ID copied')
    })
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS * 10))
    expect(news().queryByText('ID copied')).toBeNull()
    expect(news().getByText('Alpha suspended')).toBeInTheDocument()
    expect(news().getByRole('button', { name: 'Undo' })).toBeEnabled()
  })

  it('runs a usable action once and takes the toast away', () => {
    setup()
    const onClick = vi.fn<() => void>()
    act(() => void store.success('Alpha suspended', { action: { label: 'Undo', onClick } }))
    fireEvent.click(news().getByRole('button', { name: 'Undo' }))
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(news().queryByText('Alpha suspended')).toBeNull()
  })

  it('shows a disabled action with its reason, does nothing on a click, and then leaves like plain news', () => {
    setup()
    const onClick = vi.fn<() => void>()
    let id = 0
    act(() => {
      id = store.success('Alpha suspended', { action: { label: 'Undo', onClick } })
    })
    act(() => store.disableAction(id, 'Alpha has changed since'))
    const button = news().getByRole('button', { name: 'Undo' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription('Alpha has changed since')
    // Still focusable, so keyboard users can hear why.
    act(() => button.focus())
    expect(button).toHaveFocus()
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
    expect(news().getByText('Alpha suspended')).toBeInTheDocument()
    act(() => button.blur())
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS))
    expect(news().queryByText('Alpha suspended')).toBeNull()
  })
})

describe('Toaster beside an open dialog', () => {
  const openDialog = (top: number) => {
    const dialog = document.createElement('div')
    dialog.setAttribute('role', 'dialog')
    dialog.dataset['state'] = 'open'
    dialog.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 300, height: 200 })
    document.body.append(dialog)
    return dialog
  }

  it('stacks the toasts above the dialog while it is open, and back in the corner once it closes', async () => {
    setup()
    act(() => void store.success('Alpha suspended', { action: { label: 'Undo', onClick: vi.fn<() => void>() } }))
    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(region.style.bottom).toBe('')
    const dialog = openDialog(240)
    await act(async () => {})
    expect(region.style.bottom).toBe('calc(100% - 240px)')
    dialog.remove()
    await act(async () => {})
    expect(region.style.bottom).toBe('')
  })
})

describe('a toast held behind a dialog', () => {
  it('keeps plain news until it has been on screen for its time', async () => {
    const { ToastCard } = await import('./toast-card')
    store.info('ID copied')
    const [held] = store.get()
    if (!held) throw new Error('no toast')
    const card = (isHeld: boolean) => (
      <ToastStoreContext value={store}>
        <ToastCard toast={held} held={isHeld} />
      </ToastStoreContext>
    )
    const { rerender } = render(card(true))
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS * 10))
    expect(store.get()).toHaveLength(1)
    rerender(card(false))
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS))
    expect(store.get()).toHaveLength(0)
  })
})
