import { useCallback } from 'react'

/**
 * A phone's Back (Android's gesture or button) is a close request. With a dialog open it went to
 * the page's history instead: the list moved to the previous view, or the app was left, under a
 * dialog that might hold a half-typed key. A close watcher (Chromium 120 and later) takes the
 * request while the dialog is open and hands it to Escape's path, so the top layer (a menu inside
 * the dialog, else the dialog) and the dialog's own guards (text typed, a secret not yet copied)
 * decide, exactly as for Escape. Browsers without close watchers keep Back as it was.
 *
 * Escape itself does not reach the watcher: Radix cancels the key press it handles, and a watcher
 * hears only presses nobody cancelled.
 */
export function passCloseRequestsToEscape(box: HTMLElement): () => void {
  const Watcher = window.CloseWatcher
  if (typeof Watcher !== 'function') return () => {}
  let watcher: CloseWatcher | null = null
  let stopped = false
  const watch = () => {
    const current = new Watcher()
    watcher = current
    current.addEventListener('close', () => {
      if (stopped) return
      const focused = document.activeElement
      const target = focused instanceof HTMLElement && box.contains(focused) ? focused : box
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }))
      // A watcher serves one request. Still open (a guard kept it, or a menu inside took the
      // Escape): the next Back is this dialog's too.
      window.setTimeout(() => {
        if (!stopped && box.isConnected) watch()
      })
    })
  }
  watch()
  return () => {
    stopped = true
    watcher?.destroy()
  }
}

/** A callback ref for a dialog's box that passes close requests (a phone's Back) to Escape while it is mounted. */
export function useCloseRequestsAsEscape() {
  return useCallback((box: HTMLElement | null) => (box ? passCloseRequestsToEscape(box) : undefined), [])
}
