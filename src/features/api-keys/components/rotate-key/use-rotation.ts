import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { CreatedApiKey } from '../../../../api/api-keys/create-api-key'
import { useToasts, type ToastStore } from '../../../../components/ui/toast-store'
import { useCreateApiKey } from '../../api/use-create-api-key'
import { useUpdateApiKeyStatus } from '../../api/use-update-api-key-status'
import { apiKeyKeys } from '../../api/query-keys'
import { ACTION_TARGET, keyDisplayName } from '../../model/key-actions'
import { rotationReason } from '../../model/key-settings'
import { otherAnswerDetail, otherAnswerOf, otherAnswerTitle, type OtherAnswer } from '../../model/status-answer'
import { describeRetireFailure, statusWord, type Replacement, type RetireChoice, type RetireFailure } from './rotation-choices'

export type RotationStage =
  | { step: 'review' }
  | { step: 'secret'; created: CreatedApiKey }
  | { step: 'retire'; replacement: Replacement }
  | { step: 'done'; replacement: Replacement; choice: RetireChoice; oldKey: ApiKey }

/** The three steps of a rotation and the requests between them; the secret lives only in `stage`. */
export function useRotation(oldKey: ApiKey) {
  const queryClient = useQueryClient()
  const toasts = useToasts()
  const create = useCreateApiKey()
  const { mutateAsync: updateStatus, isPending: retiring } = useUpdateApiKeyStatus()
  const [stage, setStage] = useState<RotationStage>({ step: 'review' })
  const [failure, setFailure] = useState<RetireFailure | null>(null)
  // Set before React re-renders, so a double press cannot send a second status change.
  const sending = useRef(false)

  function created(key: CreatedApiKey) {
    setStage({ step: 'secret', created: key })
    // The secret moves into this state; the mutation cache must not keep a copy.
    create.forgetResult()
    // This dialog is not inside a row, so the new row may show in the list at once.
    void queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() })
  }

  function secretStored() {
    if (stage.step !== 'secret') return
    setStage({ step: 'retire', replacement: { id: stage.created.id, name: stage.created.name } })
  }

  async function retire(choice: RetireChoice) {
    if (stage.step !== 'retire' || sending.current) return
    const { replacement } = stage
    const done = (key: ApiKey, other: OtherAnswer | null = null) => {
      setFailure(null)
      setStage({ step: 'done', replacement, choice, oldKey: key })
      announce(toasts, replacement, key, choice, other)
    }
    if (choice === 'keep') return done(oldKey)
    sending.current = true
    try {
      const updated = await updateStatus({ key: oldKey, status: ACTION_TARGET[choice], reason: rotationReason(replacement.id) })
      // The answer may leave fields out; the key is the same one, in the status the server answered.
      done({ ...oldKey, status: updated.status ?? ACTION_TARGET[choice] }, otherAnswerOf(ACTION_TARGET[choice], oldKey.status, updated))
    } catch (error) {
      setFailure(describeRetireFailure(choice, error))
    } finally {
      sending.current = false
    }
  }

  return {
    stage,
    failure,
    create,
    created,
    secretStored,
    retire,
    /** A request is under way whose answer the user must see. */
    busy: create.isPending || retiring,
    retiring,
    /** Resets the create mutation and refreshes the lists once the dialog has gone. */
    closed: create.dialogClosed,
  }
}

function announce(toast: ToastStore, replacement: Replacement, oldKey: ApiKey, choice: RetireChoice, other: OtherAnswer | null) {
  const oldName = keyDisplayName(oldKey)
  if (choice !== 'keep' && other) {
    // Answered 200 with another status than asked: say what the server says, as an error that stays.
    toast.error(otherAnswerTitle(oldName, other), { description: `${keyDisplayName(replacement)} replaces it and is Active. ${otherAnswerDetail(ACTION_TARGET[choice], other)}` })
    return
  }
  const oldState = choice === 'keep' ? `${oldName} is still ${statusWord(oldKey)}` : `${oldName} is ${statusWord(oldKey)}`
  toast.success(`${oldName} rotated`, { description: `${keyDisplayName(replacement)} replaces it and is Active. ${oldState}.` })
}
