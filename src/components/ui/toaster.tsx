import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { cn } from './cn'
import { preloadWhenIdle } from './deferred-menu'
import { LazyBoundary, lazyWithRetry } from './lazy-boundary'
import { useToasts, type Toast } from './toast-store'
import { useOpenDialogTop } from './use-open-dialog-top'

const ToastCard = lazyWithRetry(() => import('./toast-card'), (m) => m.ToastCard)
/** Loads the toasts' card: when the page is idle, or at once (tests). */
export const preloadToastCard = ToastCard.preload

/** The toasts' live regions: polite for news, assertive (role=alert) for errors. */
export function Toaster() {
  const store = useToasts()
  const toasts = useSyncExternalStore(store.subscribe, store.get)
  useEffect(() => preloadWhenIdle(preloadToastCard), [])
  const dialogTop = useOpenDialogTop()
  const [ref, height] = useHeight<HTMLElement>()
  // While a dialog is open the toasts stack above its top edge, or wait unseen until it closes when
  // there is no room: a tap meant for the dialog must never land on a toast (an Undo).
  const hidden = dialogTop !== null && height > dialogTop
  return (
    // Under dialogs and menus (z-50), so above a dialog its overlay still takes every tap; a modal
    // dialog hides the toasts from assistive technology and the keyboard anyway.
    <section
      ref={ref}
      aria-label="Notifications"
      style={dialogTop === null ? undefined : { bottom: `calc(100% - ${dialogTop}px)` }}
      className={cn('pointer-events-none fixed right-0 bottom-0 z-40 flex w-full max-w-sm flex-col gap-2 p-4', hidden && 'invisible')}
    >
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        <ToastCards toasts={toasts.filter((t) => t.tone !== 'error')} held={hidden} />
      </div>
      <div role="alert" className="flex flex-col gap-2">
        <ToastCards toasts={toasts.filter((t) => t.tone === 'error')} held={hidden} />
      </div>
    </section>
  )
}

function ToastCards({ toasts, held }: { toasts: readonly Toast[]; held: boolean }) {
  if (toasts.length === 0) return null
  // The card's code failing to load must not lose the news: the boundary says so in the same live region.
  return (
    <div className="pointer-events-auto flex flex-col gap-2">
      <LazyBoundary what="a notification">
        {toasts.map((t) => (
          <ToastCard key={t.id} toast={t} held={held} />
        ))}
      </LazyBoundary>
    </div>
  )
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
