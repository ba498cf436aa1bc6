import { Icon } from './icon'
import { useId, useLayoutEffect, useRef, type ChangeEvent, type ComponentPropsWithRef, type ReactNode } from 'react'
import { cn } from './cn'

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'checked' | 'defaultChecked' | 'onChange'> & {
  /** Tri-state: 'indeterminate' shows a dash and is announced as mixed. */
  checked: boolean | 'indeterminate'
  /** The event is there for what it carries, e.g. whether Shift was held. */
  onCheckedChange?: (checked: boolean, event: ChangeEvent<HTMLInputElement>) => void
  /** A visible label, clickable; without one, label the box with aria-label or a <label htmlFor>. */
  label?: ReactNode
  /** A line under the label, tied to the box with aria-describedby. */
  description?: ReactNode
}

// Positioned, so the box paints over its label's wider touch target and a tap on it is the box's own.
const boxClassName =
  'peer relative size-4 shrink-0 cursor-pointer appearance-none rounded border border-zinc-400 bg-white outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white ' +
  'checked:border-indigo-600 checked:bg-indigo-600 indeterminate:border-indigo-600 indeterminate:bg-indigo-600 ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-600 ' +
  'dark:border-zinc-500 dark:bg-zinc-900 dark:focus-visible:ring-offset-zinc-900 dark:checked:border-indigo-400 dark:checked:bg-indigo-400 dark:indeterminate:border-indigo-400 dark:indeterminate:bg-indigo-400'
// Drawn over the box; currentColor keeps the mark visible in forced-colors mode, where backgrounds go.
const markClassName = 'pointer-events-none absolute inset-0 m-auto hidden size-3 text-white dark:text-zinc-950'

/**
 * A tri-state checkbox, optionally with its label. Native underneath: keyboard, forms and screen
 * readers get it right for free, and no script of its own joins the first screen.
 */
export function Checkbox({ label, description, className, id, checked, onCheckedChange, onKeyDown, ref, 'aria-describedby': describedBy, ...props }: CheckboxProps) {
  const fallbackId = useId()
  const boxId = id ?? fallbackId
  const descriptionId = description ? `${boxId}-description` : undefined
  const input = useRef<HTMLInputElement>(null)
  const mixed = checked === 'indeterminate'
  // The indeterminate state is a property only, not an attribute React can set.
  useLayoutEffect(() => {
    if (input.current) input.current.indeterminate = mixed
  }, [mixed])
  // Without a label of its own the box is its own <label>: on a touch screen its invisible edge takes a thumb's tap (40 px square).
  const Wrapper = label ? 'span' : 'label'
  const box = (
    <Wrapper
      htmlFor={label ? undefined : boxId}
      className={cn('relative inline-flex size-4 shrink-0', !label && "pointer-coarse:before:absolute pointer-coarse:before:-inset-3 pointer-coarse:before:content-['']", !label && className)}
    >
      <input
        ref={(node) => {
          input.current = node
          if (typeof ref === 'function') return ref(node)
          if (ref) ref.current = node
        }}
        type="checkbox"
        id={boxId}
        checked={checked === true}
        aria-checked={mixed ? 'mixed' : undefined}
        aria-describedby={cn(describedBy, descriptionId) || undefined}
        onChange={(event) => onCheckedChange?.(event.target.checked, event)}
        onKeyDown={(event) => {
          // As a checkbox should: Enter does not tick it, nor submit the form around it.
          if (event.key === 'Enter') event.preventDefault()
          onKeyDown?.(event)
        }}
        className={boxClassName}
        {...props}
      />
      <Icon name="check" strokeWidth={3} className={cn(markClassName, 'peer-checked:block')} />
      <Icon name="minus" strokeWidth={3} className={cn(markClassName, 'peer-indeterminate:block')} />
    </Wrapper>
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
