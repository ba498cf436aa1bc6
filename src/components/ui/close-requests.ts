import { useCallback } from 'react'

/**
 * A phone's Back (Android's gesture or button) is a close request. With a dialog open it went to
 * the page's history instead: the list moved to the previous view, or the app was left, under a
 * dialog that might hold a half-typed key. A close watcher (Chromium 120 and later) takes the
 * request while the dialog is open and hands it to Escape's path, so the top layer (a menu inside
 * the dialog, else the dialog) and the dialog's own guards (text typed, a secret not yet copied)
 * decide, exactly as for Escape. Where Back is a step through history instead (a desktop, Safari,
 * Firefox), the history's listener hands it to the same path (closeRequestFromHistory below).
 *
 * Escape itself does not reach the watcher: Radix cancels the key press it handles, and a watcher
 * hears only presses nobody cancelled.
 */
export function passCloseRequestsToEscape(box: HTMLElement): () => void {
  openBoxes.push(box)
  const forget = () => {
    const at = openBoxes.lastIndexOf(box)
    if (at >= 0) openBoxes.splice(at, 1)
  }
  const Watcher = window.CloseWatcher
  if (typeof Watcher !== 'function') return forget
  let watcher: CloseWatcher | null = null
  let stopped = false
  const watch = () => {
    const current = new Watcher()
    watcher = current
    current.addEventListener('close', () => {
      if (stopped) return
      pressEscapeIn(box)
      // A watcher serves one request. Still open (a guard kept it, or a menu inside took the
      // Escape): the next Back is this dialog's too.
      window.setTimeout(() => {
        if (!stopped && box.isConnected) watch()
      })
    })
  }
  watch()
  return () => {
    forget()
    stopped = true
    watcher?.destroy()
  }
}

/** The dialogs, menus and popovers open now that take close requests, the latest last. */
const openBoxes: HTMLElement[] = []

/** Escape pressed where the focus is in `box` (else on the box): its own handling and guards decide. */
function pressEscapeIn(box: HTMLElement): void {
  const focused = document.activeElement
  const target = focused instanceof HTMLElement && box.contains(focused) ? focused : box
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }))
}

/**
 * A step through history (Back or Forward: a desktop's Alt+←, a mouse's back button, Safari's swipe)
 * while a dialog, menu or popover is open is that layer's close request, as Android's Back is above:
 * the latest one open gets Escape, and true says the step was taken (the caller undoes it, so the
 * page under the dialog stays as it is). False when nothing is open.
 */
export function closeRequestFromHistory(): boolean {
  const top = openBoxes.findLast((box) => box.isConnected)
  if (!top) return false
  pressEscapeIn(top)
  return true
}

/** A callback ref for a dialog's box that passes close requests (a phone's Back) to Escape while it is mounted. */
export function useCloseRequestsAsEscape() {
  return useCallback((box: HTMLElement | null) => (box ? passCloseRequestsToEscape(box) : undefined), [])
}
