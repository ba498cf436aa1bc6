import { useEffect, useLayoutEffect, useRef } from 'react'
import { shortcutsEnabled } from './shortcuts-preference'

/** Handlers by `KeyboardEvent.key` ('/', 'c', 'X', 'Enter'…); return false to let the key through. */
export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => boolean | void>>

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week'])

/** Where a key types text: a shortcut there would eat the user's letters. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // isContentEditable, spelled out for environments without it (jsdom).
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)
}

/** A dialog or menu owns the keyboard while it is open. */
export function isOverlayOpen(doc: Document = document): boolean {
  return doc.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null
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
