import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'
import { cn } from './cn'
import { preloadWhenIdle } from './deferred-menu'
import { LazyBoundary, lazyWithRetry } from './lazy-boundary'
import { useToasts, type Toast } from './toast-store'
import { useFocusClearOfToasts } from './use-focus-clear-of-toasts'
import { useOpenDialogTop } from './use-open-dialog-top'
import { useKeyShortcuts } from '../../hooks/use-key-shortcuts'

const ToastCard = lazyWithRetry(() => import('./toast-card'), (m) => m.ToastCard)
/** Loads the toasts' card: when the page is idle, or at once (tests). */
export const preloadToastCard = ToastCard.preload

/**
 * How many of the newest toasts show while the stack is collapsed: one on a phone, three wider.
 * An Undo stays until used or dismissed, so a few actions in a row would otherwise bury the page.
 */
const SHOWN_ON_PHONE = 1
const SHOWN_WIDER = 3

/** The toasts' live regions: polite for news, assertive (role=alert) for errors. */
export function Toaster() {
  const store = useToasts()
  const toasts = useSyncExternalStore(store.subscribe, store.get)
  useEffect(() => preloadWhenIdle(preloadToastCard), [])
  const dialogTop = useOpenDialogTop()
  const [ref, height] = useHeight<HTMLElement>()
  const [expanded, setExpanded] = useState(false)
  // Where focus came from into the toasts: it goes back there when the toast holding it leaves.
  const origin = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const section = ref.current
    if (!section) return
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget
      if (from instanceof HTMLElement && !section.contains(from)) origin.current = from
    }
    // Escape leaves the toasts for where the focus came from (F8 does too), leaving them be.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      focusAfterToast(origin.current)
    }
    section.addEventListener('focusin', onFocusIn)
    section.addEventListener('keydown', onKeyDown)
    return () => {
      section.removeEventListener('focusin', onFocusIn)
      section.removeEventListener('keydown', onKeyDown)
    }
  }, [ref])
  // While toasts show, the page keeps their height of room below its end (index.css).
  const shown = toasts.length > 0
  useEffect(() => {
    const root = document.documentElement
    if (shown) root.style.setProperty('--toasts-height', `${height}px`)
    return () => void root.style.removeProperty('--toasts-height')
  }, [shown, height])
  useFocusClearOfToasts(ref, shown, height)
  // z: the newest Undo, without tabbing to the toasts at the end of the page (as Gmail's z).
  useKeyShortcuts({
    z: () => {
      // Its toast leaves: focus in the toasts goes back where it came from, not to the page's body.
      if (ref.current?.contains(document.activeElement)) focusAfterToast(origin.current)
      const result = store.undoNewest()
      // An Undo waiting out a 429, or whose key moved on: its reason, not "nothing".
      if (!result.undone) store.info(result.unavailable === null ? 'Nothing to undo' : <>Undo is unavailable. {result.unavailable}</>)
    },
    // F8 (as Radix's toasts and the ARIA practices' landmarks): to the newest notification's first
    // button, its View key or Undo, which Tab reaches only past every control of the page; from
    // the toasts, back where it came from (as Escape).
    F8: () => {
      if (ref.current?.contains(document.activeElement)) return void focusAfterToast(origin.current)
      const newest = toasts.at(-1)
      const target = newest && ref.current?.querySelector<HTMLElement>(`[data-toast="${newest.id}"] button`)
      if (!target) return false
      target.focus()
    },
  })
  // While a dialog is open the toasts stack above its top edge, or wait unseen until it closes when
  // there is no room: a tap meant for the dialog must never land on a toast (an Undo).
  const hidden = dialogTop !== null && height > dialogTop
  // Newest first: a toast's rank says whether the collapsed stack shows it.
  const rank = new Map(toasts.toReversed().map((toast, index) => [toast.id, index]))
  const open = expanded && toasts.length > SHOWN_ON_PHONE
  // No toast times out while focus is anywhere in the stack (a toast, or the toggle that opened it):
  // the stack emptying under the focus would drop it to the page's body.
  const focusInStack = useCallback(() => ref.current?.contains(document.activeElement) === true, [ref])
  const cards = (tone: (toast: Toast) => boolean) => (
    <ToastCards toasts={toasts.filter(tone)} held={hidden} rank={rank} expanded={open} returnFocus={() => focusAfterToast(origin.current)} stays={focusInStack} />
  )
  return (
    // Under dialogs and menus (z-50), so above a dialog its overlay still takes every tap; a modal
    // dialog hides the toasts from assistive technology and the keyboard anyway.
    <section
      ref={ref}
      aria-label="Notifications"
      aria-keyshortcuts="F8"
      style={dialogTop === null ? undefined : { bottom: `calc(100% - ${dialogTop}px)` }}
      className={cn('pointer-events-none fixed right-0 bottom-0 z-40 flex max-h-dvh max-sm:bottom-[var(--bulk-bar-height,0px)] w-full max-w-sm flex-col gap-2 p-4', hidden && 'invisible')}
    >
      <StackToggle
        count={toasts.length}
        expanded={open}
        onToggle={() => {
          // The pressed toggle gives way to another ("Show fewer"): focus follows it, not to the page's body.
          const hadFocus = ref.current?.contains(document.activeElement) === true
          flushSync(() => setExpanded(!open))
          if (hadFocus) shownToggle(ref.current)?.focus()
        }}
      />
      <div role="status" aria-live="polite" className="flex min-h-0 flex-col gap-2">
        {cards((t) => t.tone !== 'error')}
      </div>
      <div role="alert" className="flex min-h-0 flex-col gap-2">
        {cards((t) => t.tone === 'error')}
      </div>
    </section>
  )
}

/** The stack's toggle this screen shows (the phone's and the wider one's differ in what they count). */
function shownToggle(section: HTMLElement | null): HTMLButtonElement | undefined {
  const toggles = Array.from(section?.querySelectorAll<HTMLButtonElement>('button[aria-expanded]') ?? [])
  return toggles.find((button) => (typeof button.checkVisibility === 'function' ? button.checkVisibility() : true))
}

/** "3 more notifications" over a collapsed stack (counted for the screen's width), "Show fewer" once opened. */
function StackToggle({ count, expanded, onToggle }: { count: number; expanded: boolean; onToggle: () => void }) {
  const className = 'pointer-events-auto self-end rounded-full border border-zinc-200 bg-white px-3 py-1.5 text-xs font-medium text-zinc-700 shadow-sm hover:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800'
  if (expanded) {
    return (
      <button type="button" aria-expanded="true" onClick={onToggle} className={className}>
        Show fewer
      </button>
    )
  }
  const more = (shown: number) => count - shown
  const label = (n: number) => `${n} more ${n === 1 ? 'notification' : 'notifications'}`
  return (
    <>
      {more(SHOWN_ON_PHONE) > 0 && (
        <button type="button" aria-expanded="false" onClick={onToggle} className={cn(className, 'sm:hidden')}>
          {label(more(SHOWN_ON_PHONE))}
        </button>
      )}
      {more(SHOWN_WIDER) > 0 && (
        <button type="button" aria-expanded="false" onClick={onToggle} className={cn(className, 'max-sm:hidden')}>
          {label(more(SHOWN_WIDER))}
        </button>
      )}
    </>
  )
}

interface ToastCardsProps {
  toasts: readonly Toast[]
  held: boolean
  rank: ReadonlyMap<number, number>
  expanded: boolean
  returnFocus: () => void
  stays: () => boolean
}

function ToastCards({ toasts, held, rank, expanded, returnFocus, stays }: ToastCardsProps) {
  if (toasts.length === 0) return null
  // The card's code failing to load must not lose the news: the boundary says so in the same live region.
  return (
    <div className={cn('pointer-events-auto flex min-h-0 flex-col gap-2', expanded && 'overflow-y-auto')}>
      <LazyBoundary what="a notification">
        {toasts.map((t) => {
          const newest = rank.get(t.id) ?? 0
          return (
            <div key={t.id} className={cn(!expanded && newest >= SHOWN_ON_PHONE && 'max-sm:hidden', !expanded && newest >= SHOWN_WIDER && 'hidden')}>
              <ToastCard toast={t} held={held} returnFocus={returnFocus} stays={stays} />
            </div>
          )
        })}
      </LazyBoundary>
    </div>
  )
}

/**
 * Where focus goes when the toast holding it leaves: back where it came from into the toasts, else
 * the page's main region; never the page's body. Not to another toast: a second Enter there would
 * undo another action.
 */
function focusAfterToast(origin: HTMLElement | null) {
  const target = origin?.isConnected ? origin : document.getElementById('main')
  target?.focus({ preventScroll: true })
}

/** An element's border-box height, kept current as its content changes. */
function useHeight<E extends HTMLElement>() {
  const ref = useRef<E>(null)
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.offsetHeight))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, height] as const
}
