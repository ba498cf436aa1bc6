import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setShortcutsEnabled, shortcutsEnabled } from './shortcuts-preference'
import { useKeyShortcuts, type ShortcutMap } from './use-key-shortcuts'

function Harness({ shortcuts, children }: { shortcuts: ShortcutMap; children?: React.ReactNode }) {
  useKeyShortcuts(shortcuts)
  return <div>{children}</div>
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  act(() => {
    target.dispatchEvent(event)
  })
  return event
}

// The preference is the browser's storage: clearing it is a fresh browser.
afterEach(() => {
  localStorage.clear()
})

describe('useKeyShortcuts', () => {
  it('runs the handler for its key and takes the key from the browser', () => {
    const c = vi.fn<() => void>()
    render(<Harness shortcuts={{ c }} />)
    const event = press('c')
    expect(c).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
    press('d')
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('lets the key through when the handler returns false', () => {
    render(<Harness shortcuts={{ Enter: () => false }} />)
    expect(press('Enter').defaultPrevented).toBe(false)
  })

  it('ignores keys held with Ctrl, Meta or Alt', () => {
    const c = vi.fn<() => void>()
    render(<Harness shortcuts={{ c }} />)
    press('c', { ctrlKey: true })
    press('c', { metaKey: true })
    press('c', { altKey: true })
    expect(c).not.toHaveBeenCalled()
  })

  it('ignores keys typed in a text field, a textarea, a select or editable text, but not on a checkbox', () => {
    const x = vi.fn<() => void>()
    const { container } = render(
      <Harness shortcuts={{ x }}>
        <input type="search" aria-label="search" />
        <textarea aria-label="notes" />
        <select aria-label="pick">
          <option>one</option>
        </select>
        <div contentEditable suppressContentEditableWarning>
          text
        </div>
        <input type="checkbox" aria-label="row" />
      </Harness>,
    )
    for (const selector of ['input[type=search]', 'textarea', 'select', '[contenteditable]']) press('x', {}, container.querySelector(selector) as Element)
    expect(x).not.toHaveBeenCalled()
    press('x', {}, container.querySelector('input[type=checkbox]') as Element)
    expect(x).toHaveBeenCalledTimes(1)
  })

  it.each(['dialog', 'alertdialog', 'menu'])('does nothing while a %s is open', (role) => {
    const c = vi.fn<() => void>()
    const { container } = render(<Harness shortcuts={{ c }} />)
    const overlay = document.createElement('div')
    overlay.setAttribute('role', role)
    document.body.append(overlay)
    press('c')
    expect(c).not.toHaveBeenCalled()
    overlay.remove()
    press('c', {}, container)
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('turns character keys off, but not Enter, and remembers the choice', () => {
    const c = vi.fn<() => void>()
    const enter = vi.fn<() => void>()
    render(<Harness shortcuts={{ c, Enter: enter }} />)
    act(() => setShortcutsEnabled(false))
    expect(localStorage.getItem('coval-shortcuts:v1')).toBe('off')
    expect(shortcutsEnabled()).toBe(false)
    press('c')
    press('Enter')
    expect(c).not.toHaveBeenCalled()
    expect(enter).toHaveBeenCalledTimes(1)
    act(() => setShortcutsEnabled(true))
    expect(localStorage.getItem('coval-shortcuts:v1')).toBeNull()
    press('c')
    expect(c).toHaveBeenCalledTimes(1)
  })

  it('stops listening once unmounted', () => {
    const c = vi.fn<() => void>()
    const { unmount } = render(<Harness shortcuts={{ c }} />)
    unmount()
    press('c')
    expect(c).not.toHaveBeenCalled()
  })
})
