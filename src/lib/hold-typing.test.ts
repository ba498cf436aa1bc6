// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { holdTyping, type HeldTyping } from './hold-typing'

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('holdTyping', () => {
  let hold: HeldTyping | null = null
  afterEach(() => hold?.release())

  it('keeps the letters typed, Backspace taking one back, and no key reaches the page', () => {
    const page = vi.fn<(event: Event) => void>()
    document.addEventListener('keydown', page)
    hold = holdTyping(() => {})
    for (const key of ['g', 'r', 'x', 'Backspace', 'a', ' ', '😀', 'Enter', 'Tab', 'ArrowDown']) expect(press(key).defaultPrevented).toBe(true)
    expect(page).not.toHaveBeenCalled()
    expect(hold.take()).toBe('gra 😀')
    document.removeEventListener('keydown', page)
  })

  it('lets chords through (Ctrl+K closes what it opened) and ignores keys of a composition', () => {
    hold = holdTyping(() => {})
    expect(press('k', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(press('a', { isComposing: true }).defaultPrevented).toBe(false)
    expect(hold.take()).toBe('')
  })

  it('Escape gives the opening up and stops holding', () => {
    const onEscape = vi.fn<() => void>()
    hold = holdTyping(onEscape)
    press('a')
    press('Escape')
    expect(onEscape).toHaveBeenCalledOnce()
    expect(press('b').defaultPrevented).toBe(false)
  })

  it('after take or release, keys reach the page again', () => {
    hold = holdTyping(() => {})
    press('a')
    expect(hold.take()).toBe('a')
    expect(press('b').defaultPrevented).toBe(false)
    const second = holdTyping(() => {})
    second.release()
    expect(press('c').defaultPrevented).toBe(false)
  })
})
