import type { FailureWait } from '../../../../api/failure-wait'
import { formatWait } from '../../../../api/wait-text'
import { RequestIdText } from '../../../../components/ui/request-id-text'
import { useTimeLeft } from '../../../../hooks/use-wait'

/** A failure's message; when the server asked for a wait, its advice in the message counts down on screen. */
export function FailureMessage({ message, wait }: { message: string; wait?: FailureWait | null | undefined }) {
  // The advice is a piece of the message (the describers word both): the count replaces it on screen.
  const at = wait ? message.indexOf(wait.advice) : -1
  if (!wait || at < 0) {
    return (
      <p className="break-words">
        <RequestIdText text={message} />
      </p>
    )
  }
  return (
    <p className="break-words">
      {message.slice(0, at)}
      <WaitLeft key={wait.until} until={wait.until} advice={wait.advice} />
      <RequestIdText text={message.slice(at + wait.advice.length)} />
    </p>
  )
}

/**
 * "Try again in 42 s.", counting down to "You can try again now." A screen reader is told the
 * server's words while the wait lasts and "You can try again now." once it is over: the text it reads
 * changes once (the alert says so then), not every second, and is never a wait already past.
 */
function WaitLeft({ until, advice }: { until: number; advice: string }) {
  const left = useTimeLeft(until)
  return (
    <>
      <span className="sr-only">{left > 0 ? advice : 'You can try again now.'}</span>
      <span aria-hidden="true" data-wait-left>
        {left > 0 ? `Try again in ${formatWait(left)}.` : 'You can try again now.'}
      </span>
    </>
  )
}

/**
 * " in 5 s", what is left of a wait, for a button's label ("Suspend key in 5 s"). Keyed by the wait's
 * end where it is used, so its clock starts with the wait.
 */
export function WaitLeftShort({ until }: { until: number }) {
  const left = useTimeLeft(until)
  return <>{left > 0 ? ` in ${formatWait(left)}` : ''}</>
}
