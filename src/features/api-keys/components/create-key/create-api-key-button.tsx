import { useId, type ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { useScopeDenied } from '../../../../api/denied-scopes'
import { Button, type ButtonProps } from '../../../../components/ui/button'
import { Icon } from '../../../../components/ui/icon'
import { useKeyDialogs } from '../key-dialogs/key-dialogs-context'
import { loadCreateApiKeyDialog } from './create-key-dialog-host'

const SCOPE_NEEDED = 'Needs api-keys:write'

export interface CreateApiKeyButtonProps {
  variant?: ButtonProps['variant']
  size?: ButtonProps['size']
  className?: string
  children?: ReactNode
  /** Create similar: the form starts from this key's settings. */
  similarTo?: ApiKey
}

/** Asks for the create-key dialog; the app renders that dialog once, whichever button asks. */
export function CreateApiKeyButton({ variant = 'primary', size = 'md', className, children = 'Create key', similarTo }: CreateApiKeyButtonProps) {
  const { openCreate } = useKeyDialogs()
  const id = useId()
  // After a 403 on a write it says what it needs (and stays usable: the key may be granted it meanwhile).
  const denied = useScopeDenied('api-keys:write')
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        aria-haspopup="dialog"
        aria-describedby={denied ? `${id}-scope` : undefined}
        title={denied ? SCOPE_NEEDED : undefined}
        data-opens="create-key"
        // A pointer on its way or focus arriving: the dialog's code starts loading before the click.
        onPointerEnter={() => void loadCreateApiKeyDialog()}
        onFocus={() => void loadCreateApiKeyDialog()}
        onClick={(event) => openCreate(event.currentTarget, similarTo ?? null)}
      >
        {similarTo ? <Icon name="copy-plus" className="size-4" /> : <Icon name="plus" className="size-4" />}
        {children}
      </Button>
      {denied && (
        <span id={`${id}-scope`} className="sr-only">
          {SCOPE_NEEDED}
        </span>
      )}
    </>
  )
}
