import { useEffect, useLayoutEffect, useRef } from 'react'
import { shortcutsEnabled } from './shortcuts-preference'

/** Handlers by `KeyboardEvent.key` ('/', 'c', 'X'…); return false to let the key through. */
export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => boolean | void>>

// Fields that take typing; a checkbox or a button does not.
const TYPING = 'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=range],[type=color],[type=file]),textarea,select,[contenteditable]:not([contenteditable=false])'

/** Where a key types text: a shortcut there would eat the user's letters. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null
}

/** A dialog or menu owns the keyboard while it is open. */
export function isOverlayOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null
}

/**
 * Single-key shortcuts on the document: none fires with Ctrl, Meta or Alt held, while typing in a
 * field, while a dialog or menu is open; character keys not when the user has turned them off.
 */
export function useKeyShortcuts(shortcuts: ShortcutMap, active = true): void {
  // The latest handlers without re-adding the listener on every render.
  const latest = useRef(shortcuts)
  useLayoutEffect(() => {
    latest.current = shortcuts
  })
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || isOverlayOpen()) return
      // WCAG 2.1.4 is about character keys: the switch turns those off, not Enter.
      if (event.key.length === 1 && !shortcutsEnabled()) return
      const handler = latest.current[event.key]
      if (handler && handler(event) !== false) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [active])
}
