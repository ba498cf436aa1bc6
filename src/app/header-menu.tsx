import { Icon } from '../components/ui/icon'
import { useSyncExternalStore } from 'react'
import { DeferredTrigger } from '../components/ui/deferred-menu'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../components/ui/dropdown-menu'
import type { HeaderAction } from './header-actions'
import { THEMES, saveTheme, storedTheme, subscribeTheme, type Theme } from './theme'

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** The narrow header's "More" menu: the mode's actions, then the theme. Loaded on first use. */
export function HeaderMenu({ actions, defaultOpen }: { actions: readonly HeaderAction[]; defaultOpen?: boolean }) {
  const theme = useSyncExternalStore(subscribeTheme, storedTheme)
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <DeferredTrigger />
      </DropdownMenuTrigger>
      <DropdownMenuContent label="More actions" align="end">
        {actions.map(({ id, label, icon, opensDialog, run }) => (
          <DropdownMenuItem key={id} onSelect={run}>
            <Icon name={icon} className="size-4" />
            {opensDialog ? `${label}…` : label}
          </DropdownMenuItem>
        ))}
        {actions.length > 0 && <DropdownMenuSeparator />}
        <DropdownMenuLabel>Theme</DropdownMenuLabel>
        <DropdownMenuRadioGroup aria-label="Theme" value={theme} onValueChange={(value) => saveTheme(THEMES.find((t) => t === value) ?? 'system')}>
          {THEMES.map((value) => (
            <DropdownMenuRadioItem key={value} value={value}>
              {THEME_LABELS[value]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
