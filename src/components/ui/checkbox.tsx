import { Check, Minus } from 'lucide-react'
import { Checkbox as CheckboxPrimitive } from 'radix-ui'
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'
import { cn } from './cn'

export type CheckboxProps = ComponentPropsWithRef<typeof CheckboxPrimitive.Root> & {
  /** A visible label, clickable; without one, label the box with aria-label or a <label htmlFor>. */
  label?: ReactNode
  /** A line under the label, tied to the box with aria-describedby. */
  description?: ReactNode
}

const boxClassName =
  'inline-flex size-4 shrink-0 items-center justify-center rounded border border-zinc-400 bg-white text-white outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white ' +
  'data-[state=checked]:border-indigo-600 data-[state=checked]:bg-indigo-600 data-[state=indeterminate]:border-indigo-600 data-[state=indeterminate]:bg-indigo-600 ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-600 ' +
  'dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-950 dark:focus-visible:ring-offset-zinc-900 dark:data-[state=checked]:border-indigo-400 dark:data-[state=checked]:bg-indigo-400 dark:data-[state=indeterminate]:border-indigo-400 dark:data-[state=indeterminate]:bg-indigo-400'

/** A tri-state checkbox (checked, unchecked, 'indeterminate'), optionally with its label. */
export function Checkbox({ label, description, className, id, 'aria-describedby': describedBy, ...props }: CheckboxProps) {
  const fallbackId = useId()
  const boxId = id ?? fallbackId
  const descriptionId = description ? `${boxId}-description` : undefined
  const box = (
    <CheckboxPrimitive.Root
      id={boxId}
      aria-describedby={cn(describedBy, descriptionId) || undefined}
      className={cn(boxClassName, !label && className)}
      {...props}
    >
      <CheckboxPrimitive.Indicator className="group">
        <Check aria-hidden strokeWidth={3} className="size-3 group-data-[state=indeterminate]:hidden" />
        <Minus aria-hidden strokeWidth={3} className="hidden size-3 group-data-[state=indeterminate]:block" />
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  )
  if (!label) return box
  return (
    <div className={cn('flex items-start gap-2.5', className)}>
      <span className="flex h-5 items-center">{box}</span>
      <span className="min-w-0 text-sm">
        <label htmlFor={boxId} className="cursor-pointer font-medium">
          {label}
        </label>
        {description && (
          <span id={descriptionId} className="block text-zinc-600 dark:text-zinc-400">
            {description}
          </span>
        )}
      </span>
    </div>
  )
}
