import { Icon } from './icon'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { cn } from './cn'
import { useToasts, type Toast, type ToastAction } from './toast-store'
import { RequestIdText } from './request-id-text'
import { dropRepeatClick } from '../../lib/repeat-click-guard'
import { shortenMiddle } from '../../lib/shorten-middle'

// Loaded when the page is idle or with the first toast: the live regions themselves are on the first screen.

const AUTO_DISMISS_MS = 6000

const ICONS = { success: 'circle-check', error: 'circle-alert', info: 'info' } as const

/**
 * `held`: the toasts wait unseen behind a dialog; no news leaves before it has been on screen.
 * `returnFocus`: called when this toast leaves with focus in it (its action used, or dismissed), so focus does not fall to the page.
 * `stays`: asked when the toast's time is up; while it says so (focus is in the stack), the time starts again.
 */
export function ToastCard({ toast, held = false, returnFocus, stays }: { toast: Toast; held?: boolean; returnFocus?: () => void; stays?: () => boolean }) {
  const [paused, setPaused] = useState(false)
  const toasts = useToasts()
  const card = useRef<HTMLDivElement>(null)
  const leave = () => {
    if (card.current?.contains(document.activeElement)) returnFocus?.()
    toasts.dismiss(toast.id)
  }
  const { dismiss } = toasts
  // An action still usable stays until used or dismissed (WCAG 2.2.1): no timer takes it away.
  const persistent = toast.tone === 'error' || (toast.action !== undefined && toast.action.disabledReason === undefined)
  useEffect(() => {
    if (persistent || paused || held) return
    let timer = 0
    const wait = () => {
      timer = window.setTimeout(() => (stays?.() ? wait() : dismiss(toast.id)), AUTO_DISMISS_MS)
    }
    wait()
    return () => window.clearTimeout(timer)
  }, [persistent, paused, held, toast.id, dismiss, stays])
  return (
    <div
      ref={card}
      data-toast={toast.id}
      onPointerEnter={() => setPaused(true)}
      onPointerLeave={() => setPaused(false)}
      onFocusCapture={() => setPaused(true)}
      onBlurCapture={() => setPaused(false)}
      className={cn(
        'pointer-events-auto flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg dark:bg-zinc-900',
        toast.tone === 'error' ? 'border-red-300 dark:border-red-800' : 'border-zinc-200 dark:border-zinc-800',
      )}
    >
      <Icon name={ICONS[toast.tone]} className={cn('mt-0.5 size-4 shrink-0', toast.tone === 'error' ? 'text-red-600' : toast.tone === 'success' ? 'text-emerald-600' : 'text-sky-600')} />
      <div className="min-w-0 flex-1 space-y-1">
        {/* A long key name is shortened in the middle (ToastTitle), not clamped: a clamp cut what happened off the end. */}
        <p className="font-medium break-words">
          <ToastTitle title={toast.title} />
        </p>
        {toast.description && (
          <p className="break-words whitespace-pre-line text-zinc-600 dark:text-zinc-400">
            <RequestIdText text={toast.description} />
          </p>
        )}
        {toast.action && <ToastActionButton action={toast.action} onDone={leave} />}
      </div>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={() => {
          dropRepeatClick()
          leave()
        }}
        className="-m-1.5 rounded p-1.5 text-zinc-500 hover:bg-zinc-100 pointer-coarse:-m-2.5 pointer-coarse:p-2.5 dark:hover:bg-zinc-800"
      >
        <Icon name="x" className="size-4" />
      </button>
    </div>
  )
}

/** The toast's action; once disabled it stays focusable (aria-disabled) and its reason shows beside it. */
function ToastActionButton({ action, onDone }: { action: ToastAction; onDone: () => void }) {
  const reasonId = useId()
  const disabled = action.disabledReason !== undefined
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      <button
        type="button"
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={() => {
          if (disabled) return
          // The toast goes at once, and its successor (an Undo's result) may wait on the server: a
          // double tap's second tap must not land on the card or link under where it was.
          dropRepeatClick()
          action.onClick()
          onDone()
        }}
        className={cn('-mx-1 -my-1 rounded px-1 py-1 font-medium underline-offset-2 pointer-coarse:-my-2 pointer-coarse:py-2', disabled ? 'cursor-not-allowed text-zinc-500 dark:text-zinc-400' : 'text-indigo-700 hover:underline dark:text-indigo-400')}
      >
        {action.label}
      </button>
      {disabled && (
        <span id={reasonId} className="break-words text-zinc-600 dark:text-zinc-400">
          {action.disabledReason}
        </span>
      )}
    </div>
  )
}

/**
 * A title longer than this (in characters) is shown shortened in its middle: three lines at 320 px
 * hold about 80 in words, and 72 of a name without spaces ("svc_ingest_…_production_xxxx"), which
 * breaks anywhere. Not clamped to lines either: a clamp cut what happened off the end.
 */
const TITLE_SHOWN = 72
/** What a shortened title keeps of its end: what happened ("… suspended", "… created"). */
const TITLE_END = 24

/**
 * A title as shown. A long key name in "<name> suspended" filled the three lines and cut what
 * happened off the end; shortened in the middle, both ends show (what happened, and where the
 * name starts and ends), and a screen reader still hears the whole title.
 */
function ToastTitle({ title }: { title: ReactNode }) {
  const shown = typeof title === 'string' ? shortenMiddle(title, TITLE_SHOWN, TITLE_END) : null
  if (shown === null) return title
  return (
    <>
      <span aria-hidden>{shown}</span>
      <span className="sr-only">{title}</span>
    </>
  )
}
