import { cloneElement, createContext, use, useLayoutEffect, useMemo, useState, type ComponentPropsWithRef, type FocusEvent, type ReactElement, type ReactNode, type Ref } from 'react'
import { LazyBoundary } from './lazy-boundary'
import { whenIdle } from '../../lib/when-idle'

type TriggerProps = Omit<ComponentPropsWithRef<'button'>, 'ref' | 'children'>

interface Bridge {
  button: HTMLButtonElement | null
  setProps: (props: TriggerProps | null) => void
  /**
   * A key opened the menu the first time (until it first closes): the arrows pressed while its
   * code loaded (down 1, up -1), to move by once it shows; null when the pointer opened it.
   */
  keyMoves: number[] | null
  forgetOpenedByKey: () => void
}

/** How the loaded menu's trigger reaches the button DeferredMenu already drew. */
const TriggerBridge = createContext<Bridge | null>(null)

// The keys Radix's trigger opens its menu with, so the first press acts as every later one does.
const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown'])

/**
 * A menu button whose menu code loads on first use, keeping it off the first screen.
 * The button (`children`) is drawn once, here: the first press (pointer or keyboard, as a menu
 * button expects) loads `menu`, a lazy component (lazyWithRetry) that opens at once and puts
 * `<DeferredTrigger />` as its trigger, which lends the menu's props and ref to that same button,
 * so focus and aria stay on one element. If it cannot load, that says so in the button's place, with Retry.
 */
export function DeferredMenu({ menu, what, children }: { menu: ReactNode; what: string; children: ReactElement<ComponentPropsWithRef<'button'>> }) {
  const [phase, setPhase] = useState<'idle' | 'loading' | 'failed'>('idle')
  const [menuProps, setMenuProps] = useState<TriggerProps | null>(null)
  const [button, setButton] = useState<HTMLButtonElement | null>(null)
  const [keyMoves, setKeyMoves] = useState<number[] | null>(null)
  const bridge = useMemo<Bridge>(() => ({ button, setProps: setMenuProps, keyMoves, forgetOpenedByKey: () => setKeyMoves(null) }), [button, keyMoves])
  const before: TriggerProps = {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    'aria-busy': phase === 'loading' || undefined,
    onPointerDown: (event) => {
      if (phase === 'idle' && event.button === 0 && !event.ctrlKey) {
        event.preventDefault()
        setKeyMoves(null)
        setButton(event.currentTarget)
        setPhase('loading')
      }
    },
    onKeyDown: (event) => {
      if (phase === 'idle' && OPENING_KEYS.has(event.key)) {
        event.preventDefault()
        setKeyMoves([])
        setButton(event.currentTarget)
        setPhase('loading')
      } else if (phase === 'loading') {
        // Keys pressed before the menu is there are not lost: arrows move in it once it shows, Escape gives it up.
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault()
          const move = event.key === 'ArrowDown' ? 1 : -1
          setKeyMoves((moves) => moves && [...moves, move])
        } else if (event.key === 'Escape') {
          event.preventDefault()
          setPhase('idle')
        }
      }
    },
  }
  return (
    <>
      {/* The button is followed only while the menu is wanted: a ref that set state as every button
          mounts would draw each one twice (a page of rows, twice, before its first paint). */}
      {phase !== 'failed' && cloneElement(children, { ...(menuProps ?? before), ref: phase === 'idle' ? undefined : setButton })}
      {phase !== 'idle' && (
        <TriggerBridge value={bridge}>
          <LazyBoundary what={what} asked onDismiss={() => setPhase('idle')} onError={() => setPhase('failed')} onRetry={() => setPhase('loading')}>
            {menu}
          </LazyBoundary>
        </TriggerBridge>
      )}
    </>
  )
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): () => void {
  if (typeof ref === 'function') {
    const cleanup = ref(value)
    return typeof cleanup === 'function' ? cleanup : () => ref(null)
  }
  if (ref) ref.current = value
  return () => {
    if (ref) ref.current = null
  }
}

/** The trigger of a DeferredMenu's menu (inside DropdownMenuTrigger asChild): it draws nothing, the button is DeferredMenu's. */
export function DeferredTrigger({ ref, ...props }: ComponentPropsWithRef<'button'>) {
  const bridge = use(TriggerBridge)
  // Every render: the menu's open state, ids and handlers reach the button.
  useLayoutEffect(() => bridge?.setProps(props))
  // Once closed, the menu opens as Radix says: it has seen every press since.
  const expanded = props['aria-expanded'] === true || props['aria-expanded'] === 'true'
  useLayoutEffect(() => {
    if (!expanded) bridge?.forgetOpenedByKey()
  }, [expanded, bridge])
  useLayoutEffect(() => () => bridge?.setProps(null), [bridge])
  useLayoutEffect(() => assignRef(ref, bridge?.button ?? null), [ref, bridge])
  return null
}

/**
 * The menu content's onFocus. A menu a key opened focuses its first item, as the ARIA menu button
 * pattern says. Radix learns that a key is in use from presses it sees, and the press that first
 * opens a DeferredMenu came before the menu existed, so Radix focuses the menu itself: this moves
 * focus on to the first item when the menu takes focus from outside it (or the item the arrows
 * pressed while it loaded reach).
 */
export function useFocusFirstItemIfKeyOpened(): (event: FocusEvent<HTMLElement>) => void {
  const bridge = use(TriggerBridge)
  return (event) => {
    const menu = event.currentTarget
    // Focus back on the menu from one of its items (the pointer left it) stays where Radix put it.
    if (!bridge?.keyMoves || event.target !== menu || (event.relatedTarget instanceof Node && menu.contains(event.relatedTarget))) return
    const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([data-disabled])')]
    if (items.length === 0) return
    // Arrows pressed while it loaded move on from the first item, stopping at either end as the menus here do.
    const at = bridge.keyMoves.reduce((index, move) => Math.min(Math.max(index + move, 0), items.length - 1), 0)
    items[at]?.focus({ preventScroll: true })
  }
}

/** Starts loading a chunk once the browser is idle, so the first click does not wait for it. */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  whenIdle(() => void load().catch(() => undefined))
}
