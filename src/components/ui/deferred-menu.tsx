import { cloneElement, useState, type KeyboardEvent, type PointerEvent, type ReactElement, type ReactNode } from 'react'
import { LazyBoundary } from './lazy-boundary'

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
 * button expects) swaps in `menu`, a lazy component (lazyWithRetry) that renders its own trigger
 * and opens. If it cannot load, that says so in the button's place, with Retry.
 */
export function DeferredMenu({ menu, what, children }: { menu: ReactNode; what: string; children: ReactElement<MenuTriggerProps> }) {
  const [active, setActive] = useState(false)
  if (active) {
    return (
      <LazyBoundary what={what} onDismiss={() => setActive(false)} fallback={cloneElement(children, { 'aria-haspopup': 'menu', 'aria-expanded': false, 'aria-busy': true })}>
        {menu}
      </LazyBoundary>
    )
  }
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
