import { Icon } from '../../../../components/ui/icon'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Controller, useForm, useWatch, type DefaultValues } from 'react-hook-form'
import { DESCRIPTION_MAX, NAME_MAX } from '../../../../api/api-key-schema'
import { codePointLength } from '../../../../api/text-length'
import {
  createApiKeyInputSchema,
  type CreateApiKeyBody,
  type CreateApiKeyInput,
  type CreatedApiKey,
} from '../../../../api/api-keys/create-api-key'
import { Button } from '../../../../components/ui/button'
import { cn } from '../../../../components/ui/cn'
import { DialogBody, DialogFooter } from '../../../../components/ui/dialog'
import { Field, Input, Textarea } from '../../../../components/ui/field'
import { LengthCount } from '../../../../components/ui/length-count'
import { RadioCards } from '../../../../components/ui/radio-cards'
import { CreateFailureAlert } from './create-failure-alert'
import { describeCreateFailure, type CreateFailure } from './create-failure'
import { CREATE_FORM_DEFAULTS, ENVIRONMENT_OPTIONS, TYPE_OPTIONS } from './create-key-options'
import { PermissionsField } from './permissions-field'
import { noteSecretShown } from '../../api/shown-secrets'
import { UncertainCreateKeys } from './uncertain-create-keys'
import { useUnseenUncertainCreates } from '../../api/find-uncertain-creates'
import type { UncertainAttempt } from '../../model/uncertain-create'
import { ScopeNeeded } from '../scope-needed'
import { useHandOverDraft, type DraftLink } from './create-draft'
import { RestoredDraft } from './restored-draft'
import { useStillWaiting } from '../../../../hooks/use-wait'
import { WaitLeftShort } from '../actions/failure-message'

interface CreateApiKeyFormProps {
  /** Sends the create; resolves with the new key, secret included. */
  submit: (body: CreateApiKeyBody) => Promise<CreatedApiKey>
  onCreated: (key: CreatedApiKey) => void
  onCancel: () => void
  /** Prefilled values (Create similar, Rotate); otherwise the form's own defaults. */
  defaultValues?: DefaultValues<CreateApiKeyInput>
  /** The submit button's words, idle and sending. */
  submitLabel?: string
  pendingLabel?: string
  /** Shown above the fields, e.g. what was carried over from another key. */
  intro?: ReactNode
  /** The create dialog keeps what an edited form held when it closed, and opens on it again. */
  draft?: DraftLink
}

export function CreateApiKeyForm({
  submit,
  onCreated,
  onCancel,
  defaultValues = CREATE_FORM_DEFAULTS,
  submitLabel = 'Create key',
  pendingLabel = 'Creating key…',
  intro,
  draft,
}: CreateApiKeyFormProps) {
  const formId = useId()
  const queryClient = useQueryClient()
  const form = useForm<CreateApiKeyInput, unknown, CreateApiKeyBody>({
    resolver: zodResolver(createApiKeyInputSchema),
    defaultValues,
  })
  const { control, register, formState } = form
  const { errors, isSubmitting } = formState
  const description = useWatch({ control, name: 'description' }) ?? ''
  const descriptionLength = codePointLength(description.trim())
  // The name's count shows as it nears its limit, counted as the server counts (an emoji can be several).
  const nameLength = codePointLength((useWatch({ control, name: 'name' }) ?? '').trim())
  const [failure, setFailure] = useState<CreateFailure | null>(null)
  // A 429's wait: sending again before it is over would only be refused again, and start a new wait.
  const waiting = useStillWaiting(failure?.wait)
  // What was sent when the answer went missing: the dialog looks for the keys it may have made.
  const [uncertain, setUncertain] = useState<UncertainAttempt | null>(null)
  // Shared with the lookup's own list below (one query): none found, the alert stops saying the key may exist.
  const { unseen } = useUnseenUncertainCreates(uncertain)
  const alertRef = useRef<HTMLDivElement>(null)
  // Set before React re-renders, so a double click cannot start a second create.
  const sending = useRef(false)
  // The key was made, or the person started over or cancelled: nothing is left to keep as a draft.
  const settled = useRef(false)
  useHandOverDraft(form, draft, settled)

  // A failure no field can show is announced, and focused so the keyboard starts from it.
  useEffect(() => {
    if (failure && failure.fields.length === 0) alertRef.current?.focus()
  }, [failure])

  async function send(body: CreateApiKeyBody) {
    setFailure(null)
    setUncertain(null)
    const sentAt = Date.now()
    try {
      const created = await submit(body)
      noteSecretShown(queryClient, created.id)
      settled.current = true
      onCreated(created)
    } catch (error) {
      const result = describeCreateFailure(error)
      result.fields.forEach(({ field, message }, index) => form.setError(field, { type: 'server', message }, { shouldFocus: index === 0 }))
      setFailure(result.message !== null || result.mayExist ? result : null)
      if (result.mayExist) setUncertain({ body, sentAt })
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sending.current || waiting) return
    sending.current = true
    void form.handleSubmit(send)(event).finally(() => {
      sending.current = false
    })
  }

  return (
    <>
      <DialogBody>
        <form id={formId} noValidate onSubmit={onSubmit} aria-busy={isSubmitting} className="space-y-5">
          {draft?.restored && (
            <RestoredDraft
              onStartOver={() => {
                settled.current = true
                draft.startOver()
              }}
            />
          )}
          {intro}
          {!failure && <ScopeNeeded scope="api-keys:write" className="text-sm" />}
          {failure && <CreateFailureAlert ref={alertRef} failure={failure} ruledOut={unseen?.length === 0} />}
          {uncertain && <UncertainCreateKeys attempt={uncertain} />}
          <Field
            label="Name"
            description="Shown in the list of keys. Pick one your team will recognise."
            error={errors.name?.message}
            aside={nameLength > NAME_MAX * 0.75 ? <LengthCount length={nameLength} max={NAME_MAX} /> : undefined}
          >
            {(props) => <Input {...props} {...register('name')} aria-required autoComplete="off" placeholder="e.g. CI deploys" />}
          </Field>
          <Field
            label="Description"
            optional
            error={errors.description?.message}
            aside={<LengthCount length={descriptionLength} max={DESCRIPTION_MAX} />}
          >
            {(props) => <Textarea {...props} {...register('description')} rows={2} placeholder="What uses this key, and who to ask about it" />}
          </Field>
          <Controller
            control={control}
            name="key_type"
            render={({ field, fieldState }) => (
              <Field kind="group" label="Type" error={fieldState.error?.message}>
                {(props) => <RadioCards {...props} ref={field.ref} options={TYPE_OPTIONS} value={field.value} onValueChange={field.onChange} aria-required />}
              </Field>
            )}
          />
          <Controller
            control={control}
            name="environment"
            render={({ field, fieldState }) => (
              <Field kind="group" label="Environment" error={fieldState.error?.message}>
                {(props) => (
                  <RadioCards {...props} ref={field.ref} columns={3} options={ENVIRONMENT_OPTIONS} value={field.value} onValueChange={field.onChange} aria-required />
                )}
              </Field>
            )}
          />
          <PermissionsField control={control} />
          {/* Stripe's and Unkey's forms ask for an expiry date, which users then look for here: the API has none (the CLI dropped --expires). */}
          <p className="text-xs text-zinc-600 dark:text-zinc-400">Keys have no expiry date to set: the Coval API has none. Rotate them instead; the Audit page shows which are due.</p>
        </form>
      </DialogBody>
      <DialogFooter>
        <Button
          variant="secondary"
          aria-disabled={isSubmitting}
          onClick={() => {
            if (isSubmitting) return
            // Cancel is a choice to throw the form away: no draft (Escape, the close button and a press outside keep one).
            settled.current = true
            onCancel()
          }}
        >
          Cancel
        </Button>
        <Button type="submit" form={formId} variant="primary" aria-disabled={isSubmitting || waiting || undefined} className={cn(isSubmitting && 'cursor-progress opacity-80')}>
          {isSubmitting && <Icon name="loader-circle" className="size-4 animate-spin" />}
          {isSubmitting ? pendingLabel : submitLabel}
          {/* During a 429's wait it says when it can be pressed again ("Create key in 5 s"). */}
          {!isSubmitting && waiting && failure?.wait && <WaitLeftShort key={failure.wait.until} until={failure.wait.until} />}
        </Button>
      </DialogFooter>
    </>
  )
}
