import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApiClient } from '../../../../hooks/use-api-client'
import { disableViewKeyWhenGone } from './view-key-offer'
import type { CreatedApiKey } from '../../../../api/api-keys/create-api-key'
import { Dialog, DialogContent } from '../../../../components/ui/dialog'
import { useCreateApiKey } from '../../api/use-create-api-key'
import { CreateApiKeyForm } from './create-api-key-form'
import { DiscardKeyConfirm } from './discard-key-confirm'
import { SecretStep } from './secret-step'
import { similarFormProps } from './similar-form-props'
import { useCreateDraft } from './create-draft'
import { CREATE_FORM_DEFAULTS } from './create-key-options'
import type { ApiKey } from '../../../../api/api-key-schema'
import { keyDisplayName } from '../../model/key-actions'
import { viewLeavesOut } from '../../model/view-leaves-out'
import { parseListView } from '../../model/list-view'
import { isKeysPagePath, keyDetailPath } from '../../model/key-path'
import { useToasts, type ToastAction } from '../../../../components/ui/toast-store'
import { navigateTo } from '../../../../hooks/use-location-search'

interface CreateApiKeyDialogProps {
  open: boolean
  /** Create similar: the form starts from this key's settings. */
  similarTo?: ApiKey | null
  /** Called once the dialog has closed (Cancel, Done, a confirmed discard). */
  onClosed: () => void
  /** Where focus goes when the dialog closes. */
  returnFocus: () => void
  /** Typed while the dialog's code loaded (`c`, then a name at once): Name gets it, as if typed there. */
  typed?: string
}

/** The create form, then, in the same dialog, the new key's secret. */
export function CreateApiKeyDialog({ open, similarTo = null, onClosed, returnFocus, typed = '' }: CreateApiKeyDialogProps) {
  const create = useCreateApiKey()
  // The only place the secret lives: this state, dropped on close.
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const [confirmingDiscard, setConfirmingDiscard] = useState(false)

  const toasts = useToasts()
  const queryClient = useQueryClient()
  const api = useApiClient()
  const similar = similarTo ? similarFormProps(similarTo) : null
  const { formKey, defaultValues, draft } = useCreateDraft(similarTo?.id ?? 'new', similar?.defaultValues ?? CREATE_FORM_DEFAULTS)

  function close() {
    // Said once the secret has gone: the key exists, and where the list shows it (or that it does not).
    if (created) {
      const note = createdNote(created)
      const id = toasts.success(`${keyDisplayName(created)} created`, note)
      // Only what the toast needs of the key: the secret goes with this dialog's state.
      if (note.action) disableViewKeyWhenGone({ queryClient, api, toasts }, id, { id: created.id, name: keyDisplayName(created) })
    }
    setCreated(null)
    setConfirmingDiscard(false)
    create.dialogClosed()
    onClosed()
  }

  function requestClose() {
    // Closing now would throw away the secret the server is about to send.
    if (create.isPending) return
    if (created) setConfirmingDiscard(true)
    else close()
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !next && requestClose()}>
      <DialogContent
        role={created ? 'alertdialog' : 'dialog'}
        size="lg"
        // Once the secret is shown, a press outside asks before it closes, as Escape does.
        outsidePress={created ? 'close' : 'closeUntilEdited'}
        title={created ? 'Save your secret key' : similarTo ? `Create a key like ${keyDisplayName(similarTo)}` : 'Create API key'}
        description={
          created
            ? 'Copy the secret and store it somewhere safe, such as your secrets manager.'
            : 'Keys let servers, CI jobs and people call the Coval API.'
        }
        // Name first, as always, even with a restored draft's Start over above it.
        onOpenAutoFocus={(event) => {
          if (focusName(event.currentTarget instanceof HTMLElement ? event.currentTarget : null, typed)) event.preventDefault()
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          returnFocus()
        }}
      >
        {created ? (
          <SecretStep apiKey={created} onDone={close} />
        ) : (
          <CreateApiKeyForm
            // A new start for each key it copies from, and for each Start over.
            key={formKey}
            intro={similar?.intro}
            defaultValues={defaultValues}
            draft={draft}
            submit={create.mutateAsync}
            onCreated={(key) => {
              setCreated(key)
              // The secret moves into this dialog's state; the mutation cache must not keep a copy.
              create.forgetResult()
            }}
            onCancel={requestClose}
          />
        )}
        {created && <DiscardKeyConfirm open={confirmingDiscard} onOpenChange={setConfirmingDiscard} onDiscard={close} keyName={keyDisplayName(created)} />}
      </DialogContent>
    </Dialog>
  )
}

/** On the keys page, whether its filters or search hide the key just created. */
/**
 * What the toast adds to "… created": where the list hides the new key, that it does and why; and
 * wherever the key is out of sight (a key's page after Create similar, the audit page, a list that
 * hides it, a later page, another order), a way to its page. Its action keeps the toast until used
 * or dismissed (WCAG 2.2.1). In sight: the first page of newest first, which the new key heads.
 */
function createdNote(key: CreatedApiKey): { description?: string; action?: ToastAction } {
  // The path alone is kept for the button: a closure over `key` would keep its secret for the toast's life.
  const path = keyDetailPath(key.id)
  const view: ToastAction = { label: 'View key', onClick: () => navigateTo(path, 'push', true) }
  if (!isKeysPagePath(window.location.pathname)) return { action: view }
  const search = window.location.search
  if (viewLeavesOut(key, search, Date.now())) return { description: 'This list’s filters or search hide it. Clear them to see it.', action: view }
  const { page, sort } = parseListView(new URLSearchParams(search))
  const headsTheList = page === 1 && (sort === null || (sort.field === 'create_time' && sort.desc))
  return headsTheList ? {} : { action: view }
}

/** Puts the focus in the form's Name field; false when there is none (the secret step). */
function focusName(container: HTMLElement | null, typed: string): boolean {
  const name = container?.querySelector<HTMLInputElement>('input[name="name"]')
  if (!name) return false
  name.focus()
  // As typed there: at the end of what Name holds (a restored draft's), one step for Undo, and the
  // form hears it as input.
  if (typed) {
    name.setSelectionRange(name.value.length, name.value.length)
    if (!document.execCommand('insertText', false, typed)) insertByHand(name, typed)
  }
  return true
}

/** Where execCommand is not (jsdom): the value set as React's input reads it, then its input event. */
function insertByHand(field: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  setter?.call(field, field.value + text)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
