import { CopyPlus, Plus } from 'lucide-react'
import type { ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import { Button, type ButtonProps } from '../../../../components/ui/button'
import { useKeyDialogs } from '../key-dialogs/key-dialogs-context'

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
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      aria-haspopup="dialog"
      data-opens="create-key"
      onClick={(event) => openCreate(event.currentTarget, similarTo ?? null)}
    >
      {similarTo ? <CopyPlus aria-hidden className="size-4" /> : <Plus aria-hidden className="size-4" />}
      {children}
    </Button>
  )
}
