import { Icon } from '../../../../components/ui/icon'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button } from '../../../../components/ui/button'
import { cn } from '../../../../components/ui/cn'
import { DialogBody, DialogFooter } from '../../../../components/ui/dialog'
import { Field } from '../../../../components/ui/field'
import { RadioCards, type RadioCardOption } from '../../../../components/ui/radio-cards'
import { ConfirmPhraseField } from '../actions/action-fields'
import { confirmationPhrase, confirmedBy, keyDisplayName } from '../../model/key-actions'
import { rotationReason } from '../../model/key-settings'
import { matchesConfirmPhrase } from '../../model/confirm-phrase'
import { formatRelative } from '../../model/format-time'
import { lastUseOf } from '../../model/last-use'
import { useHeldWhile } from '../../../../hooks/use-held-while'
import { useNow } from '../../../../hooks/use-now'
import { RetireFailureAlert } from './retire-failure-alert'
import { keepLabel, retireChoices, retireLater, type Replacement, type RetireChoice, type RetireFailure } from './rotation-choices'

interface RetireStepProps {
  oldKey: ApiKey
  replacement: Replacement
  /** What went wrong with the last try; null before a try or after success. */
  failure: RetireFailure | null
  pending: boolean
  onFinish: (choice: RetireChoice) => void
  /** Leaves the old key as it is and closes. */
  onKeep: () => void
}

function choiceOptions(oldKey: ApiKey): RadioCardOption<RetireChoice>[] {
  const all: Record<RetireChoice, RadioCardOption<RetireChoice>> = {
    suspend: { value: 'suspend', label: 'Suspend now', description: 'Requests with it are refused at once. You can reactivate it if something still needs it.' },
    revoke: { value: 'revoke', label: 'Revoke now', description: 'It stops working for good. This cannot be undone.' },
    keep: { value: 'keep', label: keepLabel(oldKey), description: retireLater(oldKey) },
  }
  return retireChoices(oldKey).map((choice) => all[choice])
}

/** Step 3: what happens to the old key now that its replacement exists. */
export function RetireStep({ oldKey: current, replacement, failure, pending, onFinish, onKeep }: RetireStepProps) {
  // While Finish waits, the cache already shows the old key suspended or revoked (the change is
  // optimistic): the step reads as it did when Finish was pressed until the server answers. It
  // dropped Suspend now, unchecked the choice and said "Keep suspended for now" mid-request.
  const oldKey = useHeldWhile(pending, current)
  const now = useNow()
  const formId = useId()
  const groupRef = useRef<HTMLDivElement>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const [choice, setChoice] = useState<RetireChoice | undefined>(undefined)
  const [typed, setTyped] = useState('')
  const [tried, setTried] = useState(false)
  const phraseRef = useRef<HTMLInputElement>(null)
  const oldName = keyDisplayName(oldKey)
  const phrase = confirmationPhrase(oldKey)
  const ready = choice !== undefined && (choice !== 'revoke' || matchesConfirmPhrase(typed, phrase))
  const lastUse = lastUseOf(oldKey, now)

  // The secret step that had focus is gone: start on the choice, read with what it is about. The
  // step still opens at its top, so a phone shows the question first; the focused choice is then
  // scrolled only as far as it must be to be seen (focusing alone scrolled the question away).
  const bodyRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    groupRef.current?.focus({ preventScroll: true })
    if (bodyRef.current) bodyRef.current.scrollTop = 0
    if (document.activeElement instanceof HTMLElement) document.activeElement.scrollIntoView({ block: 'nearest' })
  }, [])
  // A failure is announced, and focused so the keyboard starts from it.
  useEffect(() => {
    if (failure) alertRef.current?.focus()
  }, [failure])

  // A new choice starts afresh: a field it brings is not wrong before it is filled.
  const choose = (next: RetireChoice) => {
    setChoice(next)
    setTried(false)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (pending) return
    if (ready) return onFinish(choice)
    // Finish is unavailable but not disabled: pressing it says what is missing and goes there.
    setTried(true)
    if (choice === undefined) groupRef.current?.focus()
    else phraseRef.current?.focus()
  }

  return (
    <>
      <DialogBody ref={bodyRef}>
        <form id={formId} noValidate onSubmit={submit} aria-busy={pending} className="space-y-4">
          {failure && <RetireFailureAlert ref={alertRef} failure={failure} replacement={replacement} oldKey={oldKey} />}
          <Field
            kind="group"
            error={tried && choice === undefined ? 'Choose what happens to the old key.' : undefined}
            label={
              <>
                What happens to <bdi>{oldName}</bdi> now?
              </>
            }
            description={
              <>
                <bdi className="font-medium">{keyDisplayName(replacement)}</bdi> (<span className="font-mono [overflow-wrap:anywhere]">{replacement.id}</span>) is active. Put its secret
                in place before you suspend or revoke the old key.
                {lastUse.kind === 'used' && (
                  <strong className={cn('mt-1 block font-medium', lastUse.inUse && 'text-amber-800 dark:text-amber-300')}>
                    {lastUse.inUse ? 'In use: ' : ''}
                    <bdi>{oldName}</bdi> was last used {formatRelative(lastUse.iso, now)}
                    {lastUse.inUse ? '; clients using it will fail once it is suspended or revoked.' : '.'}
                  </strong>
                )}
                {lastUse.kind === 'never' && <span className="mt-1 block">The old key has never been used.</span>}
              </>
            }
          >
            {(props) => <RadioCards {...props} ref={groupRef} columns={1} options={choiceOptions(oldKey)} value={choice} onValueChange={choose} />}
          </Field>
          {choice === 'revoke' && <ConfirmPhraseField phrase={phrase} kind={confirmedBy(oldKey)} value={typed} onChange={setTyped} tried={tried} inputRef={phraseRef} />}
          {choice !== undefined && choice !== 'keep' && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Sent with the change, for the audit trail: <q className="[overflow-wrap:anywhere]">{rotationReason(replacement.id)}</q>
            </p>
          )}
        </form>
      </DialogBody>
      <DialogFooter>
        {failure && (
          <Button aria-disabled={pending} onClick={() => !pending && onKeep()}>
            {keepLabel(oldKey, true)}
          </Button>
        )}
        <Button
          type="submit"
          form={formId}
          variant={choice === 'revoke' ? 'danger' : 'primary'}
          aria-disabled={!ready || pending || undefined}
          className={cn(pending && 'cursor-progress opacity-80')}
        >
          {pending && <Icon name="loader-circle" className="size-4 animate-spin" />}
          {pending ? 'Finishing…' : failure ? 'Retry' : 'Finish'}
        </Button>
      </DialogFooter>
    </>
  )
}
