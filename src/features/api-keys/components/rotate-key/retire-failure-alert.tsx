import { Icon } from '../../../../components/ui/icon'
import type { Ref } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { ACTION_LABELS, keyDisplayName } from '../../model/key-actions'
import { statusWord, type Replacement, type RetireFailure } from './rotation-choices'
import { RequestIdText } from '../../../../components/ui/request-id-text'

interface RetireFailureAlertProps {
  failure: RetireFailure
  replacement: Replacement
  oldKey: ApiKey
  ref?: Ref<HTMLDivElement>
}

/** Which key is in which state after a failed step 3: the replacement exists either way. */
export function RetireFailureAlert({ failure, replacement, oldKey, ref }: RetireFailureAlertProps) {
  const oldName = <bdi>{keyDisplayName(oldKey)}</bdi>
  const status = statusWord(oldKey)
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="flow-root rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 outline-none focus-visible:ring-2 focus-visible:ring-red-500/40 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100"
    >
      {/* Floated, not a flex column: the lines below it take the alert's whole width, so a request id (never broken) fits 320 px. */}
      <Icon name="triangle-alert" className="float-start me-2 mt-0.5 size-4" />
      {/* A key id may break anywhere (anywhere also lets the text shrink to the alert); a request id keeps whole (RequestIdText). */}
      <p className="[overflow-wrap:anywhere]">
        <bdi>{keyDisplayName(replacement)}</bdi> (<span className="font-mono text-xs">{replacement.id}</span>) was created and is Active.{' '}
        {failure.oldState === 'unchanged' && (
          <>
            {oldName} is still {status}: <RequestIdText text={failure.why} />
          </>
        )}
        {failure.oldState === 'unknown' && (
          <>
            {oldName} is probably still {status}, but the request may have reached the server: <RequestIdText text={failure.why} /> Check its status in the list before you
            retry.
          </>
        )}
        {failure.oldState === 'gone' && (
          <>
            {oldName} could not be {ACTION_LABELS[failure.choice].past}: <RequestIdText text={failure.why} />
          </>
        )}
      </p>
    </div>
  )
}
