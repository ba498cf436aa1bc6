import { useEffect, useState } from 'react'
import { LazyBoundary, lazyWithRetry } from '../components/ui/lazy-boundary'
import type { PaletteHost } from './command-palette/use-palette-items'

// Only this button and the Ctrl+K listener are on the first screen; the palette loads on first use.
const loadPalette = () => import('./command-palette/command-palette')
const CommandPalette = lazyWithRetry(() => loadPalette().then((m) => m.CommandPalette))
const preload = () => void loadPalette().catch(() => undefined)

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** The header's "Command palette" button, and Ctrl+K / ⌘K from anywhere, even a field (it is a chord). */
export function CommandPaletteTrigger({ host }: { host: PaletteHost }) {
  // Null until first called; `origin` is what had focus then, to get it back.
  const [palette, setPalette] = useState<{ open: boolean; origin: HTMLElement | null } | null>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      event.preventDefault()
      // Another dialog wants its answer first; the palette's own toggles closed.
      const otherDialog = document.querySelector('[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]') !== null
      const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setPalette((current) => (current?.open ? { ...current, open: false } : otherDialog ? current : { open: true, origin }))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={(event) => setPalette({ open: true, origin: event.currentTarget })}
        className="inline-flex h-8 items-center gap-2 rounded-md border border-zinc-300 px-2.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Command palette
        <kbd aria-hidden className="rounded border border-zinc-300 px-1 font-sans text-xs text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {palette && (
        <LazyBoundary what="the command palette" onDismiss={() => setPalette(null)}>
          <CommandPalette open={palette.open} onOpenChange={(open) => setPalette({ ...palette, open })} host={host} origin={palette.origin} />
        </LazyBoundary>
      )}
    </>
  )
}
