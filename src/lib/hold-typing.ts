/** Keys held while a field that loads on first use is on its way (see holdTyping). */
export interface HeldTyping {
  /** The text typed so far; stops holding. */
  take: () => string
  /** Stops holding; what was typed is dropped. */
  release: () => void
}

/**
 * From now until `take` or `release`, the keys typed go to the field about to show, not to what
 * has focus: letters are kept (Backspace takes one back), and no other key reaches the page, so a
 * letter typed for a dialog that is loading neither lands in the field behind it nor fires a
 * single-key shortcut, and Enter presses nothing behind it. Escape gives the opening up
 * (`onEscape`). Chords (Ctrl, Alt, ⌘) pass, so Ctrl+K still closes what it opened.
 */
export function holdTyping(onEscape: () => void): HeldTyping {
  let text = ''
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
    event.preventDefault()
    event.stopImmediatePropagation()
    if (event.key === 'Escape') {
      stop()
      onEscape()
    } else if (event.key === 'Backspace') {
      text = text.slice(0, -1)
    } else if ([...event.key].length === 1) {
      text += event.key
    }
  }
  const stop = () => window.removeEventListener('keydown', onKeyDown, true)
  // Capture, on the window: before React's listeners and the page's shortcuts see the key.
  window.addEventListener('keydown', onKeyDown, true)
  return {
    take: () => {
      stop()
      return text
    },
    release: stop,
  }
}
