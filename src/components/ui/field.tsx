import { Icon } from './icon'
import { useEffect, useId, useRef, type ComponentPropsWithRef, type ReactNode } from 'react'
import { cn } from './cn'

/** What a form control needs to be tied to its label, description and error. */
export interface FieldControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  /** Set for `kind="group"`, whose label is not a <label>. */
  'aria-labelledby'?: string
}

export interface FieldProps {
  label: ReactNode
  description?: ReactNode
  error?: string
  /** Shown under the control at the right, e.g. a character counter; read with the description. */
  aside?: ReactNode
  /** Marks the label "(optional)"; fields are required unless said otherwise. */
  optional?: boolean
  /** `group` for radio groups and checkbox grids, labelled by aria-labelledby instead of <label for>. */
  kind?: 'control' | 'group'
  /** The error above the control, for a control taller than a screen (a grid of scopes): seen where focus lands. Not with `aside`. */
  errorAbove?: boolean
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

/** A label, a control, its description and its error, wired together for assistive technology. */
export function Field({ label, description, error, aside, optional, kind = 'control', errorAbove = false, className, children }: FieldProps) {
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const errorRegion = useRef<HTMLDivElement>(null)
  // A message that appears for the field being worked on (focused there by a failed submit, or typed
  // into) is brought into view: on a phone it could sit under a dialog's pinned footer. The whole
  // field first, where it fits, so its label is read with it: at 320 px the Environment group's
  // first radio was scrolled to the top, its label under the dialog's pinned header.
  useEffect(() => {
    const focused = document.activeElement
    if (!error || !(focused instanceof HTMLElement) || !root.current?.contains(focused)) return
    root.current.scrollIntoView({ block: 'nearest' })
    errorRegion.current?.scrollIntoView({ block: 'nearest' })
    focused.scrollIntoView({ block: 'nearest' })
  }, [error])
  const labelId = `${id}-label`
  const ids = {
    description: description ? `${id}-description` : undefined,
    aside: aside ? `${id}-aside` : undefined,
    error: error ? `${id}-error` : undefined,
  }
  const describedBy = cn(ids.error, ids.description, ids.aside) || undefined
  const labelContent = (
    <>
      {label}
      {optional && <span className="font-normal text-zinc-500 dark:text-zinc-400"> (optional)</span>}
    </>
  )
  // The error's live region is there from the start, so a message that appears is said where the
  // focus already is (Enter in the field, a slip while typing); the counter beside it is not.
  const errorText = error ? <FieldError id={ids.error}>{error}</FieldError> : null
  const liveError = (
    <div ref={errorRegion} aria-live="polite" className={error ? 'mt-1.5' : undefined}>
      {errorText}
    </div>
  )
  return (
    <div ref={root} className={className}>
      {kind === 'control' ? (
        <label id={labelId} htmlFor={id} className="block text-sm font-medium">
          {labelContent}
        </label>
      ) : (
        <div id={labelId} className="text-sm font-medium">
          {labelContent}
        </div>
      )}
      {description && (
        <p id={ids.description} className="mt-1.5 text-sm text-zinc-600 dark:text-zinc-400">
          {description}
        </p>
      )}
      {errorAbove && !aside && liveError}
      <div className="mt-1.5">
        {children({
          id,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          'aria-labelledby': kind === 'group' ? labelId : undefined,
        })}
      </div>
      {aside ? (
        <div className="mt-1.5 flex items-start justify-between gap-3">
          <div ref={errorRegion} aria-live="polite" className="min-w-0">
            {errorText}
          </div>
          <span id={ids.aside} className="shrink-0 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {aside}
          </span>
        </div>
      ) : (
        !errorAbove && liveError
      )}
    </div>
  )
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm text-red-700 dark:text-red-400">
      <Icon name="circle-alert" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  )
}

const controlClassName =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs outline-none placeholder:text-zinc-400 ' +
  'focus-visible:border-indigo-500 focus-visible:ring-2 focus-visible:ring-indigo-500/30 read-only:bg-zinc-50 ' +
  'aria-invalid:border-red-600 aria-invalid:focus-visible:ring-red-500/30 ' +
  'dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-500 dark:read-only:bg-zinc-900 dark:aria-invalid:border-red-500'

export function Input({ className, ...props }: ComponentPropsWithRef<'input'>) {
  return <input className={cn(controlClassName, 'h-9', className)} {...props} />
}

export function Textarea({ className, ...props }: ComponentPropsWithRef<'textarea'>) {
  return <textarea className={cn(controlClassName, 'min-h-20 resize-y', className)} {...props} />
}
