import { Icon } from '../components/ui/icon'
import { useState } from 'react'
import { lazyPart } from '../components/ui/lazy-boundary'
import { AppLink } from '../components/ui/app-link'
import { Button } from '../components/ui/button'
import { useFocusSurvivesReplacement } from '../hooks/use-focus-survives-replacement'
import { CommandPaletteTrigger } from './command-palette-trigger'
import { DemoSettings } from './demo-settings/demo-settings-host'
import { headerActions, type HeaderAction } from './header-actions'
import { badge } from './header-badge'
import { HeaderMoreButton } from './header-more-button'
import { ThemeToggle } from './theme-toggle'
import type { AppModeControls } from './use-app-mode'

// In its own boundary: a chunk that cannot load says so with Retry, rather than take the page with it.
const ConnectedBadge = lazyPart(() => import('./connected-badge'), (m) => m.ConnectedBadge, 'the connection’s badge')
/** Its code, asked for ahead (a test renders it loaded, as jsdom's act would not wake a suspended render). */
export const preloadConnectedBadge = ConnectedBadge.preload

// `within`: the pages under a section (a key's page is in Keys), marked as where you are, not as the page.
const PAGES = [
  { href: '/', label: 'Keys', within: '/keys/' },
  { href: '/audit', label: 'Audit', within: null },
] as const

function currentOf(path: string, page: (typeof PAGES)[number]): 'page' | 'true' | undefined {
  if (path === page.href) return 'page'
  return page.within !== null && path.startsWith(page.within) ? 'true' : undefined
}

// The mode's button that takes the place of one that switched the mode (and so went): its opposite.
const STAND_INS: Partial<Record<HeaderAction['id'], HeaderAction['id']>> = { connect: 'disconnect', disconnect: 'connect', 'use-demo': 'connect' }

export function AppHeader({ modes, path, onConnect }: { modes: AppModeControls; path: string; onConnect: () => void }) {
  const { mode } = modes
  const [demoSettingsOpen, setDemoSettingsOpen] = useState(false)
  const actions = headerActions(modes, { connect: onConnect, openDemoSettings: () => setDemoSettingsOpen(true) })
  const modeGroup = useFocusSurvivesReplacement<HTMLDivElement>(STAND_INS)
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      {/* One row from a phone up: below 1280 px the mode's actions and the theme sit in a "More" menu. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-1.5 gap-y-2 px-4 py-3 sm:gap-x-3 sm:px-6">
        <div className="flex items-center gap-2 font-semibold">
          <Icon name="key-round" className="size-5 text-indigo-600 dark:text-indigo-400" />
          {/* On a narrow phone the icon stands for the name, which stays for screen readers. */}
          <span className="narrow:sr-only">Coval</span>
          <span className="text-zinc-400 max-sm:hidden" aria-hidden>
            /
          </span>
          <span className="max-sm:sr-only">API keys</span>
        </div>
        <nav aria-label="Pages" className="flex items-center gap-1 text-sm print:hidden">
          {PAGES.map((page) => (
            <AppLink
              key={page.href}
              href={page.href}
              aria-current={currentOf(path, page)}
              className="rounded-md px-2 py-1 text-zinc-700 sm:px-2.5 hover:bg-zinc-100 aria-[current]:bg-zinc-100 aria-[current]:font-semibold aria-[current]:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current]:bg-zinc-800 dark:aria-[current]:text-zinc-50"
            >
              {page.label}
            </AppLink>
          ))}
        </nav>
        <CommandPaletteTrigger modes={modes} path={path} onConnect={onConnect} />
        <div ref={modeGroup} role="group" aria-label="Mode" className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-1.5 sm:gap-2 print:hidden">
          {mode.kind === 'demo' && (
            <span className={`${badge} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200`}>
              <Icon name="flask-conical" className="size-3.5 max-sm:hidden" />
              Demo<span className="max-lg:sr-only"> data: not real keys</span>
            </span>
          )}
          {mode.kind === 'connected' && (
            <ConnectedBadge baseUrl={mode.connection.baseUrl} />
          )}
          {actions.map(({ id, label, icon, opensDialog, run }) => (
            <Button
              key={id}
              data-control={id}
              size="sm"
              variant={id === 'connect' && mode.kind === 'disconnected' ? 'primary' : id === 'connect' || id === 'disconnect' ? 'secondary' : 'ghost'}
              aria-haspopup={opensDialog ? 'dialog' : undefined}
              onClick={run}
              className="max-xl:hidden"
            >
              <Icon name={icon} className="size-4" />
              {label}
            </Button>
          ))}
          <ThemeToggle className="max-xl:hidden" />
          <HeaderMoreButton actions={actions} />
        </div>
      </div>
      {demoSettingsOpen && modes.demo && <DemoSettings demo={modes.demo} onClose={() => setDemoSettingsOpen(false)} />}
    </header>
  )
}
