import { Icon } from '../../../../components/ui/icon'
import { waitingVerb } from '../../model/key-actions'

/** A change made offline: not done until the server has it, so the row says it waits rather than show its end. */
export function WaitingBadge({ target }: { target: string }) {
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <span className="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap text-sky-900 ring-1 ring-sky-700/40 ring-inset dark:text-sky-200 dark:ring-sky-300/40">
        <Icon name="clock" className="size-3.5" />
        Waiting for connection
      </span>
      <span className="text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">{waitingVerb(target)} not sent yet</span>
    </span>
  )
}
