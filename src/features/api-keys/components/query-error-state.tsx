import { useLayoutEffect, useRef } from 'react'
import { Icon } from '../../../components/ui/icon'
import { isApiError } from '../../../api/api-error'
import { asksToWait } from '../../../api/rate-limit'
import { lazyPart } from '../../../components/ui/lazy-boundary'
import { ParserLoadError } from '../model/expression-reading'
import { useRevealJustAbove } from '../../../hooks/use-reveal-just-above'
import { RequestIdLine } from '../../../components/ui/request-id-text'
import { RetryButton } from './retry-button'

// A 429's countdown loads when a server asks to wait: the first screen holds only the plain error.
const RateLimitedState = lazyPart(() => import('./rate-limited-state'), (m) => m.RateLimitedState, 'the wait the server asked for')
/** Settles once the countdown's code is loaded (tests render it at once). */
export const preloadRateLimitedState = RateLimitedState.preload

interface ErrorProps {
  error: unknown
  onRetry: () => void
  title?: string
  /** What the failure leaves on screen, said under the server's message (rows from an earlier answer). */
  note?: string | undefined
  /** Its Retry runs: the alert stays, its button says so and does nothing more, and keeps the focus. */
  retrying?: boolean
}

/**
 * A read that failed, with Retry. Brought into sight if it lands just above the screen
 * (useRevealJustAbove). `focusWhenGone`: where the focus goes if the alert leaves with it inside
 * (a Retry that worked), rather than falling to the page's body.
 */
export function QueryErrorState({ focusWhenGone, ...props }: ErrorProps & { focusWhenGone?: () => HTMLElement | null }) {
  const shown = useRef<HTMLDivElement>(null)
  useRevealJustAbove(shown)
  const latestFocusWhenGone = useRef(focusWhenGone)
  useLayoutEffect(() => {
    latestFocusWhenGone.current = focusWhenGone
  })
  useLayoutEffect(() => {
    const alert = shown.current
    // Run as the alert is taken out, while its button still holds the focus.
    return () => {
      if (alert?.contains(document.activeElement)) latestFocusWhenGone.current?.()?.focus()
    }
  }, [])
  return (
    // A keyboard user who reaches its Retry from below (Shift+Tab) sees what it retries: the browser
    // brings only the button into sight. Not for a pointer: moving the alert under a press would
    // make the click land elsewhere.
    <div ref={shown} className="scroll-mt-4" onFocus={(event) => revealWholeOnKeyboardFocus(event.currentTarget, event.target)}>
      <ErrorAlert {...props} />
    </div>
  )
}

function revealWholeOnKeyboardFocus(alert: HTMLElement, focused: Element) {
  if (!focused.matches(':focus-visible')) return
  const { top, height } = alert.getBoundingClientRect()
  if (top < 0 && height <= window.innerHeight) alert.scrollIntoView({ block: 'nearest' })
}

function ErrorAlert({ error, onRetry, title = 'Could not load the keys', note, retrying = false }: ErrorProps) {
  if (asksToWait(error)) return <RateLimitedState error={error} onRetry={onRetry} title={title} note={note} retrying={retrying} />
  const message = isApiError(error) || error instanceof ParserLoadError ? error.message : 'Something went wrong while loading the keys.'
  const requestId = isApiError(error) ? error.requestId : null
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/60">
      <div className="flex items-center gap-2 font-medium text-red-900 dark:text-red-100">
        <Icon name="triangle-alert" className="size-5" />
        {title}
      </div>
      <p className="text-sm text-red-900 dark:text-red-100">{message}</p>
      {note && <p className="text-sm text-red-900 dark:text-red-100">{note}</p>}
      {requestId && <RequestIdLine id={requestId} className="text-xs text-red-800 dark:text-red-200" />}
      <div className="flex flex-wrap gap-2">
        <RetryButton retrying={retrying} onRetry={onRetry} label="Retry" className="bg-red-700 text-white hover:bg-red-800 aria-disabled:hover:bg-red-700" />
        {error instanceof ParserLoadError && (
          <button type="button" onClick={() => window.location.reload()} className="rounded-md px-3 py-1.5 text-sm font-medium text-red-900 underline dark:text-red-100">
            Reload for the latest version
          </button>
        )}
      </div>
    </div>
  )
}
