import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { ToastStoreContext } from './toast-store'
import { AUTO_DISMISS_MS, news, setup, setupAfterButton, store } from './toaster-test-setup'

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
    act(() => store.setActionReason(id, 'Alpha has changed since then'))
    const button = news().getByRole('button', { name: 'Undo' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription('Alpha has changed since then')
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

describe('a stack of toasts', () => {
  const wrapperOf = (text: string) => screen.getByText(text).closest('[data-toast]')?.parentElement
  const undo = { label: 'Undo', onClick: () => {} }

  it('collapses to the newest (one on a phone, three wider) under a count of the rest, and opens on demand', () => {
    setup()
    act(() => {
      for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) store.success(`${name} suspended`, { action: undo })
    })
    // Newest last: Delta shows everywhere, Bravo and Charlie only wider, Alpha in neither.
    expect(wrapperOf('Delta suspended')?.className).toBe('')
    for (const name of ['Bravo', 'Charlie']) expect(wrapperOf(`${name} suspended`)).toHaveClass('max-sm:hidden')
    expect(wrapperOf('Alpha suspended')).toHaveClass('hidden')
    const phone = screen.getByRole('button', { name: '3 more notifications' })
    expect(phone).toHaveClass('sm:hidden')
    expect(screen.getByRole('button', { name: '1 more notification' })).toHaveClass('max-sm:hidden')
    fireEvent.click(phone)
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) expect(wrapperOf(`${name} suspended`)?.className).toBe('')
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }))
    expect(wrapperOf('Alpha suspended')).toHaveClass('hidden')
  })

  it('has no count while every toast shows', () => {
    setup()
    act(() => void store.success('Alpha suspended', { action: undo }))
    expect(screen.queryByRole('button', { name: /more notification/ })).toBeNull()
  })

  it('gives focus back where it came from when the toast holding it leaves, not to another toast’s Undo', () => {
    setupAfterButton()
    act(() => {
      store.success('Alpha suspended', { action: { label: 'Undo', onClick: () => {} } })
      store.success('Bravo suspended', { action: { label: 'Undo', onClick: () => {} } })
    })
    screen.getByRole('button', { name: 'Before' }).focus()
    const [alphaUndo, bravoUndo] = news().getAllByRole('button', { name: 'Undo' })
    act(() => bravoUndo?.focus())
    fireEvent.click(bravoUndo as HTMLElement)
    expect(news().queryByText('Bravo suspended')).toBeNull()
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus()
    act(() => alphaUndo?.focus())
    fireEvent.click(within(screen.getByText('Alpha suspended').closest('[data-toast]') as HTMLElement).getByRole('button', { name: 'Dismiss notification' }))
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus()
  })

  it('lets no toast time out while focus is in the stack, so the focus never falls to the page', () => {
    setupAfterButton()
    act(() => {
      for (const name of ['Alpha', 'Beta', 'Gamma']) store.info(`${name} reset`)
    })
    const more = screen.getAllByRole('button', { name: /more notification/ })[0]
    if (!more) throw new Error('no stack toggle')
    more.focus()
    fireEvent.click(more)
    const fewer = screen.getByRole('button', { name: 'Show fewer' })
    expect(fewer).toHaveFocus()
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS * 10))
    for (const name of ['Alpha', 'Beta', 'Gamma']) expect(news().getByText(`${name} reset`)).toBeInTheDocument()
    expect(fewer).toHaveFocus()

    // Focus leaves the stack: the news goes within its time.
    act(() => screen.getByRole('button', { name: 'Before' }).focus())
    act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS))
    expect(news().queryByText(/reset$/)).toBeNull()
  })

  it('keeps focus on the stack toggle that takes the pressed one\'s place, not the page\'s body', () => {
    setup()
    act(() => {
      for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta']) store.success(`${name} suspended`, { action: { label: 'Undo', onClick: () => {} } })
    })
    const more = screen.getAllByRole('button', { name: /more notification/ })[0]
    if (!more) throw new Error('no stack toggle')
    more.focus()
    fireEvent.click(more)
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveFocus()
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }))
    expect(document.activeElement).toHaveAccessibleName(/more notification/)
  })
})
