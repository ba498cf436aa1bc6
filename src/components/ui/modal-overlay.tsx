import { useLayoutEffect, type ComponentPropsWithRef } from 'react'
import { cn } from './cn'

const overlayClassName = 'fixed inset-0 z-50 bg-zinc-950/50 backdrop-blur-[2px] dark:bg-black/70'

// How many modals are open: the page stays locked until the last one closes (a confirmation
// opened over the create dialog closes first). Module-level on purpose: there is one <html>.
let locks = 0

/**
 * Keeps the page still behind a modal: `overflow: hidden` on <html> while any modal is open
 * (index.css; its kept scrollbar gutter stops the page moving sideways). Radix's overlay does this
 * with react-remove-scroll, which sets a custom property on <body>: every element inherits it, so
 * opening a dialog restyled the whole page. An attribute on <html> restyles <html> alone.
 */
function useScrollLock() {
  useLayoutEffect(() => {
    locks += 1
    document.documentElement.dataset.scrollLocked = ''
    return () => {
      locks -= 1
      if (locks === 0) delete document.documentElement.dataset.scrollLocked
    }
  }, [])
}

/**
 * The dimmed page behind a modal dialog; a click outside the dialog lands on it (and, through
 * Radix's outside-click handling, closes a dialog that allows it). Takes the ref Radix's portal
 * and presence give their child.
 */
export function ModalOverlay({ className, style, ...props }: ComponentPropsWithRef<'div'>) {
  useScrollLock()
  // Radix turns pointer events off on <body> under a modal; the overlay takes them back, as Radix's own does.
  return <div aria-hidden data-modal-overlay className={cn(overlayClassName, className)} style={{ pointerEvents: 'auto', ...style }} {...props} />
}
