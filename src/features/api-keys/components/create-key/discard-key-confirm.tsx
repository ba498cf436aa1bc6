import { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent } from '../../../../components/ui/alert-dialog'

interface DiscardKeyConfirmProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onDiscard: () => void
  /** The new key's name, as the list shows it: the confirmation names the key whose secret goes. */
  keyName: string
}

/**
 * Asked before the secret step closes any way but Done. What goes is the secret on screen, not the
 * key (it stays active), so it says "close", not "discard", and names the key.
 */
export function DiscardKeyConfirm({ open, onOpenChange, onDiscard, keyName }: DiscardKeyConfirmProps) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent
        title={
          <>
            Close without the secret of <bdi>{keyName}</bdi>?
          </>
        }
        description="Its secret will not be shown again. The key stays active: if you have not stored the secret, revoke the key and create a new one."
        footer={
          <>
            <AlertDialogCancel>Go back</AlertDialogCancel>
            {/* On a phone the buttons stack, the last on top: there Close, big and red, drew a quick thumb
                that lost the secret for good. It goes below Go back, the way that keeps it. */}
            <AlertDialogAction onClick={onDiscard} className="max-sm:order-first">
              Close
            </AlertDialogAction>
          </>
        }
      />
    </AlertDialog>
  )
}
