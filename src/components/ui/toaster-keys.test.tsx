import { act, fireEvent, screen } from '@testing-library/react'
import { news, setup, setupAfterButton, store } from './toaster-test-setup'

// The toasts' keys: F8 goes to the newest notification and back, z runs the newest Undo.
describe('the toasts by keyboard', () => {
  it('F8 goes to the newest notification’s first button, and its leaving brings the focus back', () => {
    setupAfterButton()
    const before = screen.getByRole('button', { name: 'Before' })
    act(() => before.focus())
    // Nothing to go to: F8 is left to the browser.
    expect(fireEvent.keyDown(document.body, { key: 'F8' })).toBe(true)
    expect(before).toHaveFocus()
    act(() => {
      store.success('Alpha suspended', { action: { label: 'Undo', onClick: () => {} } })
      store.error('Could not delete Beta')
      store.success('Gamma created', { action: { label: 'View key', onClick: () => {} } })
    })
    expect(screen.getByRole('region', { name: 'Notifications' })).toHaveAttribute('aria-keyshortcuts', 'F8')
    expect(fireEvent.keyDown(before, { key: 'F8' })).toBe(false)
    const view = screen.getByRole('button', { name: 'View key' })
    expect(view).toHaveFocus()
    // Escape, or F8 again, goes back, leaving the toasts be.
    fireEvent.keyDown(view, { key: 'Escape' })
    expect(before).toHaveFocus()
    fireEvent.keyDown(before, { key: 'F8' })
    expect(view).toHaveFocus()
    fireEvent.keyDown(view, { key: 'F8' })
    expect(before).toHaveFocus()
    expect(screen.getByText('Gamma created')).toBeInTheDocument()
    fireEvent.keyDown(before, { key: 'F8' })
    fireEvent.click(view)
    expect(before).toHaveFocus()
  })

  it('z runs the newest Undo from anywhere on the page, and says when there is nothing to undo', () => {
    setup()
    const onClick = vi.fn<() => void>()
    act(() => void store.success('Alpha suspended', { action: { label: 'Undo', onClick } }))
    fireEvent.keyDown(document.body, { key: 'z' })
    expect(onClick).toHaveBeenCalledOnce()
    expect(news().queryByText('Alpha suspended')).toBeNull()
    fireEvent.keyDown(document.body, { key: 'z' })
    expect(onClick).toHaveBeenCalledOnce()
    expect(news().getByText('Nothing to undo')).toBeInTheDocument()
  })

  it('z says why the newest Undo cannot act, rather than that there is nothing to undo', () => {
    setup()
    const onClick = vi.fn<() => void>()
    let id = 0
    act(() => {
      id = store.success('Alpha suspended', { action: { label: 'Undo', onClick } })
      store.setActionReason(id, 'Available in 28 s')
    })
    fireEvent.keyDown(document.body, { key: 'z' })
    expect(onClick).not.toHaveBeenCalled()
    expect(news().getByText('Undo is unavailable. Available in 28 s')).toBeInTheDocument()
    expect(news().queryByText('Nothing to undo')).toBeNull()
  })

  it('z types a z in a field, and does nothing with Ctrl held', () => {
    setup()
    const onClick = vi.fn<() => void>()
    act(() => void store.success('Alpha suspended', { action: { label: 'Undo', onClick } }))
    const field = document.createElement('input')
    document.body.append(field)
    fireEvent.keyDown(field, { key: 'z' })
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(onClick).not.toHaveBeenCalled()
    field.remove()
  })

})
