// @vitest-environment jsdom
import { tabFromUntabbable } from './tab-from-untabbable'

function box(html: string) {
  const el = document.createElement('div')
  el.innerHTML = html
  document.body.append(el)
  const stop = tabFromUntabbable(el)
  onTestFinished(() => {
    stop?.()
    el.remove()
  })
  return el
}

const press = (shiftKey: boolean) => {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true })
  document.activeElement?.dispatchEvent(event)
  return event
}

describe('tabFromUntabbable', () => {
  it('Shift+Tab from a focused failure with no control before it goes to the box’s last control', () => {
    const el = box('<div role="alert" tabindex="-1">Not created</div><input aria-label="Name"><button>Create key</button><button>Close</button>')
    el.querySelector<HTMLElement>('[role=alert]')?.focus()
    expect(press(true).defaultPrevented).toBe(true)
    expect(document.activeElement).toHaveTextContent('Close')
  })

  it('leaves Tab to the browser when a control follows, and a control’s own Tab to the focus trap', () => {
    const el = box('<div role="alert" tabindex="-1">Not created</div><input aria-label="Name"><button>Close</button>')
    el.querySelector<HTMLElement>('[role=alert]')?.focus()
    expect(press(false).defaultPrevented).toBe(false)
    el.querySelector('input')?.focus()
    expect(press(true).defaultPrevented).toBe(false)
  })

  it('Tab from a focused element after the last control goes to the first', () => {
    const el = box('<input aria-label="Name"><button>Close</button><p tabindex="-1">Saved</p>')
    el.querySelector<HTMLElement>('p')?.focus()
    expect(press(false).defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(el.querySelector('input'))
  })
})
