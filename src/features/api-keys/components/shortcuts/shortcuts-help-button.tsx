import { useEffect } from 'react'
import { Button } from '../../../../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../../../../components/ui/lazy-boundary'
import { SHORTCUTS_HELP_REQUEST } from './shortcuts-request'

const loadHelp = () => import('./shortcuts-help-dialog')
// The list and its switch load on first use, off the first screen.
const ShortcutsHelpDialog = lazyWithRetry(() => loadHelp(), (m) => m.ShortcutsHelpDialog)
const preload = () => void loadHelp().catch(() => undefined)

/** "Keyboard shortcuts": the button, and the help dialog it (or `?`, or the command palette) opens. */
export function ShortcutsHelpButton({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  useEffect(() => {
    const listener = () => onOpenChange(true)
    window.addEventListener(SHORTCUTS_HELP_REQUEST, listener)
    return () => window.removeEventListener(SHORTCUTS_HELP_REQUEST, listener)
  }, [onOpenChange])
  return (
    <>
      {/* Not on a phone's touch screen, upright or on its side, which has no keyboard to use them with: its slot goes to the list. */}
      <Button size="icon" variant="ghost" className="sheet-filters:pointer-coarse:hidden" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" aria-haspopup="dialog" onPointerEnter={preload} onFocus={preload} onClick={() => onOpenChange(true)}>
        {/* A glyph, not an icon: the first screen stays as small as it was. */}
        <span aria-hidden className="font-mono text-base leading-none">
          ?
        </span>
      </Button>
      {open && (
        <LazyBoundary what="the keyboard shortcuts" onDismiss={() => onOpenChange(false)}>
          <ShortcutsHelpDialog onClose={() => onOpenChange(false)} />
        </LazyBoundary>
      )}
    </>
  )
}
