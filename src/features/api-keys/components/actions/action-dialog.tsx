import { useRef, useState, type FormEvent } from 'react'
import { REASON_MAX, type ApiKey } from '../../../../api/api-key-schema'
import { codePointLength } from '../../../../api/text-length'
import { AlertDialog, AlertDialogCancel, AlertDialogContent } from '../../../../components/ui/alert-dialog'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { useNow } from '../../../../hooks/use-now'
import { useStillWaiting } from '../../../../hooks/use-wait'
import { matchesConfirmPhrase } from '../../model/confirm-phrase'
import { ACTION_LABELS, TERMINAL_ACTIONS, canDo, confirmedBy, keyDisplayName, type KeyAction } from '../../model/key-actions'
import { STOPPING_ACTIONS } from '../../model/last-use'
import { ConfirmPhraseField, ReasonField } from './action-fields'
import { actionCopy } from './action-copy'
import { onTouchScreen } from '../../../../lib/touch-screen'
import { ActionFailureAlert } from './action-failure-alert'
import { WaitLeftShort } from './failure-message'
import { ActionKeyList } from './action-key-list'
import { BulkSummary } from './bulk-summary'
import type { BulkPreview } from '../../model/bulk-preview'
import { InUseWarning } from './in-use-warning'
import type { FailureWait } from '../../../../api/failure-wait'
import { keysText } from '../../model/labels'

export interface ActionRequest {
  action: KeyAction
  keys: readonly ApiKey[]
  /** For every key of a view: what changes and what is skipped, shown as counts. */
  preview?: BulkPreview
}

/** What a confirmation opened again after a 401 says of its first try. */
const HELD_MESSAGE = 'Nothing was changed: the API rejected the admin key before this change was made. You are connected again: confirm to send it now, or cancel.'

/** More keys than this are summarised in counts, not listed. */
const LISTED_AT_MOST = 10

export interface ActionDialogProps {
  request: ActionRequest
  /** The server is answering: the confirm button says so and does not send again. */
  pending?: boolean
  /** Why the last try failed (its request id included); what was typed stays, to try again. */
  error?: string | null
  /** The wait the server asked for before trying again (a 429 with Retry-After), counted down under the error. */
  errorWait?: FailureWait | null
  /** What was typed in it before (the confirmation opened again after the server refused the admin key). */
  held?: { reason: string; typed: string } | undefined
  onCancel: () => void
  /** The reason, trimmed, and the name or count typed to confirm (kept if the server refuses the admin key). */
  onConfirm: (reason: string, typed: string) => void
}

/**
 * One confirmation for every action, with friction matched to reversibility: suspend asks once
 * (a reason optional); revoke and delete are alert dialogs that want the name, or the count, typed.
 * Whatever stops keys working warns, in its description, about keys clients used in the last 24 hours.
 */
export function ActionDialog({ request, pending = false, error: failure = null, errorWait = null, held, onCancel, onConfirm }: ActionDialogProps) {
  // Opened again after a 401, until it is sent: what happened to the first try.
  const error = failure ?? (held && !pending ? HELD_MESSAGE : null)
  const { action, keys, preview } = request
  const now = useNow()
  const copy = actionCopy(action, keys, now)
  const terminal = TERMINAL_ACTIONS.has(action)
  const [reason, setReason] = useState(held?.reason ?? '')
  const [typed, setTyped] = useState(held?.typed ?? '')
  // Counted as the server counts (code points), on the trimmed text that is sent.
  const reasonLength = codePointLength(reason.trim())
  const reasonTooLong = reasonLength > REASON_MAX
  const confirmed = keys.length > 0 && (!terminal || matchesConfirmPhrase(typed, copy.phrase))
  // One key that moved on meanwhile (the failure above says so) may no longer allow the action.
  const [only] = keys
  const allowed = keys.length !== 1 || (only !== undefined && canDo(action, only))
  const [tried, setTried] = useState(false)
  // A 429's wait: sending again before it is over would only be refused again, and start a new wait.
  const waiting = useStillWaiting(errorWait)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const phraseRef = useRef<HTMLInputElement>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (pending || !allowed || waiting) return
    // Enter, or the button (unavailable but not disabled), says what is still in the way and goes there.
    if (reasonTooLong) return reasonRef.current?.focus()
    if (!confirmed) {
      setTried(true)
      return phraseRef.current?.focus()
    }
    onConfirm(reason.trim(), typed)
  }
  const body = (
    <form id="key-action-form" onSubmit={submit} aria-busy={pending || undefined} className="space-y-4">
      {error !== null && <ActionFailureAlert key={error} title={`Could not ${ACTION_LABELS[action].verb.toLowerCase()} ${keys.length === 1 && keys[0] ? keyDisplayName(keys[0]) : keysText(keys.length)}`} message={error} wait={errorWait} />}
      {preview && <BulkSummary preview={preview} />}
      {(!preview || keys.length <= LISTED_AT_MOST) && keys.length > 0 && <ActionKeyList keys={keys} now={now} markInUse={STOPPING_ACTIONS.has(action)} />}
      {action !== 'delete' && <ReasonField value={reason} length={reasonLength} onChange={setReason} inputRef={reasonRef} />}
      {terminal && (
        <ConfirmPhraseField
          phrase={copy.phrase}
          kind={keys.length === 1 && only ? confirmedBy(only) : 'count'}
          verb={ACTION_LABELS[action].verb.toLowerCase()}
          value={typed}
          onChange={setTyped}
          tried={tried}
          inputRef={phraseRef}
        />
      )}
    </form>
  )
  const confirmButton = (
    // Never disabled: while pending it keeps focus, and a failure leaves it there to try again; before
    // the name is typed, pressing it says what is missing (a disabled button says nothing, and drops focus).
    // During a 429's wait it says when it can be pressed again ("Suspend key in 5 s").
    <Button type="submit" form="key-action-form" variant={terminal ? 'danger' : 'primary'} aria-disabled={!allowed || !confirmed || reasonTooLong || pending || waiting || undefined}>
      {pending ? copy.pendingLabel : copy.confirmLabel}
      {!pending && waiting && errorWait && <WaitLeftShort key={errorWait.until} until={errorWait.until} />}
    </Button>
  )
  const onOpenChange = (open: boolean) => !open && onCancel()
  const description = (
    <>
      {copy.description}
      {copy.inUseWarning && (
        <>
          {' '}
          <InUseWarning text={copy.inUseWarning} />
        </>
      )}
    </>
  )

  if (terminal) {
    return (
      <AlertDialog open onOpenChange={onOpenChange}>
        <AlertDialogContent title={copy.title} description={description} footer={<><AlertDialogCancel />{confirmButton}</>}>
          {body}
        </AlertDialogContent>
      </AlertDialog>
    )
  }
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent title={copy.title} description={description} size="sm" onOpenAutoFocus={(event) => focusOnOpen(event, reasonRef.current)}>
        <DialogBody>{body}</DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          {confirmButton}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}

/**
 * Where a suspend or reactivate dialog opens: on its Reason, ahead of a long list of keys (which
 * would otherwise take the focus first). On a touch screen, on the dialog itself: focus in a field
 * raises the phone's keyboard over the buttons, for a reason that is optional.
 */
function focusOnOpen(event: Event, reason: HTMLTextAreaElement | null) {
  const dialog = event.currentTarget
  const touch = onTouchScreen()
  const target = touch ? dialog : reason
  if (!(target instanceof HTMLElement)) return
  event.preventDefault()
  target.focus({ preventScroll: touch })
}
