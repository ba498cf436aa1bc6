import { Icon } from '../components/ui/icon'
import { useSyncExternalStore } from 'react'
import { cn } from '../components/ui/cn'
import { THEMES, saveTheme, storedTheme, subscribeTheme } from './theme'

const LOOKS = {
  system: { icon: 'monitor', label: 'System theme' },
  light: { icon: 'sun', label: 'Light theme' },
  dark: { icon: 'moon', label: 'Dark theme' },
} as const

/** One button that cycles system → light → dark, saying what it is now. */
export function ThemeToggle({ className }: { className?: string }) {
  const theme = useSyncExternalStore(subscribeTheme, storedTheme)
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system'
  const { icon, label } = LOOKS[theme]
  return (
    <button
      type="button"
      aria-label={`${label}. Switch to ${LOOKS[next].label.toLowerCase()}`}
      title={label}
      onClick={() => {
        saveTheme(next)
      }}
      className={cn('inline-flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800', className)}
    >
      <Icon name={icon} className="size-4" />
    </button>
  )
}
