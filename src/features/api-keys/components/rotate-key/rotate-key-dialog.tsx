import { useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { onTouchScreen } from '../../../../lib/touch-screen'
import { Dialog, DialogContent } from '../../../../components/ui/dialog'
import { useToasts } from '../../../../components/ui/toast-store'
import { keyDisplayName } from '../../model/key-actions'
import { rotatedName, settingsFromKey } from '../../model/key-settings'
import { CreateApiKeyForm } from '../create-key/create-api-key-form'
import { DiscardKeyConfirm } from '../create-key/discard-key-confirm'
import { SecretStep } from '../create-key/secret-step'
import { CarriedOverIntro } from '../create-key/carried-over-intro'
import { RetireStep } from './retire-step'
import { retireLater, statusWord } from './rotation-choices'
import { RotationSummary } from './rotation-summary'
import { useRotation, type RotationStage } from './use-rotation'

export interface RotateKeyDialogProps {
  /** The key being replaced. */
  apiKey: ApiKey
  /** Called once the dialog has closed, whichever step it was at. */
  onClose: () => void
  /** Where focus goes on close; by default back to what had it when the dialog opened. */
  returnFocus?: () => void
}

const STEP_TEXT: Record<RotationStage['step'], string> = {
  review: 'Step 1 of 3: Review the replacement',
  secret: 'Step 2 of 3: Save the new secret',
  retire: 'Step 3 of 3: Retire the old key',
  // Not "Rotation complete" again: the dialog's description is read with the summary that says it.
  done: 'All 3 steps done',
}
const STEP_NUMBER: Record<RotationStage['step'], number> = { review: 1, secret: 2, retire: 3, done: 4 }

/** Rotation in one dialog: create a replacement like the old key, show its secret once, then retire the old key. */
export function RotateKeyDialog({ apiKey, onClose, returnFocus }: RotateKeyDialogProps) {
  const rotation = useRotation(apiKey)
  const toast = useToasts()
  const { stage } = rotation
  // Worked out once: the suggested name must not change under the user's typing at midnight.
  const [carried] = useState(() => settingsFromKey(apiKey, rotatedName(apiKey, new Date())))
  const [confirmingDiscard, setConfirmingDiscard] = useState(false)
  const oldName = keyDisplayName(apiKey)

  function close() {
    setConfirmingDiscard(false)
    rotation.closed()
    onClose()
  }

  function requestClose() {
    // Closing now would lose the answer: the secret on its way, or which state the old key is in.
    if (rotation.busy) return
    if (stage.step === 'secret') return setConfirmingDiscard(true)
    if (stage.step === 'retire') {
      toast.info(`${oldName} is still ${statusWord(apiKey)}`, {
        description: `Its replacement ${keyDisplayName(stage.replacement)} (${stage.replacement.id}) is Active. ${retireLater(apiKey, 'the old key')}`,
      })
    }
    close()
  }

  return (
    <Dialog open onOpenChange={(next) => !next && requestClose()}>
      <DialogContent
        size="lg"
        // The secret step asks before closing (as Escape does); the summary has nothing left to lose.
        outsidePress={stage.step === 'secret' || stage.step === 'done' ? 'close' : 'closeUntilEdited'}
        title={
          <>
            Rotate <bdi>{oldName}</bdi>
          </>
        }
        description={<StepIndicator step={stage.step} />}
        // On a touch screen the dialog itself takes the focus, not the carried-over name (selected as it is focused):
        // focus there raised the phone's keyboard over Create replacement, and a stray key replaced the whole name.
        onOpenAutoFocus={(event) => {
          if (!onTouchScreen() || !(event.currentTarget instanceof HTMLElement)) return
          event.preventDefault()
          event.currentTarget.focus({ preventScroll: true })
        }}
        onCloseAutoFocus={
          returnFocus &&
          ((event) => {
            event.preventDefault()
            returnFocus()
          })
        }
      >
        {stage.step === 'review' && (
          <CreateApiKeyForm
            submit={rotation.create.mutateAsync}
            onCreated={rotation.created}
            onCancel={requestClose}
            defaultValues={carried.values}
            submitLabel="Create replacement"
            pendingLabel="Creating replacement…"
            intro={<CarriedOverIntro oldKey={apiKey} carried={carried} purpose="rotate" />}
          />
        )}
        {stage.step === 'secret' && <SecretStep apiKey={stage.created} onDone={rotation.secretStored} doneLabel="Continue to retire the old key" />}
        {stage.step === 'retire' && (
          <RetireStep
            oldKey={apiKey}
            replacement={stage.replacement}
            failure={rotation.failure}
            pending={rotation.retiring}
            onFinish={(choice) => void rotation.retire(choice)}
            onKeep={() => void rotation.retire('keep')}
          />
        )}
        {stage.step === 'done' && <RotationSummary replacement={stage.replacement} oldKey={stage.oldKey} choice={stage.choice} onClose={close} />}
        {stage.step === 'secret' && <DiscardKeyConfirm open={confirmingDiscard} onOpenChange={setConfirmingDiscard} onDiscard={close} keyName={keyDisplayName(stage.created)} />}
      </DialogContent>
    </Dialog>
  )
}

/** The step in words, and three bars for the eye. */
function StepIndicator({ step }: { step: RotationStage['step'] }) {
  const number = STEP_NUMBER[step]
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span aria-hidden className="flex gap-1">
        {[1, 2, 3].map((n) => (
          <span key={n} className={n <= number ? 'h-1.5 w-6 rounded-full bg-indigo-600 dark:bg-indigo-400' : 'h-1.5 w-6 rounded-full bg-zinc-300 dark:bg-zinc-700'} />
        ))}
      </span>
      <span className="font-medium text-zinc-800 dark:text-zinc-200">{STEP_TEXT[step]}</span>
    </span>
  )
}
