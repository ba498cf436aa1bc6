import { useEffect, useSyncExternalStore } from 'react'
import { preloadWhenIdle } from './deferred-menu'
import { LazyBoundary, lazyWithRetry } from './lazy-boundary'
import { useToasts, type Toast } from './toast-store'

const ToastCard = lazyWithRetry(() => import('./toast-card'), (m) => m.ToastCard)
/** Loads the toasts' card: when the page is idle, or at once (tests). */
export const preloadToastCard = ToastCard.preload

/** The toasts' live regions: polite for news, assertive (role=alert) for errors. */
export function Toaster() {
  const store = useToasts()
  const toasts = useSyncExternalStore(store.subscribe, store.get)
  useEffect(() => preloadWhenIdle(preloadToastCard), [])
  return (
    // Under dialogs and menus (z-50): a toast left on screen (an Undo) must not cover a dialog's buttons on a phone;
    // a modal dialog hides it from assistive technology and the keyboard anyway.
    <section aria-label="Notifications" className="pointer-events-none fixed right-0 bottom-0 z-40 flex w-full max-w-sm flex-col gap-2 p-4">
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        <ToastCards toasts={toasts.filter((t) => t.tone !== 'error')} />
      </div>
      <div role="alert" className="flex flex-col gap-2">
        <ToastCards toasts={toasts.filter((t) => t.tone === 'error')} />
      </div>
    </section>
  )
}

function ToastCards({ toasts }: { toasts: readonly Toast[] }) {
  if (toasts.length === 0) return null
  // The card's code failing to load must not lose the news: the boundary says so in the same live region.
  return (
    <div className="pointer-events-auto flex flex-col gap-2">
      <LazyBoundary what="a notification">
        {toasts.map((t) => (
          <ToastCard key={t.id} toast={t} />
        ))}
      </LazyBoundary>
    </div>
  )
}
