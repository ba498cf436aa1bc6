import { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent } from '../../../../components/ui/alert-dialog'

interface DiscardKeyConfirmProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onDiscard: () => void
}

/** Asked before the secret step closes any way but Done. */
export function DiscardKeyConfirm({ open, onOpenChange, onDiscard }: DiscardKeyConfirmProps) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent
        title="Discard this key?"
        description="Its secret will not be shown again. The key itself stays active: if you have not stored the secret, revoke the key and create a new one."
        footer={
          <>
            <AlertDialogCancel>Go back</AlertDialogCancel>
            <AlertDialogAction onClick={onDiscard}>Discard</AlertDialogAction>
          </>
        }
      />
    </AlertDialog>
  )
}
