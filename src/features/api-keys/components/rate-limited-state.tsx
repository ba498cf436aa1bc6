import { Icon } from '../../../components/ui/icon'
import { isApiError } from '../../../api/api-error'
import { isRateLimited } from '../../../api/rate-limit'
import { useRetryCountdown } from '../hooks/use-retry-countdown'
import { RequestIdLine } from '../../../components/ui/request-id-text'
import { RetryButton } from './retry-button'

/** A read the server said to retry later (429, or 5xx with Retry-After): the wait counted down aloud, read again on its own at zero, or now on request. */
export function RateLimitedState({ error, onRetry, title, note, retrying = false }: { error: unknown; onRetry: () => void; title: string; note?: string | undefined; retrying?: boolean }) {
  const { secondsLeft, waitSeconds, retryNow } = useRetryCountdown(error, onRetry)
  const requestId = isApiError(error) ? error.requestId : null
  // A 5xx with Retry-After is the server unavailable for a while, not a limit on us.
  const what = isRateLimited(error) ? 'Rate limited' : 'Server unavailable'
  return (
    <section
      aria-label={title}
      className="flex flex-col items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="flex items-center gap-2 font-medium">
        <Icon name="clock" className="size-5 shrink-0" />
        {secondsLeft === null || secondsLeft > 0 ? `${what}, retrying in ${secondsLeft ?? 0} s` : `${what}, retrying now…`}
      </p>
      {/* Said once, not every second. */}
      <p role="alert" className="sr-only">
        {`${title}: ${isRateLimited(error) ? 'the server is limiting requests' : 'the server is unavailable'}. Retrying on its own in ${waitSeconds ?? 0} seconds.`}
      </p>
      <p className="text-sm">{isRateLimited(error) ? 'The server asked the dashboard to slow down for a while.' : 'The server said when to ask again.'}</p>
      {/* What the wait leaves on screen: the rows of an earlier page or view, say. */}
      {note && <p className="text-sm">{note}</p>}
      {requestId && <RequestIdLine id={requestId} className="text-xs" />}
      <RetryButton
        retrying={retrying}
        onRetry={retryNow}
        label="Retry now"
        className="bg-amber-800 text-white hover:bg-amber-900 aria-disabled:hover:bg-amber-800 dark:bg-amber-200 dark:text-amber-950 dark:hover:bg-amber-100 dark:aria-disabled:hover:bg-amber-200"
      />
    </section>
  )
}
