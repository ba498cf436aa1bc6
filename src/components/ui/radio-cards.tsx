import { RadioGroup as RadioGroupPrimitive } from 'radix-ui'
import { useId, useRef, type ComponentPropsWithRef, type ReactNode } from 'react'
import { cn } from './cn'

export interface RadioCardOption<T extends string> {
  value: T
  label: ReactNode
  /** One line on what the choice is for; tied to the radio with aria-describedby. */
  description?: ReactNode
  icon?: ReactNode
}

type RootProps = Omit<ComponentPropsWithRef<typeof RadioGroupPrimitive.Root>, 'value' | 'defaultValue' | 'onValueChange' | 'children'>

export type RadioCardsProps<T extends string> = RootProps & {
  options: readonly RadioCardOption<T>[]
  /** `undefined` shows no choice made yet (the group stays controlled). */
  value: T | undefined
  onValueChange: (value: T) => void
  columns?: 1 | 2 | 3
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'])

const COLUMNS = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' } as const

/**
 * A radio group drawn as cards. Arrow keys move between choices; focusing the group (as a form
 * does for its first invalid field) focuses the chosen card, or the first.
 */
export function RadioCards<T extends string>({ options, value, onValueChange, columns = 2, className, onKeyDown, onBlur, ...props }: RadioCardsProps<T>) {
  const id = useId()
  // Radix moves focus on a timer after an arrow's keydown and selects only if the key is still
  // down then; on a busy machine a quick press was released first and nothing was chosen. An
  // arrow press here marks the next focus inside the group as the choice, whatever the timing.
  const arrowPressed = useRef(false)
  return (
    <RadioGroupPrimitive.Root
      onKeyDown={(event) => {
        arrowPressed.current = ARROWS.has(event.key)
        onKeyDown?.(event)
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) arrowPressed.current = false
        onBlur?.(event)
      }}
      value={value ?? ''}
      onValueChange={(next) => {
        const option = options.find((o) => o.value === next)
        if (option) onValueChange(option.value)
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
              'relative flex items-start gap-3 rounded-lg border border-zinc-300 bg-white p-3 transition-colors hover:border-zinc-400',
              'has-[button[data-state=checked]]:border-indigo-600 has-[button[data-state=checked]]:bg-indigo-50/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500/40',
              'dark:border-zinc-700 dark:bg-zinc-950 dark:hover:border-zinc-500 dark:has-[button[data-state=checked]]:border-indigo-400 dark:has-[button[data-state=checked]]:bg-indigo-950/40',
              props['aria-invalid'] && value === undefined && 'border-red-600 dark:border-red-500',
            )}
          >
            <RadioGroupPrimitive.Item
              id={itemId}
              value={option.value}
              aria-describedby={descriptionId}
              onFocus={() => {
                if (!arrowPressed.current) return
                arrowPressed.current = false
                if (option.value !== value) onValueChange(option.value)
              }}
              className="relative z-10 mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-full border border-zinc-400 bg-white outline-none data-[state=checked]:border-indigo-600 dark:border-zinc-500 dark:bg-zinc-900 dark:data-[state=checked]:border-indigo-400"
            >
              <RadioGroupPrimitive.Indicator className="size-2 rounded-full bg-indigo-600 dark:bg-indigo-400" />
            </RadioGroupPrimitive.Item>
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
    </RadioGroupPrimitive.Root>
  )
}
