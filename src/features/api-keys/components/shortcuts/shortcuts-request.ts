// The keys page's shortcuts button listens for this window event, so the command palette can open
// the same help, the one way back to the shortcuts once they are turned off besides the ? button.
export const SHORTCUTS_HELP_REQUEST = 'coval:shortcuts-help'

/** Asks the keys page on screen to open its keyboard shortcuts help. */
export function requestShortcutsHelp(): void {
  window.dispatchEvent(new Event(SHORTCUTS_HELP_REQUEST))
}
