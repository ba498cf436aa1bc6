import type { FailureWait } from '../../../../api/failure-wait'
import { Icon } from '../../../../components/ui/icon'
import { FailureMessage } from './failure-message'

/** The last try's failure, in the dialog that can try again; a wait the server asked for counts down in it. */
export function ActionFailureAlert({ title, message, wait }: { title: string; message: string; wait?: FailureWait | null | undefined }) {
  return (
    <div role="alert" className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
      <p className="flex items-center gap-2 font-medium">
        <Icon name="triangle-alert" className="size-4 shrink-0" />
        <bdi>{title}</bdi>
      </p>
      <FailureMessage message={message} wait={wait} />
    </div>
  )
}
