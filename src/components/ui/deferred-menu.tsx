import { Suspense, cloneElement, useState, type KeyboardEvent, type PointerEvent, type ReactElement, type ReactNode } from 'react'

export interface MenuTriggerProps {
  'aria-haspopup': 'menu'
  'aria-expanded': boolean
  'aria-busy'?: boolean
  onPointerDown?: (event: PointerEvent) => void
  onKeyDown?: (event: KeyboardEvent) => void
}

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp'])

/**
 * A menu button whose menu code loads on first use, keeping it off the first screen.
 * Until then `children` (the button) stands in; the first press (pointer or keyboard, as a menu
 * button expects) swaps in `menu`, a lazy component that renders its own trigger and opens.
 */
export function DeferredMenu({ menu, children }: { menu: ReactNode; children: ReactElement<MenuTriggerProps> }) {
  const [active, setActive] = useState(false)
  if (active) return <Suspense fallback={cloneElement(children, { 'aria-haspopup': 'menu', 'aria-expanded': false, 'aria-busy': true })}>{menu}</Suspense>
  return cloneElement(children, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    onPointerDown: (event) => {
      if (event.button === 0 && !event.ctrlKey) {
        event.preventDefault()
        setActive(true)
      }
    },
    onKeyDown: (event) => {
      if (OPENING_KEYS.has(event.key)) {
        event.preventDefault()
        setActive(true)
      }
    },
  } satisfies MenuTriggerProps)
}

/** Starts loading a chunk once the browser is idle, so the first click does not wait for it. */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  const start = () => void load().catch(() => undefined)
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 })
  else setTimeout(start, 1000)
}
