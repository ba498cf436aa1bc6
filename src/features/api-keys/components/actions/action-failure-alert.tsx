import { useEffect, useRef } from 'react'
import type { FailureWait } from '../../../../api/failure-wait'
import { Icon } from '../../../../components/ui/icon'
import { FailureMessage } from './failure-message'

/** The last try's failure, in the dialog that can try again; a wait the server asked for counts down in it. */
export function ActionFailureAlert({ title, message, wait }: { title: string; message: string; wait?: FailureWait | null | undefined }) {
  const alert = useRef<HTMLDivElement>(null)
  // Said where it shows: in a dialog scrolled down to its reason (a phone, its keyboard up) the alert above was out of
  // sight. Once for each failure (a new message is a new alert: the dialog keys it by its message).
  useEffect(() => {
    alert.current?.scrollIntoView?.({ block: 'nearest' })
  }, [])
  return (
    <div ref={alert} role="alert" className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
      <p className="flex items-center gap-2 font-medium">
        <Icon name="triangle-alert" className="size-4 shrink-0" />
        <bdi>{title}</bdi>
      </p>
      <FailureMessage message={message} wait={wait} />
    </div>
  )
}
