import { AlertDialog as AlertDialogPrimitive } from 'radix-ui'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { Button, type ButtonProps } from './button'
import { cn } from './cn'
import { DialogBody, DialogFooter, contentClassName, titleClassName, useDialogBox, useReturnFocus } from './dialog'
import { ModalOverlay } from './modal-overlay'

export const AlertDialog = AlertDialogPrimitive.Root

type ContentProps = Omit<ComponentPropsWithoutRef<typeof AlertDialogPrimitive.Content>, 'title'>

export type AlertDialogContentProps = ContentProps & {
  title: ReactNode
  /** What happens if the user goes ahead; read out when the dialog opens. */
  description: ReactNode
  /** Extra content between the description and the actions (a reason field, a name to type). */
  children?: ReactNode
  /** The actions, usually an AlertDialogCancel then an AlertDialogAction. */
  footer: ReactNode
}

/**
 * A confirmation that needs an answer: no close button, the overlay does not dismiss it, Escape
 * cancels, and focus starts on Cancel (the least destructive choice).
 */
export function AlertDialogContent({ title, description, children, footer, className, ...props }: AlertDialogContentProps) {
  const returnFocus = useReturnFocus(props)
  // As a dialog's: scrolls as a whole when cramped, the focus kept in sight; close requests are its Escape.
  const box = useDialogBox()
  return (
    <AlertDialogPrimitive.Portal>
      <ModalOverlay />
      <AlertDialogPrimitive.Content ref={box} {...props} {...returnFocus} className={cn(contentClassName, 'sm:max-w-md', className)}>
        <div className="space-y-2 px-5 pt-5 pb-2 sm:px-6 sm:pt-6">
          <AlertDialogPrimitive.Title className={titleClassName}>{title}</AlertDialogPrimitive.Title>
          <AlertDialogPrimitive.Description className="text-sm text-zinc-600 dark:text-zinc-400">{description}</AlertDialogPrimitive.Description>
        </div>
        {children ? <DialogBody>{children}</DialogBody> : <div className="h-2" />}
        <DialogFooter>{footer}</DialogFooter>
      </AlertDialogPrimitive.Content>
    </AlertDialogPrimitive.Portal>
  )
}

/** Closes without doing anything; gets the initial focus. */
export function AlertDialogCancel({ children = 'Cancel', ...props }: Omit<ButtonProps, 'variant'>) {
  return (
    <AlertDialogPrimitive.Cancel asChild>
      <Button variant="secondary" {...props}>
        {children}
      </Button>
    </AlertDialogPrimitive.Cancel>
  )
}

/** Does the thing and closes. For work that must finish before closing, use a plain Button instead. */
export function AlertDialogAction({ variant = 'danger', ...props }: ButtonProps) {
  return (
    <AlertDialogPrimitive.Action asChild>
      <Button variant={variant} {...props} />
    </AlertDialogPrimitive.Action>
  )
}
