import { useState, type FormEvent } from 'react'
import { REASON_MAX, type ApiKey } from '../../../../api/api-key-schema'
import { codePointLength } from '../../../../api/text-length'
import { AlertDialog, AlertDialogCancel, AlertDialogContent } from '../../../../components/ui/alert-dialog'
import { Button } from '../../../../components/ui/button'
import { Dialog, DialogBody, DialogClose, DialogContent, DialogFooter } from '../../../../components/ui/dialog'
import { TERMINAL_ACTIONS, type KeyAction } from '../../model/key-actions'
import { ConfirmPhraseField, ReasonField } from './action-fields'
import { actionCopy } from './action-copy'

export interface ActionRequest {
  action: KeyAction
  keys: ApiKey[]
}

export interface ActionDialogProps {
  request: ActionRequest
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/**
 * One confirmation for every action, with friction matched to reversibility: suspend asks once
 * (a reason optional); revoke and delete are alert dialogs that want the name, or the count, typed.
 */
export function ActionDialog({ request, onCancel, onConfirm }: ActionDialogProps) {
  const { action, keys } = request
  const copy = actionCopy(action, keys)
  const terminal = TERMINAL_ACTIONS.has(action)
  const [reason, setReason] = useState('')
  const [typed, setTyped] = useState('')
  // Counted as the server counts (code points), on the trimmed text that is sent.
  const reasonLength = codePointLength(reason.trim())
  const reasonTooLong = reasonLength > REASON_MAX
  const confirmed = !terminal || typed.trim() === copy.phrase
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (confirmed && !reasonTooLong) onConfirm(reason.trim())
  }
  const body = (
    <form id="key-action-form" onSubmit={submit} className="space-y-4">
      {copy.summary}
      {action !== 'delete' && <ReasonField value={reason} length={reasonLength} onChange={setReason} />}
      {terminal && <ConfirmPhraseField phrase={copy.phrase} kind={keys.length === 1 ? 'name' : 'count'} value={typed} onChange={setTyped} />}
    </form>
  )
  const confirmButton = (
    <Button type="submit" form="key-action-form" variant={terminal ? 'danger' : 'primary'} disabled={!confirmed || reasonTooLong}>
      {copy.confirmLabel}
    </Button>
  )
  const onOpenChange = (open: boolean) => !open && onCancel()

  if (terminal) {
    return (
      <AlertDialog open onOpenChange={onOpenChange}>
        <AlertDialogContent title={copy.title} description={copy.description} footer={<><AlertDialogCancel />{confirmButton}</>}>
          {body}
        </AlertDialogContent>
      </AlertDialog>
    )
  }
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent title={copy.title} description={copy.description} size="sm">
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
