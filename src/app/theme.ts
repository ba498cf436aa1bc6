export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const STORAGE_KEY = 'coval-theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

/** Puts the `dark` class on <html> for the chosen theme, following the system when asked to. */
export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && media().matches)
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
}

// The header's toggle and the command palette both change the theme; each shows the current one.
// A browser preference: the theme is read from storage, never cached here; only the subscribers are module-level.
const themeListeners = new Set<() => void>()

export function subscribeTheme(listener: () => void): () => void {
  themeListeners.add(listener)
  return () => void themeListeners.delete(listener)
}

export function saveTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // A preference only: without storage it lasts for this visit.
  }
  applyTheme(theme)
  for (const listener of themeListeners) listener()
}

/** Follows the system's switch between light and dark while the theme is "system". */
export function watchSystemTheme(): void {
  media().addEventListener('change', () => {
    if (storedTheme() === 'system') applyTheme('system')
  })
}
