import { useRef } from 'react'
import { Icon } from '../../../components/ui/icon'
import { isApiError } from '../../../api/api-error'
import { asksToWait } from '../../../api/rate-limit'
import { lazyPart } from '../../../components/ui/lazy-boundary'
import { ParserLoadError } from '../model/expression-reading'
import { useRevealJustAbove } from '../../../hooks/use-reveal-just-above'

// A 429's countdown loads when a server asks to wait: the first screen holds only the plain error.
const RateLimitedState = lazyPart(() => import('./rate-limited-state'), (m) => m.RateLimitedState, 'the wait the server asked for')
/** Settles once the countdown's code is loaded (tests render it at once). */
export const preloadRateLimitedState = RateLimitedState.preload

/**
 * `note`: what the failure leaves on screen, said under the server's message (rows from an earlier
 * answer). Brought into sight if it lands just above the screen (useRevealJustAbove).
 */
export function QueryErrorState(props: { error: unknown; onRetry: () => void; title?: string; note?: string | undefined }) {
  const shown = useRef<HTMLDivElement>(null)
  useRevealJustAbove(shown)
  return (
    <div ref={shown} className="scroll-mt-4">
      <ErrorAlert {...props} />
    </div>
  )
}

function ErrorAlert({ error, onRetry, title = 'Could not load the keys', note }: { error: unknown; onRetry: () => void; title?: string; note?: string | undefined }) {
  if (asksToWait(error)) return <RateLimitedState error={error} onRetry={onRetry} title={title} note={note} />
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
      {requestId && (
        <p className="text-xs text-red-800 dark:text-red-200">
          Request ID: <code className="font-mono whitespace-nowrap select-all [overflow-wrap:normal]">{requestId}</code>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onRetry} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
          Retry
        </button>
        {error instanceof ParserLoadError && (
          <button type="button" onClick={() => window.location.reload()} className="rounded-md px-3 py-1.5 text-sm font-medium text-red-900 underline dark:text-red-100">
            Reload for the latest version
          </button>
        )}
      </div>
    </div>
  )
}
