import { Icon } from './icon'
import { tabFromUntabbable } from './tab-from-untabbable'
import { Dialog as DialogPrimitive } from 'radix-ui'
import { useCallback, useRef, type ComponentPropsWithRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cn } from './cn'
import { ModalOverlay } from './modal-overlay'
import { dropRepeatClick } from '../../lib/repeat-click-guard'
import { OPENER_GONE, openerOf, type Opener } from '../../lib/opener-gone'
import { useCloseRequestsAsEscape } from './close-requests'
import { useScrollWholeWhenCramped } from './scroll-whole-when-cramped'

export const Dialog = DialogPrimitive.Root
export const DialogClose = DialogPrimitive.Close

const SIZES = { sm: 'sm:max-w-md', md: 'sm:max-w-lg', lg: 'sm:max-w-2xl' } as const

// A word longer than the line (a key named svc_ingest_pipeline_eu_west_1_production) breaks rather
// than pushing the title and body past the dialog's edge on a phone; a request id stays whole (its own nowrap).
// On a short screen the whole box scrolls (see DialogBody): a title, a warning and the buttons, held in
// place, left the body a few pixels at 400 % zoom, and a Revoke's buttons below the screen.
const boxClassName =
  'dialog-box [overflow-wrap:anywhere] fixed left-1/2 z-50 flex max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] -translate-x-1/2 flex-col rounded-xl border border-zinc-200 bg-white text-zinc-900 shadow-xl outline-none short:overflow-y-auto data-[scroll-whole]:overflow-y-auto dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100'
/**
 * A dialog's title: at most three lines. A key's name can be 200 characters without a space, and
 * "Revoke <name>?" filled a phone's first screen; the name is whole in the dialog's key card, and
 * in the title's text, which names the dialog for screen readers.
 */
export const titleClassName = 'line-clamp-3 text-lg font-semibold tracking-tight'

export const contentClassName = `${boxClassName} top-1/2 -translate-y-1/2 sm:max-h-[calc(100dvh-4rem)]`
/** Pinned near the top: a box typed into (the command palette) stays put as the results below it change. */
const nearTopClassName = `${boxClassName} top-2 sm:top-[12dvh] sm:max-h-[84dvh]`

/** A sheet rises from the bottom edge, full width: a phone's thumb reaches it, and the page above stays in view. */
const sheetClassName =
  'dialog-box fixed inset-x-0 bottom-0 z-50 flex max-h-[85dvh] flex-col rounded-t-xl border-t border-zinc-200 bg-white pb-[env(safe-area-inset-bottom)] text-zinc-900 shadow-xl outline-none short:overflow-y-auto data-[scroll-whole]:overflow-y-auto dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100'

type ContentProps = Omit<ComponentPropsWithoutRef<typeof DialogPrimitive.Content>, 'title' | 'role'>

export type DialogContentProps = ContentProps & {
  title: ReactNode
  /** Read out with the title when the dialog opens. */
  description?: ReactNode
  size?: keyof typeof SIZES
  /** `alertdialog` when the dialog wants an answer before anything else (a secret, a confirmation). */
  role?: 'dialog' | 'alertdialog'
  closeLabel?: string
  hideClose?: boolean
  /**
   * `sheet`: a bottom sheet (the phone's filters) instead of a centred dialog; `size` does not apply.
   * `top`: pinned near the top of the screen, so it does not move as its content grows or shrinks.
   */
  placement?: 'centre' | 'top' | 'sheet'
  /**
   * What a press outside the dialog does. `closeUntilEdited` (the default): it closes the dialog until
   * something has been typed or chosen in it, then does nothing, so a tap that misses the dialog
   * never throws away what was entered. Escape, the close button and Cancel still close it.
   * `close`: it always asks to close, as Escape does (a dialog whose input is already applied or worth
   * nothing once closed, or one whose owner asks before closing, such as a secret shown once).
   */
  outsidePress?: 'close' | 'closeUntilEdited'
}

/**
 * A modal dialog: overlay, title, optional description, a close button, and the body as children
 * (use DialogBody and DialogFooter). Focus returns to whatever had it when the dialog opened.
 */
export function DialogContent({ title, description, size = 'md', role = 'dialog', closeLabel = 'Close', hideClose, placement = 'centre', outsidePress = 'closeUntilEdited', className, children, ...props }: DialogContentProps) {
  const returnFocus = useReturnFocus(props)
  const keepOnceEdited = useKeepOnceEdited(props, returnFocus.onOpenAutoFocus, outsidePress === 'closeUntilEdited')
  const box = useDialogBox()
  return (
    <DialogPrimitive.Portal>
      <ModalOverlay />
      <DialogPrimitive.Content ref={box} role={role} {...props} {...returnFocus} {...keepOnceEdited} className={cn(placement === 'sheet' ? sheetClassName : cn(placement === 'top' ? nearTopClassName : contentClassName, SIZES[size]), className)}>
        {/* Only the title shares its line with the close button: the description below takes the whole width. */}
        {/* Pinned near the top and typed into (the palette): on a short screen (a phone's keyboard up) its
            description is left to screen readers and the title tightens, so results, not its header, fill the room. */}
        <div className={cn('space-y-1 px-5 pt-5 pb-2 sm:px-6 sm:pt-6', placement === 'top' && 'short:pt-3 short:pb-1')}>
          <DialogPrimitive.Title className={cn(titleClassName, !hideClose && 'pr-7', placement === 'top' && 'short:text-base')}>{title}</DialogPrimitive.Title>
          {description && <DialogPrimitive.Description className={cn('text-sm text-zinc-600 dark:text-zinc-400', placement === 'top' && 'short:sr-only')}>{description}</DialogPrimitive.Description>}
        </div>
        {children}
        {!hideClose && (
          <DialogPrimitive.Close
            aria-label={closeLabel}
            className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
          >
            <Icon name="x" className="size-4" />
          </DialogPrimitive.Close>
        )}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  )
}

/**
 * The scrolling middle of a dialog. Its scroll padding keeps what Tab reaches clear of the edges:
 * a radio card's button sits at its top, and without room below, the card's text stayed hidden
 * under the footer. Scrolled down, a line sets it apart from the title, as the footer's line does
 * below (the line is always there, transparent at the top, so nothing moves when it shows). On a
 * short screen it takes its whole height and the dialog scrolls instead, title and buttons with it.
 */
export function DialogBody({ className, onScroll, ...props }: ComponentPropsWithRef<'div'>) {
  return (
    <div
      data-dialog-body
      className={cn(
        'min-h-0 flex-1 scroll-pt-4 scroll-pb-20 overflow-y-auto border-t border-transparent px-5 pt-2 pb-4 data-scrolled:border-zinc-200 short:max-h-none short:flex-none short:overflow-visible in-data-[scroll-whole]:max-h-none in-data-[scroll-whole]:flex-none in-data-[scroll-whole]:overflow-visible sm:px-6 dark:data-scrolled:border-zinc-800',
        className,
      )}
      onScroll={(event) => {
        event.currentTarget.toggleAttribute('data-scrolled', event.currentTarget.scrollTop > 0)
        onScroll?.(event)
      }}
      {...props}
    />
  )
}

/** What a modal box (a dialog's, an alert dialog's) does while it is open: scroll as a whole when cramped, its focus kept in sight, take a phone's Back as Escape, and Tab on from a failure it focused. */
export function useDialogBox() {
  const scrollWholeWhenCramped = useScrollWholeWhenCramped()
  const closeRequests = useCloseRequestsAsEscape()
  return useCallback(
    (box: HTMLElement | null) => {
      const stops = [scrollWholeWhenCramped(box), closeRequests(box), tabFromUntabbable(box)]
      return () => {
        for (const stop of stops) stop?.()
      }
    },
    [scrollWholeWhenCramped, closeRequests],
  )
}

/** The actions row: stacked on a phone, right-aligned from `sm` up; pinned to the foot of a box that scrolls as a whole (index.css). */
export function DialogFooter({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  return (
    <div
      data-dialog-footer
      className={cn(
        'flex flex-col-reverse gap-2 border-t border-zinc-200 px-5 py-3 sm:flex-row sm:items-center sm:justify-end sm:px-6 dark:border-zinc-800',
        className,
      )}
      {...props}
    />
  )
}

type OutsideHandlers = Pick<ContentProps, 'onInput' | 'onInteractOutside'>

/**
 * Notes the first input event inside the dialog (typing, a radio or box chosen) and, once there has
 * been one, stops a press outside from dismissing it. Reset each time the dialog opens.
 */
function useKeepOnceEdited({ onInput, onInteractOutside }: OutsideHandlers, onOpenAutoFocus: (event: Event) => void, enabled: boolean): Required<OutsideHandlers> & { onOpenAutoFocus: (event: Event) => void } {
  const edited = useRef(false)
  return {
    onOpenAutoFocus: (event) => {
      edited.current = false
      onOpenAutoFocus(event)
    },
    onInput: (event) => {
      edited.current = true
      onInput?.(event)
    },
    onInteractOutside: (event) => {
      onInteractOutside?.(event)
      if (enabled && edited.current) event.preventDefault()
    },
  }
}

interface FocusHandlers {
  onOpenAutoFocus?: (event: Event) => void
  onCloseAutoFocus?: (event: Event) => void
}

/**
 * Radix returns focus only to a Trigger; dialogs opened from menus or state have none, so remember
 * what had focus on open and go back to it on close (unless the caller handled it). On open, the
 * control that takes the focus is also kept in sight (`keepFocusInSight`).
 */
export function useReturnFocus({ onOpenAutoFocus, onCloseAutoFocus }: FocusHandlers): Required<FocusHandlers> {
  const previous = useRef<{ element: HTMLElement; was: Opener } | null>(null)
  return {
    onOpenAutoFocus: (event) => {
      const element = focusOrigin(document.activeElement)
      previous.current = element && { element, was: openerOf(element) }
      onOpenAutoFocus?.(event)
      keepFocusInSight(event.currentTarget)
    },
    onCloseAutoFocus: (event) => {
      dropRepeatClick()
      onCloseAutoFocus?.(event)
      if (event.defaultPrevented) return
      event.preventDefault()
      const opener = previous.current
      if (!opener) return
      // Its row's elements may have gone to another key (rows are reused, row-slots.ts): then it is gone too.
      const { element, was } = opener
      if (element.isConnected && openerOf(element).rowId === was.rowId) element.focus({ preventScroll: true })
      else document.dispatchEvent(new CustomEvent<Opener>(OPENER_GONE, { detail: was }))
    },
  }
}

/**
 * Radix focuses a dialog's first control without scrolling to it. On a short screen (1280 × 800 at
 * 200 % zoom) the box scrolls as a whole, and a confirmation opened with its Cancel below the part
 * on screen: nothing showed where the focus was. Once focused, the control is scrolled into sight.
 */
function keepFocusInSight(box: EventTarget | null) {
  if (!(box instanceof HTMLElement)) return
  requestAnimationFrame(() => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLElement) || focused === box || !box.contains(focused)) return
    const shown = focused.getBoundingClientRect()
    const room = box.getBoundingClientRect()
    if (shown.top < room.top || shown.bottom > room.bottom) focused.scrollIntoView({ block: 'nearest' })
  })
}

/** What had focus when a dialog opened; for an item of a closing menu, the menu's own button. */
function focusOrigin(active: Element | null): HTMLElement | null {
  const menu = active?.closest('[role="menu"]')
  const trigger = menu?.id ? document.querySelector(`[aria-controls="${CSS.escape(menu.id)}"]`) : null
  const origin = trigger ?? active
  return origin instanceof HTMLElement ? origin : null
}
