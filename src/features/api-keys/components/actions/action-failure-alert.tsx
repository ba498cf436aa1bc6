import { formatWait } from '../../../../api/wait-text'
import { Icon } from '../../../../components/ui/icon'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import { useNow } from '../../../../hooks/use-now'
import type { FailureWait } from './use-run-key-action'

/** The last try's failure, in the dialog that can try again; a wait the server asked for counts down in it. */
export function ActionFailureAlert({ title, message, wait }: { title: string; message: string; wait?: FailureWait | null | undefined }) {
  // The advice is a piece of the message (describeApiError words both): the count replaces it on screen.
  const at = wait ? message.indexOf(wait.advice) : -1
  return (
    <div role="alert" className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
      <p className="flex items-center gap-2 font-medium">
        <Icon name="triangle-alert" className="size-4 shrink-0" />
        <bdi>{title}</bdi>
      </p>
      {wait && at >= 0 ? (
        <p className="break-words">
          {message.slice(0, at)}
          {/* Said once as the server said it; the count on screen is not read out every second. */}
          <span className="sr-only">{wait.advice}</span>
          <WaitLeft key={wait.until} until={wait.until} />
          <RequestIdText text={message.slice(at + wait.advice.length)} />
        </p>
      ) : (
        <p className="break-words">
          <RequestIdText text={message} />
        </p>
      )}
    </div>
  )
}

/** "Try again in 42 s.", counting down to "You can try again now." */
function WaitLeft({ until }: { until: number }) {
  // Four ticks a second keep the shown seconds within a quarter second of the truth.
  const left = until - useNow(250)
  return (
    <span aria-hidden="true" data-wait-left>
      {left > 0 ? `Try again in ${formatWait(left)}.` : 'You can try again now.'}
    </span>
  )
}
