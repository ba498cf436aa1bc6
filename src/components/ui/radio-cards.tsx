import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'
import { cn } from './cn'

export interface RadioCardOption<T extends string> {
  value: T
  label: ReactNode
  /** One line on what the choice is for; tied to the radio with aria-describedby. */
  description?: ReactNode
  icon?: ReactNode
}

type RootProps = Omit<ComponentPropsWithRef<'div'>, 'children' | 'onChange' | 'defaultValue'>

export type RadioCardsProps<T extends string> = RootProps & {
  options: readonly RadioCardOption<T>[]
  /** `undefined` shows no choice made yet (the group stays controlled). */
  value: T | undefined
  onValueChange: (value: T) => void
  columns?: 1 | 2 | 3
}

const COLUMNS = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' } as const

/**
 * A radio group drawn as cards, on the browser's own radio buttons: arrow keys move between
 * choices and choose, Tab enters at the choice. Focusing the group (as a form does for its first
 * invalid field) focuses the chosen card, or the first. Enter does not submit the form from a
 * choice, as with the ARIA radio pattern the cards followed before.
 *
 * Native radios rather than Radix's: Radix measures each hidden form input and reads each
 * indicator's computed style while the dialog mounts, which forced style and layout twice in the
 * Create dialog's first open.
 */
export function RadioCards<T extends string>({ options, value, onValueChange, columns = 2, className, onFocus, onKeyDown, ...props }: RadioCardsProps<T>) {
  const id = useId()
  return (
    <div
      role="radiogroup"
      tabIndex={-1}
      onFocus={(event) => {
        // The group itself was focused (a form's invalid field, a dialog's first field): hand it to a card.
        if (event.target === event.currentTarget) {
          const radios = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>('input[type=radio]'))
          ;(radios.find((radio) => radio.checked) ?? radios[0])?.focus()
        }
        onFocus?.(event)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') event.preventDefault()
        onKeyDown?.(event)
      }}
      className={cn('grid grid-cols-1 gap-2 rounded-lg outline-none', COLUMNS[columns], className)}
      {...props}
    >
      {options.map((option) => {
        const itemId = `${id}-${option.value}`
        const descriptionId = option.description ? `${itemId}-description` : undefined
        return (
          <div
            key={option.value}
            className={cn(
              // isolate: the radio's z-10 (above the label's cover) stays inside its card, under a dialog's pinned footer.
              'relative isolate flex items-start gap-3 rounded-lg border border-zinc-300 bg-white p-3 transition-colors hover:border-zinc-400',
              'has-checked:border-indigo-600 has-checked:bg-indigo-50/60 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 dark:has-[:focus-visible]:outline-indigo-400',
              'dark:border-zinc-700 dark:bg-zinc-950 dark:hover:border-zinc-500 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950/40',
              props['aria-invalid'] && value === undefined && 'border-red-600 dark:border-red-500',
            )}
          >
            <input
              type="radio"
              id={itemId}
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onValueChange(option.value)}
              aria-describedby={descriptionId}
              // The dot is an inset shadow in the card's own background colour, inside the ring.
              className="relative z-10 mt-0.5 size-4 shrink-0 cursor-pointer appearance-none rounded-full border border-zinc-400 bg-white outline-none checked:border-indigo-600 checked:bg-indigo-600 checked:shadow-[inset_0_0_0_3px_white] dark:border-zinc-500 dark:bg-zinc-900 dark:checked:border-indigo-400 dark:checked:bg-indigo-400 dark:checked:shadow-[inset_0_0_0_3px_var(--color-zinc-900)]"
            />
            <div className="min-w-0 text-sm">
              {/* The label's ::after covers the card, so a click anywhere on it chooses it. */}
              <label htmlFor={itemId} className="flex cursor-pointer items-center gap-1.5 font-medium after:absolute after:inset-0 after:content-['']">
                {option.icon}
                {option.label}
              </label>
              {option.description && (
                <p id={descriptionId} className="mt-0.5 text-zinc-600 dark:text-zinc-400">
                  {option.description}
                </p>
              )}
            </div>
          </div>
        )
      })}
    </div>
  )
}
