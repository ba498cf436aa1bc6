import { Icon } from '../components/ui/icon'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Button } from '../components/ui/button'
import { LazyBoundary, lazyWithRetry } from '../components/ui/lazy-boundary'
import type { PaletteHostProps } from './command-palette/command-palette'
import { holdTyping, type HeldTyping } from '../lib/hold-typing'

// Only this button and the Ctrl+K listener are on the first screen; the palette loads on first use.
const CommandPalette = lazyWithRetry(() => import('./command-palette/command-palette'), (m) => m.CommandPalette)
/** Settles once the palette is loaded, so a test's first opening need not wait on a suspended render. */
export const preloadCommandPalette = CommandPalette.preload

const isMac = /Mac|iP/.test(navigator.userAgent)

/** The header's "Command palette" button, and Ctrl+K / ⌘K from anywhere, even a field (it is a chord). */
export function CommandPaletteTrigger(props: PaletteHostProps) {
  // Null until first called; `origin` is what had focus then, to get it back.
  const [palette, setPalette] = useState<{ open: boolean; origin: HTMLElement | null } | null>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return
      event.preventDefault()
      // Another dialog wants its answer first; the palette's own toggles closed.
      const otherDialog = document.querySelector('[role$=dialog][data-state=open]') !== null
      const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setPalette((current) => (current?.open ? { ...current, open: false } : otherDialog ? current : { open: true, origin }))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  // Opened before its code is here: what is typed meanwhile is the palette's (not the field behind
  // it, nor a shortcut's), and its box starts with it.
  const held = useRef<HeldTyping | null>(null)
  const opening = palette?.open === true
  useLayoutEffect(() => {
    if (!opening || CommandPalette.isLoaded()) return
    const hold = holdTyping(() => setPalette((current) => current && { ...current, open: false }))
    held.current = hold
    return () => {
      hold.release()
      if (held.current === hold) held.current = null
    }
  }, [opening])
  const takeTyped = () => {
    const typed = held.current?.take() ?? ''
    held.current = null
    return typed
  }

  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        title={`Command palette (${isMac ? '⌘K' : 'Ctrl+K'})`}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onPointerEnter={CommandPalette.preload}
        onFocus={CommandPalette.preload}
        onClick={(event) => setPalette({ open: true, origin: event.currentTarget })}
        className="max-md:px-2"
      >
        <Icon name="search" className="size-4" />
        {/* A phone or a narrow tablet (below 768 px, where the name wrapped the header) shows the icon alone; the name stays for screen readers. */}
        {/* No visible Ctrl+K beside it: the header is capped at 80 rem, and the hint pushed the mode's
            actions to a second row on every screen wide enough to show it. Its title says the chord. */}
        <span className="max-md:sr-only">Command palette</span>
      </Button>
      {palette && (
        <LazyBoundary what="the command palette" onDismiss={() => setPalette(null)} onError={() => held.current?.release()}>
          <CommandPalette open={palette.open} onOpenChange={(open) => setPalette({ ...palette, open })} {...props} origin={palette.origin} takeTyped={takeTyped} />
        </LazyBoundary>
      )}
    </>
  )
}
