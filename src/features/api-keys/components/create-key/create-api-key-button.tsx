import { Icon } from '../../../../components/ui/icon'
import type { ApiKey } from '../../../../api/api-key-schema'
import { useScopeDenied } from '../../../../api/denied-scopes'
import { useId, useRef, useState, type ReactNode } from 'react'
import { Button, type ButtonProps } from '../../../../components/ui/button'
import { lazyPart } from '../../../../components/ui/lazy-boundary'
import { closeCreateKeyDialog, openCreateKeyDialog, takeOpener, useCreateKeyDialog } from './create-key-dialog-store'

// The form, its validation and the secret step load on first use, off the first screen.
const CreateApiKeyDialog = lazyPart(() => import('./create-api-key-dialog'), (m) => m.CreateApiKeyDialog, 'the create-key form', { dismiss: (props) => props.onClosed })
/** Loads the dialog ahead (when the page is idle): its first opening then shows it at once. */
export const loadCreateApiKeyDialog = CreateApiKeyDialog.preload

const SCOPE_NEEDED = 'Needs api-keys:write'

export interface CreateApiKeyButtonProps {
  variant?: ButtonProps['variant']
  size?: ButtonProps['size']
  className?: string
  children?: ReactNode
  /** Create similar: the form starts from this key's settings. */
  similarTo?: ApiKey
}

/** Opens the create-key dialog. Any number may be on the page; they share one dialog. */
export function CreateApiKeyButton({ variant = 'primary', size = 'md', className, children = 'Create key', similarTo }: CreateApiKeyButtonProps) {
  const id = useId()
  const { open, similarTo: openedLike, isHost } = useCreateKeyDialog(id)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // After a 403 on a write it says what it needs (and stays usable: the key may be granted it meanwhile).
  const denied = useScopeDenied('api-keys:write')
  // Mounted from the first opening on, so closing runs the dialog's own close and focus return.
  const [everOpened, setEverOpened] = useState(false)
  if (open && !everOpened) setEverOpened(true)
  return (
    <>
      <Button
        ref={buttonRef}
        variant={variant}
        size={size}
        className={className}
        aria-haspopup="dialog"
        aria-describedby={denied ? `${id}-scope` : undefined}
        title={denied ? SCOPE_NEEDED : undefined}
        onClick={(event) => openCreateKeyDialog(event.currentTarget, similarTo ?? null)}
      >
        {similarTo ? <Icon name="copy-plus" className="size-4" /> : <Icon name="plus" className="size-4" />}
        {children}
      </Button>
      {denied && (
        <span id={`${id}-scope`} className="sr-only">
          {SCOPE_NEEDED}
        </span>
      )}
      {/* Closed before its code ever loaded (it failed): unmounted, so the next opening loads again. */}
      {isHost && everOpened && (open || CreateApiKeyDialog.isLoaded()) && (
        <CreateApiKeyDialog
          open={open}
          similarTo={openedLike}
          onClosed={closeCreateKeyDialog}
          // Back to the button that opened it; to this one when that button has left the page.
          returnFocus={() => (takeOpener() ?? buttonRef.current)?.focus({ preventScroll: true })}
        />
      )}
    </>
  )
}
