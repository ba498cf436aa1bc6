import { Icon } from '../../../../components/ui/icon'
import { RequestIdLine } from '../../../../components/ui/request-id-text'
import type { Ref } from 'react'
import { FailureMessage } from '../actions/failure-message'
import type { CreateFailure } from './create-failure'

/**
 * Why the create failed, and whether the key may exist anyway. `ruledOut`: the lookup below found
 * no key this create could have made, so the alert no longer says it may exist (it said so over
 * "No key named … was created in the last few minutes").
 */
export function CreateFailureAlert({ failure, ruledOut = false, ref }: { failure: CreateFailure; ruledOut?: boolean; ref?: Ref<HTMLDivElement> }) {
  const mayExist = failure.mayExist && !ruledOut
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="space-y-1.5 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 outline-none focus-visible:ring-2 focus-visible:ring-red-500/40 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100"
    >
      <p className="flex items-center gap-2 font-medium">
        <Icon name="triangle-alert" className="size-4 shrink-0" />
        {mayExist ? 'The key may have been created' : 'The key was not created'}
      </p>
      {failure.message && <FailureMessage message={failure.message} wait={failure.wait} />}
      {mayExist && (
        <p>
          {failure.serverError
            ? 'The server answered with an error of its own, which may have come after it made the key, so the key may exist.'
            : 'The request may have reached the server before the answer was lost, so the key may exist, even twice.'}{' '}
          Its secret cannot be shown again. The keys it may have made are looked up below.
        </p>
      )}
      {failure.requestId && <RequestIdLine id={failure.requestId} className="text-xs text-red-800 dark:text-red-200" />}
    </div>
  )
}
