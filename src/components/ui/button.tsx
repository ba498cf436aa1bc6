import type { ComponentPropsWithRef } from 'react'
import { cn } from './cn'

// A filled button is a coloured box, and forced colours drop the colour: an outline keeps its edge.
const FILLED_EDGE = 'forced-colors:outline forced-colors:-outline-offset-1'

const VARIANTS = {
  // Disabled in dark mode: a quiet grey with light text, since the pale fill under dark text was unreadable.
  // Disabled, hovering keeps the dimmed fill (a 429's wait leaves the pointer on the button it dimmed).
  primary:
    `${FILLED_EDGE} bg-indigo-600 text-white hover:bg-indigo-700 inactive:bg-indigo-600/50 inactive:hover:bg-indigo-600/50 dark:bg-indigo-400 dark:hover:bg-indigo-300 dark:text-zinc-950 dark:inactive:bg-zinc-800 dark:inactive:text-zinc-400 dark:inactive:hover:bg-zinc-800`,
  secondary:
    'border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-50 inactive:text-zinc-400 inactive:hover:bg-white dark:inactive:hover:bg-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:inactive:text-zinc-500',
  ghost: 'text-zinc-700 hover:bg-zinc-100 inactive:text-zinc-400 inactive:hover:bg-transparent dark:inactive:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 dark:inactive:text-zinc-500',
  // Unavailable in dark mode: outlined, not filled, so beside the dimmed secondary buttons it does not read as one that works.
  danger:
    `${FILLED_EDGE} bg-red-600 text-white hover:bg-red-700 inactive:bg-red-600/50 inactive:hover:bg-red-600/50 dark:bg-red-500 dark:hover:bg-red-400 dark:text-zinc-950 dark:inactive:bg-transparent dark:inactive:text-zinc-400 dark:inactive:ring-1 dark:inactive:ring-zinc-700 dark:inactive:ring-inset dark:inactive:hover:bg-transparent`,
  // Destructive but not the page's main action (a key's page): red words on an outline, not a red block.
  dangerOutline:
    'border border-red-300 bg-white text-red-700 hover:bg-red-50 inactive:border-zinc-300 inactive:text-zinc-400 inactive:hover:bg-white dark:border-red-900 dark:bg-zinc-900 dark:text-red-400 dark:hover:bg-red-950/40 dark:inactive:border-zinc-700 dark:inactive:text-zinc-500 dark:inactive:hover:bg-zinc-900',
} as const

const SIZES = {
  sm: 'h-8 px-2.5 text-sm gap-1.5',
  md: 'h-9 px-3.5 text-sm gap-2',
  icon: 'size-8 justify-center',
} as const

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: keyof typeof VARIANTS
  size?: keyof typeof SIZES
}

export function Button({ variant = 'secondary', size = 'md', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex shrink-0 items-center rounded-md font-medium whitespace-nowrap transition-colors inactive:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      {...props}
    />
  )
}
